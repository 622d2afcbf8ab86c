/** Provider keys and base URLs: which are configured and where from; never the key itself. */
import { Router } from 'express';
import { SettingsPatchSchema } from '../config/settings';
import { parseRequest } from '../http/validate';
import type { ApiDeps } from './deps';

export function settingsRoutes(deps: ApiDeps): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.json({ settings: deps.settings.describe(), file: 'data/settings.json', precedence: 'environment variables win over the settings file' });
  });
  router.put('/', async (req, res) => {
    const patch = parseRequest(SettingsPatchSchema, req.body, 'body');
    const settings = await deps.settings.update(patch);
    deps.logger.info('settings updated', { changed: Object.keys(patch) });
    res.json({ settings, file: 'data/settings.json', precedence: 'environment variables win over the settings file' });
  });
  return router;
}
