/** The workspace's audit log for owners: who changed which app, spec, binding, access, key or member, and when. */
import { Router } from 'express';
import { z } from 'zod';
import { actorFor } from '../http/actor';
import { parseRequest } from '../http/validate';
import type { AuthRouteDeps } from './auth-deps';

const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export function auditRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { limit } = parseRequest(ListQuery, req.query, 'query');
    res.json({ entries: await deps.store.listAudit(actorFor(req).workspaceId, { limit }) });
  });
  return router;
}
