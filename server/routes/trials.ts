/**
 * Trials of an app: run one (the try_models tool: 2–4 bindings, the test set or one input),
 * list them, show one, and keep a binding from one — bind_model with that lane's binding on
 * the trial's target (a new version; records untouched). The answer to keep names the
 * version it replaced, which POST /versions/:version/restore brings back (undo).
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Trial } from '../../agent/ports/trials';
import { notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import { requireApp } from './app-lookup';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

const TrialParams = SlugParams.extend({ trialId: z.string().min(1).max(100) });
const Body = z.record(z.string(), z.unknown());
const KeepBody = z.object({
  lane: z.number().int().min(0).max(3).describe('Which binding of the trial to keep: its position, from 0.'),
});

/** HTTP clients may write a binding as `{ model }`: its provider and options left out read as null, as at the top level. */
function withOmittedNulls(bindings: unknown): unknown {
  if (!Array.isArray(bindings)) return bindings;
  return bindings.map((b) => (typeof b === 'object' && b !== null && !Array.isArray(b) ? { provider: null, options: null, ...b } : b));
}

export function trialRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  async function trialOf(slug: string, trialId: string): Promise<Trial> {
    const app = await requireApp(deps.store, slug);
    const trial = await deps.store.trials.getTrial(trialId);
    if (!trial || trial.appId !== app.id)
      throw notFound(`App "${slug}" has no trial "${trialId}"; GET /api/apps/${slug}/trials lists them.`);
    return trial;
  }

  router.post('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const body = parseRequest(Body, req.body, 'body');
    const result = await callTool(
      deps,
      req,
      'try_models',
      { ...body, bindings: withOmittedNulls(body.bindings), slug },
      deps.chat(req).services,
    );
    res.status(201).json({ summary: result.summary, trial: result.data });
  });

  router.get('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    res.json({ trials: await deps.store.trials.listTrials(app.id) });
  });

  router.get('/:trialId', async (req, res) => {
    const { slug, trialId } = parseRequest(TrialParams, req.params, 'params');
    res.json({ trial: await trialOf(slug, trialId) });
  });

  router.post('/:trialId/keep', async (req, res) => {
    const { slug, trialId } = parseRequest(TrialParams, req.params, 'params');
    const { lane } = parseRequest(KeepBody, req.body, 'body');
    const trial = await trialOf(slug, trialId);
    const kept = trial.lanes[lane];
    if (!kept)
      throw notFound(
        `Trial "${trialId}" tried ${trial.lanes.length} models; lane ${lane} is not one of them (0 to ${trial.lanes.length - 1}).`,
      );
    const before = await requireApp(deps.store, slug);
    const { binding } = kept;
    const result = await callTool(deps, req, 'bind_model', {
      slug,
      model: binding.model,
      step: trial.step,
      provider: binding.provider ?? null,
      options: {
        thinkingLevel: binding.options.thinkingLevel ?? null,
        temperature: binding.options.temperature ?? null,
        imageQuality: binding.options.imageQuality ?? null,
        imageSize: binding.options.imageSize ?? null,
      },
    });
    const changed = result.app?.version !== before.version;
    res.json({ ...result, undo: changed ? { version: before.version } : null });
  });

  return router;
}
