/**
 * Runs of an app: start one (JSON `{ inputs, trigger? }`, or the app page's multipart form
 * whose image fields are uploaded files — a manual run), list the history, show one. The
 * answer of POST is the stored run.
 */
import { Router } from 'express';
import { formatUsd } from '../../agent/catalog/index';
import { z } from 'zod';
import { actorFor } from '../http/actor';
import { notFound } from '../http/http-error';
import { isMultipart, receiveUpload } from '../http/multipart';
import { parseRequest } from '../http/validate';
import type { RunRow } from '../store/records';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { PagingQuery, RunParams, SlugParams } from './params';

const RunBody = z.object({
  inputs: z.record(z.string(), z.unknown()).default({}),
  /** "manual" when a person pressed Run on the app page; API clients leave it out. */
  trigger: z.enum(['manual', 'api']).default('api'),
});

export function runSummary(run: RunRow): string {
  const cost = formatUsd(run.costUsd);
  if (run.status === 'error') return `The run failed: ${run.error ?? 'unknown error'}`;
  if (run.status === 'dry-run') {
    const reasons = [
      ...new Set(run.steps.flatMap((s) => {
        const reason = (s.output as { dryRun?: { reason?: unknown } } | null)?.dryRun?.reason;
        return typeof reason === 'string' ? [reason] : [];
      })),
    ];
    return `Dry run: nothing was sent to a model. It would cost about ${cost}. ${reasons.join(' ')}`.trim();
  }
  return `The run finished and cost ${cost}.`;
}

export function runRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  router.post('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    let inputs: Record<string, unknown>;
    let fromForm = false;
    let trigger: 'manual' | 'api' = 'manual';
    if (isMultipart(req)) {
      const form = await receiveUpload(req, res, { dir: deps.files.incomingDir, limitBytes: deps.config.uploadLimitBytes });
      inputs = { ...form.fields };
      for (const [name, part] of Object.entries(form.files)) {
        if (part.size > 0) inputs[name] = (await deps.files.keepImage(part)).id;
      }
      fromForm = true;
    } else {
      ({ inputs, trigger } = parseRequest(RunBody, req.body, 'body'));
    }
    const run = await deps.runtime.run({ app, inputs, fromForm, trigger: { kind: trigger }, actor: actorFor(req) });
    res.status(201).json({ run, summary: runSummary(run) });
  });

  router.get('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const { offset, limit } = parseRequest(PagingQuery, req.query, 'query');
    const app = await requireApp(deps.store, slug);
    res.json({ ...(await deps.store.listRuns(app.id, { offset, limit })), offset, limit });
  });

  router.get('/:runId', async (req, res) => {
    const { slug, runId } = parseRequest(RunParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    const run = await deps.store.getRun(runId);
    if (!run || run.appId !== app.id) throw notFound(`App "${slug}" has no run "${runId}".`);
    res.json({ run, summary: runSummary(run) });
  });

  return router;
}
