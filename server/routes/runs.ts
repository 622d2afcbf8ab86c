/**
 * Runs of an app: start one (JSON `{ inputs, trigger? }`, or the app page's multipart form
 * whose image fields are uploaded files — a manual run), list the history, show one, cancel
 * one in progress. The answer of POST is the stored run; with `Accept: text/event-stream`
 * the run's events stream first (run-event-stream.ts).
 */
import { Router } from 'express';
import { runCostText, UNPRICED } from '../../agent/spec/spec-labels';
import { z } from 'zod';
import { actorFor } from '../http/actor';
import { HttpError, notFound } from '../http/http-error';
import { extractDocumentUploads } from '../documents/document-uploads';
import type { StoredDocument } from '../documents/document-store';
import { wantsEventStream } from '../http/event-stream';
import { isMultipart, receiveUpload } from '../http/multipart';
import { runDocumentSentences } from '../runtime/document-report';
import { parseRequest } from '../http/validate';
import type { RunRow } from '../store/records';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { PagingQuery, RunParams, SlugParams } from './params';
import { assertNotRefused, refusalSentence } from '../spend/budget-refusal';
import { waitingSentence } from '../approvals/approval-words';
import { respondWithRunEvents } from './run-event-stream';

const RunBody = z.object({
  inputs: z.record(z.string(), z.unknown()).default({}),
  /** "manual" when a person pressed Run on the app page; API clients leave it out. */
  trigger: z.enum(['manual', 'api']).default('api'),
});

/** The dry-run reason a model step stored (which key or base URL would make it real). */
export function dryRunNote(output: unknown): string | null {
  const dryRun = typeof output === 'object' && output !== null ? (output as { dryRun?: { reason?: unknown } }).dryRun : undefined;
  return typeof dryRun?.reason === 'string' ? dryRun.reason : null;
}

export function runSummary(run: RunRow): string {
  const cost = runCostText(run);
  if (run.status === 'refused') return refusalSentence(run);
  if (run.status === 'waiting') return waitingSentence(run);
  if (run.status === 'rejected') return run.error ?? 'Rejected at an approval step.';
  if (run.budget) return `${runSummary({ ...run, budget: undefined })} ${run.budget.reason}`;
  if (run.status === 'error') return `The run failed: ${run.error ?? 'unknown error'}`;
  if (run.status === 'cancelled') return `${run.error ?? 'The run was cancelled.'} ${cost === UNPRICED ? '' : `It cost ${cost}.`}`.trim();
  if (run.status === 'dry-run') {
    const reasons = [
      ...new Set(
        run.steps.flatMap((s) => {
          const reason = dryRunNote(s.output);
          return reason === null ? [] : [reason];
        }),
      ),
    ];
    const costs = cost === UNPRICED ? `Its cost is ${cost}.` : `It would cost about ${cost}.`;
    return [`Dry run: nothing was sent to a model. ${costs}`, ...reasons, ...runDocumentSentences(run)].join(' ').trim();
  }
  return cost === UNPRICED ? `The run finished; its cost is ${cost}.` : `The run finished and cost ${cost}.`;
}

export function runRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  router.post('/', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    let inputs: Record<string, unknown>;
    let fromForm = false;
    let trigger: 'manual' | 'api' = 'manual';
    let uploadedDocuments: StoredDocument[] = [];
    if (isMultipart(req)) {
      const form = await receiveUpload(req, res, { dir: deps.files.incomingDir, limitBytes: deps.config.uploadLimitBytes });
      inputs = { ...form.fields };
      // Documents are read first: one refused (too large, damaged, wrong type) stops the request before anything is stored.
      const documents = await extractDocumentUploads(app.spec.inputs, form.files);
      uploadedDocuments = [...documents.values()];
      for (const [name, part] of Object.entries(form.files)) {
        const doc = documents.get(name);
        if (doc) inputs[name] = doc.id;
        else if (part.size > 0) inputs[name] = (await deps.files.keepImage(part)).id;
      }
      fromForm = true;
    } else {
      ({ inputs, trigger } = parseRequest(RunBody, req.body, 'body'));
    }
    const request = { app, inputs, fromForm, uploadedDocuments, trigger: { kind: trigger }, actor: actorFor(req) };
    if (wantsEventStream(req)) {
      await respondWithRunEvents(
        res,
        async (hooks) => {
          const run = await deps.runtime.run({ ...request, ...hooks });
          assertNotRefused(run);
          return run;
        },
        (run) => ({ run, summary: runSummary(run) }),
      );
      return;
    }
    const run = await deps.runtime.run(request);
    assertNotRefused(run);
    res.status(201).json({ run, summary: runSummary(run) });
  });

  router.post('/:runId/cancel', async (req, res) => {
    const { slug, runId } = parseRequest(RunParams, req.params, 'params');
    const app = await requireApp(deps.store, slug);
    const run = await deps.store.getRun(runId);
    if (!run || run.appId !== app.id) throw notFound(`App "${slug}" has no run "${runId}".`);
    if (!deps.runtime.cancel(runId)) {
      throw new HttpError(
        409,
        'run_not_running',
        run.status === 'running'
          ? `Run "${runId}" is running on another server instance; cancel it there.`
          : `Run "${runId}" has already finished (${run.status}), so there is nothing to cancel.`,
      );
    }
    res.status(202).json({ cancelling: true });
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
