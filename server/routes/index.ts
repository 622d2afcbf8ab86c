/**
 * The HTTP API under /api. JSON bodies up to 1 MB; image uploads (raw image or multipart) up
 * to 10 MB, streamed to disk by the two routes that take them. Unknown routes answer a JSON 404.
 */
import express, { Router } from 'express';
import { apiNotFound } from '../http/error-middleware';
import { appRoutes } from './apps';
import { approvalRoutes } from './approvals';
import { collectionDataRoutes } from './collection-data';
import { conversationRoutes } from './conversations';
import { deliveryRoutes } from './deliveries';
import type { ApiDeps } from './deps';
import { fileRoutes } from './files';
import { hookAdminRoutes } from './hooks-admin';
import { mailboxRoutes } from './mailbox';
import { knowledgeRoutes } from './knowledge';
import { modelRoutes } from './models';
import { recordRoutes } from './records';
import { runRoutes } from './runs';
import { settingsRoutes } from './settings';
import { spendRoutes } from './spend';
import { templateRoutes } from './templates';
import { testCaseRoutes } from './test-cases';
import { trialRoutes } from './trials';
import { versionRoutes } from './versions';

export function createApiRouter(deps: ApiDeps): Router {
  const api = Router();
  api.use(express.json({ limit: deps.config.jsonLimitBytes }));

  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  // The directory is read on most pages: first, so it does not try the /files and /apps mounts' paths (none overlap).
  api.use('/models', modelRoutes(deps));
  api.use('/files', fileRoutes(deps));
  api.use('/apps/:slug/runs', runRoutes(deps));
  api.use('/apps/:slug/versions', versionRoutes(deps));
  api.use('/apps/:slug/tests', testCaseRoutes(deps));
  api.use('/apps/:slug/trials', trialRoutes(deps));
  api.use('/apps/:slug/hook', hookAdminRoutes(deps));
  api.use('/apps/:slug/mailbox', mailboxRoutes(deps));
  api.use('/apps/:slug/knowledge', knowledgeRoutes(deps));
  api.use('/apps/:slug/collections/:collection/records', recordRoutes(deps));
  api.use('/apps/:slug/collections/:collection', collectionDataRoutes(deps));
  api.use(approvalRoutes(deps));
  api.use('/apps', appRoutes(deps));
  api.use('/templates', templateRoutes(deps));
  api.use('/conversations', conversationRoutes(deps));
  api.use('/settings', settingsRoutes(deps));
  api.use('/deliveries', deliveryRoutes(deps));
  // Mounted at the root (its paths start with /spend, /budgets and /apps/:slug/…), so last:
  // no other request tries its routes' paths on the way to its own.
  api.use(spendRoutes(deps));
  api.use(apiNotFound);
  return api;
}
