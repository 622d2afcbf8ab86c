/**
 * The browser UI's routes: builder, apps, app pages, models directory and comparison,
 * settings, and the client bundles under /assets/. SERVER's server/app.ts mounts it.
 */
import { Router } from 'express';
import { z } from 'zod';
import { SlugSchema } from '../../agent/spec/app-spec';
import { parseRequest } from '../http/validate';
import type { Store } from '../store/store';
import { renderAppPage } from './app-page';
import { renderAppsPage } from './apps-page';
import { createAssetsRouter } from './assets';
import { renderBuilderPage } from './builder-page';
import { CompareQuerySchema, renderComparePage } from './compare-page';
import { page } from './error-page';
import { ModelsQuerySchema, renderModelsPage } from './models-page';
import { renderSettingsPage } from './settings-page';

export interface PagesDeps {
  store: Store;
  /** The workspace pages show (single-user mode: 'default'). */
  workspaceId?: string;
  /** Who answers the builder chat; resolves to null when the built-in planner does. */
  agentModel?: () => Promise<string | null> | string | null;
  /** Evaluation day for model lifecycle (tests pin it); defaults to now. */
  now?: () => Date;
}

const SlugParams = z.object({ slug: SlugSchema });

export function createPagesRouter(deps: PagesDeps): Router {
  const now = deps.now ?? (() => new Date());
  const router = Router();
  router.use(createAssetsRouter());
  router.get(
    '/',
    page('builder', async () => renderBuilderPage({ agentModel: (await deps.agentModel?.()) ?? null })),
  );
  router.get(
    '/apps',
    page('apps', async () => renderAppsPage(await deps.store.listApps(deps.workspaceId ?? 'default'))),
  );
  router.get(
    '/apps/:slug',
    page('apps', (req) => renderAppPage(deps.store, parseRequest(SlugParams, req.params, 'params').slug)),
  );
  router.get(
    '/models',
    page('models', (req) => renderModelsPage(parseRequest(ModelsQuerySchema, req.query, 'query'), now())),
  );
  router.get(
    '/models/compare',
    page('models', (req) => renderComparePage(parseRequest(CompareQuerySchema, req.query, 'query'), now())),
  );
  router.get('/settings', page('settings', () => renderSettingsPage()));
  return router;
}
