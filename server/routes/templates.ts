/** Templates, through the same tools the agent uses. */
import { Router } from 'express';
import { z } from 'zod';
import { parseRequest } from '../http/validate';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { IdParams } from './params';

const ListQuery = z.object({ query: z.string().max(500).optional(), category: z.string().max(40).optional() });

export function templateRoutes(deps: ApiDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = parseRequest(ListQuery, req.query, 'query');
    res.json(await callTool(deps, req, 'list_templates', { query: q.query ?? null, category: q.category ?? null }));
  });
  router.get('/:id', async (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    res.json(await callTool(deps, req, 'get_template', { id }));
  });
  return router;
}
