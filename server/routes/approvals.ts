/**
 * Approvals over the API: the runs waiting for a person (GET /api/approvals?app=<slug>) and a
 * decision on one (POST /api/apps/:slug/runs/:runId/approval { decision, text?, note? }). Any
 * runner and up who sees the app may try; the service refuses (403, a sentence) below the step's role.
 */
import { Router } from 'express';
import { z } from 'zod';
import { SlugSchema } from '../../agent/spec/app-spec';
import { DecisionBody, toDecision } from '../approvals/decision-body';
import { actorFor } from '../http/actor';
import { parseRequest } from '../http/validate';
import type { ApiDeps } from './deps';
import { RunParams } from './params';

const ListQuery = z.object({ app: SlugSchema.optional() });

export function approvalRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get('/approvals', async (req, res) => {
    const { app } = parseRequest(ListQuery, req.query, 'query');
    res.json({ items: await deps.approvals.list(actorFor(req), app ?? null) });
  });

  router.post('/apps/:slug/runs/:runId/approval', async (req, res) => {
    const { slug, runId } = parseRequest(RunParams, req.params, 'params');
    const body = parseRequest(DecisionBody, req.body, 'body');
    const decided = await deps.approvals.decide(actorFor(req), { appSlug: slug, runId }, toDecision(body));
    res.json(decided);
  });

  return router;
}
