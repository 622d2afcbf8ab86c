/**
 * The inbound webhook of an app, for its editors: GET /api/apps/:slug/hook shows the address
 * (with the secret) and how to sign instead; POST /api/apps/:slug/hook/rotate replaces the
 * secret, after which the old address answers 404.
 */
import { Router } from 'express';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { lazySecretBox } from '../auth/secret-box';
import { hookSecret, rotateHookSecret, SIGNATURE_HEADER } from '../automation/hook-secret';
import { parseRequest } from '../http/validate';
import type { StoredApp } from '../store/records';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

function describeHook(app: StoredApp, secret: string) {
  const spec = AppSpecSchema.parse(app.spec);
  const enabled = spec.triggers.some((t) => t.kind === 'webhook');
  return {
    enabled,
    path: `/hooks/${app.slug}/${secret}`,
    secret,
    signedPath: `/hooks/${app.slug}`,
    signatureHeader: SIGNATURE_HEADER,
    inputs: spec.inputs.map((f) => f.name),
    summary: enabled
      ? `POST a JSON object with the fields ${spec.inputs.map((f) => f.name).join(', ') || '(none)'} to ${`/hooks/${app.slug}/<secret>`}, or to /hooks/${app.slug} with ${SIGNATURE_HEADER}: sha256=<hex HMAC-SHA256 of the body with the secret>.`
      : `This app has no webhook trigger, so the address answers 404. Add a webhook trigger to turn it on.`,
  };
}

export function hookAdminRoutes(deps: ApiDeps): Router {
  const box = deps.secretBox ?? lazySecretBox(deps.config.dataDir);
  const router = Router({ mergeParams: true });

  router.get('/', async (req, res) => {
    const app = await requireApp(deps.store, parseRequest(SlugParams, req.params, 'params').slug);
    res.json(describeHook(app, await hookSecret(deps.store, box, app.id)));
  });

  router.post('/rotate', async (req, res) => {
    const app = await requireApp(deps.store, parseRequest(SlugParams, req.params, 'params').slug);
    res.json(describeHook(app, await rotateHookSecret(deps.store, box, app.id)));
  });

  return router;
}
