/** An app's versions: list, show one, restore one (restore_app_version saves it as a new version). */
import { Router } from 'express';
import { notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import { requireApp } from './app-lookup';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { SlugParams, VersionParams } from './params';

export function versionRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  router.get('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    await requireApp(deps.store, slug);
    res.json({ versions: await deps.store.listAppVersions(slug) });
  });

  router.get('/:version', async (req, res) => {
    const { slug, version } = parseRequest(VersionParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    const found = await deps.store.getAppVersion(slug, version);
    if (!found) throw notFound(`App "${slug}" has no version ${version}; its current version is ${app.version}.`);
    res.json({ version: found });
  });

  router.post('/:version/restore', async (req, res) => {
    const { slug, version } = parseRequest(VersionParams, req.params, 'params');
    res.json(await callTool(deps, req, 'restore_app_version', { slug, version }));
  });

  return router;
}
