/** Provider keys and base URLs: which are configured and where from; never the key itself. */
import path from 'node:path';
import { Router } from 'express';
import { SettingsPatchSchema } from '../config/settings';
import { actorFor } from '../http/actor';
import { auditRequest } from '../http/audit-request';
import { parseRequest } from '../http/validate';
import type { ApiDeps } from './deps';

export function settingsRoutes(deps: ApiDeps): Router {
  const router = Router();
  // Where keys saved here go, and the rule that decides which value is used.
  const about = {
    file: path.relative(process.cwd(), deps.settings.file) || deps.settings.file,
    precedence: 'environment variables win over the settings file',
  };
  router.get('/', (req, res) => {
    res.json({ settings: deps.settings.describe(actorFor(req).workspaceId), ...about });
  });
  router.put('/', async (req, res) => {
    const patch = parseRequest(SettingsPatchSchema, req.body, 'body');
    const actor = actorFor(req);
    const settings = await deps.settings.update(patch, actor.workspaceId);
    deps.logger.info('settings updated', { changed: Object.keys(patch) });
    // Audit which keys changed (never their values).
    await auditRequest(deps.store, req, {
      action: 'key.set',
      target: Object.keys(patch).join(', '),
      detail: { cleared: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] === null) },
    });
    res.json({ settings, ...about });
  });
  return router;
}
