/**
 * The browser UI's routes: builder, apps, app pages, models directory and comparison,
 * settings, and the client bundles under /assets/. SERVER's server/app.ts mounts it.
 */
import { Router } from 'express';
import type { Store } from '../store/store';
import { parseRequest } from '../http/validate';
import { createAssetsRouter } from './assets';
import { page } from './error-page';
import { ModelsQuerySchema, renderModelsPage } from './models-page';

export interface PagesDeps {
  store: Store;
  /** Evaluation day for model lifecycle (tests pin it); defaults to now. */
  now?: () => Date;
}

export function createPagesRouter(deps: PagesDeps): Router {
  const now = deps.now ?? (() => new Date());
  const router = Router();
  router.use(createAssetsRouter());
  router.get(
    '/models',
    page('models', (req) => renderModelsPage(parseRequest(ModelsQuerySchema, req.query, 'query'), now())),
  );
  return router;
}
