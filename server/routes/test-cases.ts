/**
 * An app's test set: save a case (given inputs, or a run's — the latest when none is named —
 * with optional checks) and remove one. Both are the save_test_case / remove_test_case tools;
 * the set itself is in the app's spec (GET /api/apps/:slug).
 */
import { Router } from 'express';
import { z } from 'zod';
import { IdentifierSchema } from '../../agent/spec/app-spec';
import { parseRequest } from '../http/validate';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

const TestParams = SlugParams.extend({ testId: IdentifierSchema });
/** The tool's input less the slug; its own schema checks the rest (a 400 naming the field). */
const Body = z.record(z.string(), z.unknown());

export function testCaseRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  router.post('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const body = parseRequest(Body, req.body, 'body');
    res.status(201).json(await callTool(deps, req, 'save_test_case', { ...body, slug }, deps.chat(req).services));
  });

  router.delete('/:testId', async (req, res) => {
    const { slug, testId } = parseRequest(TestParams, req.params, 'params');
    res.json(await callTool(deps, req, 'remove_test_case', { slug, id: testId }));
  });

  return router;
}
