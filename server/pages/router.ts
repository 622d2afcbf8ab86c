/**
 * The browser UI's routes: builder, apps, app pages, models directory and comparison,
 * settings, and the client bundles under /assets/. SERVER's server/app.ts mounts it.
 */
import { Router } from 'express';
import { z } from 'zod';
import { findModel } from '../../agent/catalog';
import { SlugSchema } from '../../agent/spec/app-spec';
import { notFound } from '../http/http-error';
import { canSeeApp } from '../../agent/access/can-see-app';
import { actorFor } from '../http/actor';
import { parseRequest } from '../http/validate';
import type { Store } from '../store/store';
import { renderAppPage } from './app-page';
import { renderAppsPage } from './apps-page';
import { createAssetsRouter } from './assets';
import { renderBuilderPage, type BuilderPageOptions } from './builder-page';
import { CompareQuerySchema, renderComparePage } from './compare-page';
import { renderDeliveriesPage } from './deliveries-page';
import { page } from './error-page';
import { ModelParamsSchema, renderModelPage } from './model-page';
import { ModelsQuerySchema, renderModelsPage } from './models-page';
import { renderSettingsPage } from './settings-page';
import { renderSpendPage } from './spend-page';

export interface PagesDeps {
  store: Store;
  /** The chat agent's provider and model, as the socket uses them (the banner says who answers). */
  agentProvider?: () => Promise<{ provider: { id: string }; model: string }>;
  /** Evaluation day for model lifecycle (tests pin it); defaults to now. */
  now?: () => Date;
}

const SlugParams = z.object({ slug: SlugSchema });
/** `/?model=<id>`: a model chosen on a models page; an unknown id is ignored (the builder still opens). */
const BuilderQuerySchema = z.object({ model: z.string().max(120).optional() });

async function describeAgent(deps: PagesDeps): Promise<BuilderPageOptions['agent']> {
  if (!deps.agentProvider) return { kind: 'planner' };
  try {
    const { provider, model } = await deps.agentProvider();
    return provider.id === 'planner' ? { kind: 'planner' } : { kind: 'model', provider: provider.id, model };
  } catch (error) {
    return { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
  }
}

export function createPagesRouter(deps: PagesDeps): Router {
  const now = deps.now ?? (() => new Date());
  const router = Router();
  router.use('/assets', createAssetsRouter());
  router.get(
    '/',
    page('builder', async (req) => {
      const { model } = parseRequest(BuilderQuerySchema, req.query, 'query');
      const chosen = model ? findModel(model) : null;
      return renderBuilderPage({
        agent: await describeAgent(deps),
        chosenModel: chosen && { id: chosen.id, displayName: chosen.displayName },
      });
    }),
  );
  router.get(
    '/apps',
    page('apps', async (req) => {
      const actor = actorFor(req);
      return renderAppsPage(
        (await deps.store.listApps(actor.workspaceId)).filter((app) => canSeeApp(actor, app)),
        now(),
      );
    }),
  );
  router.get(
    '/apps/:slug',
    page('apps', (req) => renderAppPage(deps.store, parseRequest(SlugParams, req.params, 'params').slug, now())),
  );
  router.get(
    '/models',
    page('models', (req) => renderModelsPage(parseRequest(ModelsQuerySchema, req.query, 'query'), now())),
  );
  router.get(
    '/models/compare',
    page('models', (req) => renderComparePage(parseRequest(CompareQuerySchema, req.query, 'query'), now())),
  );
  router.get(
    '/models/:id',
    page('models', (req) => renderModelPage(parseRequest(ModelParamsSchema, req.params, 'params').id, now())),
  );
  router.get(
    '/settings',
    page('settings', () => renderSettingsPage()),
  );
  router.get(
    '/spend',
    page('spend', () => renderSpendPage()),
  );
  router.get(
    '/deliveries',
    page('deliveries', (req) => renderDeliveriesPage(deps.store, actorFor(req))),
  );
  // Any other address a browser asks for: an HTML 404 that leads back. Other clients (MCP,
  // API callers mounted later) fall through to whoever handles them.
  router.get(/.*/, (req, _res, next) => (req.accepts(['html', 'json', 'text/event-stream']) === 'html' ? next() : next('router')));
  router.get(
    /.*/,
    page(null, (req) => {
      throw notFound(`There is no page at ${req.path}. The builder, apps, models and settings are in the top bar.`);
    }),
  );
  return router;
}
