/**
 * Runs an app: checks the inputs against the spec, executes the steps in order (each step's
 * outputs feed later prompts), publishes progress on the run event bus, and stores the run
 * with inputs, outputs, per-step usage and cost, timing, status and trigger. A failed step
 * stops the run (later steps are recorded as skipped); the run is stored either way.
 */
import { randomUUID } from 'node:crypto';
import { addUsage, emptyUsage } from '../../agent/providers/usage';
import { AppSpecSchema, type AppSpec, type Step } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import type { RecordValues, RunRow, StepRun, StoredApp } from '../store/records';
import { pendingApproval } from '../approvals/pending-approval';
import type { StoredDocument } from '../documents/document-store';
import { FILES_URL_PREFIX } from '../files/file-store';
import { resolveDocumentInputs } from './document-inputs';
import { parseValues, RecordValidationError } from './field-values';
import { isModelStep } from '../../agent/spec/bindings';
import { retiredGuard } from './retired-guard';
import type { RunEvent, RunEventBus } from './run-events';
import type { RuntimeServices, StepEnv, StepOutcome } from './step-context';
import { runModelStep } from './steps/model-step';
import { runNotifyStep } from './steps/notify-step';
import { runRetrieveStep } from './steps/retrieve-step';
import { runSaveRecordStep } from './steps/save-record-step';
import { runWebhookStep } from './steps/webhook-step';
import type { TemplateScope } from './template-render';

export interface RunRequest {
  app: StoredApp;
  /** Raw input values (JSON, or strings from a form when `fromForm`); image fields hold uploaded file ids. */
  inputs: Record<string, unknown>;
  fromForm?: boolean;
  trigger: RunRow['trigger'];
  actor: Actor;
  /** Documents uploaded with this request (their ids are in `inputs`), saved only once the inputs pass. */
  uploadedDocuments?: readonly StoredDocument[];
  /** Extra template values, e.g. `{ since }` for scheduled runs. */
  schedule?: Record<string, unknown>;
  signal?: AbortSignal;
  /** Kept on the run: a budget made it run on a fallback binding (server/spend/spend-runtime.ts). */
  budget?: RunRow['budget'];
  /** This run's own events as they are published (the run API streams them as server-sent events). */
  onEvent?: (event: RunEvent) => void;
  /**
   * A trial run (server/trials/): not stored, no progress events, no ledger rows (the trial
   * writes its own), and steps that save records or send things are shown, not performed.
   */
  trial?: true;
  /** Called once the run is stored as running, before any step: an answer given before the run ends (a webhook's 202) promises only what is on disk. */
  onStarted?: (run: RunRow) => void;
}

export interface Runtime {
  /** Validates the inputs (throws RecordValidationError → 400 before anything runs), runs, stores, returns the run. */
  run(request: RunRequest): Promise<RunRow>;
  /**
   * Continues a run its caller claimed from 'waiting' (server/approvals/): records the approval
   * step's decision, then runs the remaining steps (or stops them, when rejected) to the end or
   * to the next approval step.
   */
  resume(request: ResumeRequest): Promise<RunRow>;
  /**
   * Cancels a run in progress in this process: the step running stops (its provider request
   * is aborted; a streamed text keeps what arrived), later steps are skipped, and the run is
   * stored as 'cancelled'. False when no such run is in progress here.
   */
  cancel(runId: string): boolean;
}

export interface ResumeRequest {
  /** The app at the run's own version (the spec it started on). */
  app: StoredApp;
  /** The claimed run; its `approval` holds the decision. */
  run: RunRow;
  actor: Actor;
}

export interface RuntimeDeps extends RuntimeServices {
  events: RunEventBus;
  now?: () => Date;
  /** The day model lifecycles are judged on (the server's clock; tests pin it); defaults to `now`. */
  lifecycleDay?: () => Date;
  /** Writes a finished (or paused) run's priced steps from `fromStep` on to the spend ledger, alongside the run's save. */
  recordSpend?: (app: StoredApp, run: RunRow, fromStep: number) => Promise<void>;
  /** Tells the approvers of a run that just paused (server/approvals/); its failures are its own to report. */
  onWaiting?: (app: StoredApp, run: RunRow) => Promise<void>;
}

/** A run in progress: what its remaining steps read and write. */
interface RunState {
  app: StoredApp;
  spec: AppSpec;
  row: RunRow;
  actor: Actor;
  scope: TemplateScope;
  documents: ReadonlyMap<string, StoredDocument>;
  placeholders: Set<string>;
  schedule?: Record<string, unknown>;
  /** Aborted by `cancel(runId)` or the caller: the step under way stops, later ones are skipped. */
  signal: AbortSignal;
  /** Set when a person rejected at an approval step: later steps are not run. */
  rejected?: string;
  /** A trial (server/trials/): nothing stored or sent, no approval waited for. */
  trial?: boolean;
  /** Publishes one of this run's events (to the bus, and to the caller streaming them). */
  publish(event: RunEvent): void;
}

/** What a trial shows instead of a step that would save a record or send something. */
const notInTrials = (): Promise<StepOutcome> =>
  Promise.resolve({
    status: 'skipped',
    output: {},
    usage: emptyUsage(),
    costUsd: 0,
    request: null,
    model: null,
    error: 'Not run: a trial saves no records and sends nothing.',
  });

function runStep(step: Step, env: StepEnv, trial: boolean): Promise<StepOutcome> {
  if (isModelStep(step)) return runModelStep(step, env);
  if (trial) return notInTrials();
  switch (step.kind) {
    case 'save-record':
      return runSaveRecordStep(step, env);
    case 'call-webhook':
      return runWebhookStep(step, env);
    case 'notify':
      return runNotifyStep(step, env);
    case 'approval':
      // Never run: continueRun pauses at it (or skips it after a failure, a rejection, or in a trial); resume records the decision.
      throw new Error(`Approval step "${step.id}" is decided by a person, not run.`);
    case 'retrieve':
      return runRetrieveStep(step, env);
  }
}

const noCost = { usage: emptyUsage(), costUsd: 0, request: null, model: null };

export function createRuntime(deps: RuntimeDeps): Runtime {
  const clock = () => (deps.now ? deps.now() : new Date());
  const now = () => clock().toISOString();
  const inProgress = new Map<string, AbortController>();

  async function execute(request: RunRequest, runId: string, signal: AbortSignal): Promise<RunRow> {
    const { app, actor } = request;
    const trial = request.trial === true;
    const spec = AppSpecSchema.parse(app.spec);
    const inputs = parseValues(spec.inputs, request.inputs, 'inputs', { fromForm: request.fromForm ?? false });
    for (const field of spec.inputs.filter((f) => f.type === 'image')) {
      const value = inputs[field.name];
      if (typeof value !== 'string') continue;
      // An image input holds a stored file's id; its URL (/files/<id>) is accepted too.
      const id = value.startsWith(`${FILES_URL_PREFIX}/`) ? value.slice(FILES_URL_PREFIX.length + 1) : value;
      if (!(await deps.files.readImage(id))) {
        throw new RecordValidationError(
          `inputs.${field.name}: there is no uploaded image "${value}". Upload the image (POST /api/files or a form upload) and send its id.`,
        );
      }
      inputs[field.name] = id;
    }
    const documents = await resolveDocumentInputs(spec, inputs, request.uploadedDocuments ?? [], deps.documents);
    for (const doc of request.uploadedDocuments ?? []) await deps.documents.save(doc);

    const base = { workspaceId: app.workspaceId, runId, appSlug: app.slug };
    const publish = (event: RunEvent) => {
      if (trial) return;
      deps.events.publish(event);
      request.onEvent?.(event);
    };
    const row: RunRow = {
      id: runId,
      appId: app.id,
      appVersion: app.version,
      trigger: request.trigger,
      status: 'running',
      inputs,
      steps: [],
      usage: emptyUsage(),
      costUsd: 0,
      error: null,
      createdBy: actor.userId,
      startedAt: now(),
      finishedAt: null,
      ...(request.budget ? { budget: request.budget } : {}),
    };
    if (!trial) await deps.store.saveRun(row);
    request.onStarted?.(row);
    publish({ type: 'run.started', ...base, appVersion: app.version, stepCount: spec.steps.length, at: row.startedAt });

    // Prompts get a document's text; the stored run keeps its id.
    const documentTexts = Object.fromEntries([...documents].map(([name, doc]) => [name, doc.text]));
    const scope: TemplateScope = {
      inputs: { ...inputs, ...documentTexts },
      steps: {},
      ...(request.schedule ? { schedule: request.schedule } : {}),
    };
    return continueRun(
      {
        app,
        spec,
        row,
        actor,
        scope,
        documents,
        placeholders: new Set(),
        ...(request.schedule ? { schedule: request.schedule } : {}),
        signal,
        publish,
        trial,
      },
      0,
    );
  }

  async function resume(request: ResumeRequest, signal: AbortSignal): Promise<RunRow> {
    const { app, actor } = request;
    const row = structuredClone(request.run);
    const approval = row.approval;
    const decision = approval?.decision;
    if (!approval || !decision) throw new Error(`Run ${row.id} has no decided approval to resume from.`);
    const spec = AppSpecSchema.parse(app.spec);
    const at = spec.steps.findIndex((s) => s.id === approval.stepId);
    if (at < 0) throw new Error(`Run ${row.id}: its approval step "${approval.stepId}" is not in version ${app.version}.`);
    const documents = await resolveDocumentInputs(spec, row.inputs as RecordValues, [], deps.documents);
    const scope: TemplateScope = {
      inputs: { ...row.inputs, ...Object.fromEntries([...documents].map(([name, doc]) => [name, doc.text])) },
      steps: Object.fromEntries(row.steps.map((s) => [s.stepId, s.output as Record<string, unknown>])),
      ...(approval.schedule ? { schedule: approval.schedule } : {}),
    };
    const placeholders = new Set(row.steps.filter((s) => s.status === 'dry-run').map((s) => s.stepId));
    // The approver's text is what later steps read as the gated step's output; an edit is real text, no placeholder.
    if (approval.field && decision.text !== null) {
      scope.steps[approval.gates] = { ...scope.steps[approval.gates], [approval.field]: decision.text };
      if (decision.edited) placeholders.delete(approval.gates);
    }
    const output = { decision: decision.decision, text: decision.text, by: decision.by };
    const startedAt = now();
    const stepRun: StepRun = {
      stepId: approval.stepId,
      kind: 'approval',
      status: 'ok',
      output,
      ...noCost,
      error: null,
      startedAt,
      finishedAt: startedAt,
    };
    row.steps.push(stepRun);
    scope.steps[approval.stepId] = output;
    const base = { workspaceId: app.workspaceId, runId: row.id, appSlug: app.slug };
    deps.events.publish({ type: 'step.finished', ...base, stepId: approval.stepId, status: 'ok', index: at, step: stepRun });
    const rejected =
      decision.decision === 'rejected' ? `Rejected by ${decision.by}${decision.note ? `: ${decision.note}` : '.'}` : undefined;
    return continueRun(
      {
        app,
        spec,
        row,
        actor,
        scope,
        documents,
        placeholders,
        ...(approval.schedule ? { schedule: approval.schedule } : {}),
        ...(rejected ? { rejected } : {}),
        signal,
        publish: (event) => deps.events.publish(event),
      },
      at + 1,
    );
  }

  /** Runs the steps from `from` on: to the end (stored as finished), or to an approval step (stored as waiting). */
  async function continueRun(state: RunState, from: number): Promise<RunRow> {
    const { app, spec, row, actor, scope, documents, placeholders, publish, signal } = state;
    const base = { workspaceId: app.workspaceId, runId: row.id, appSlug: app.slug };
    const spentFrom = row.steps.length;
    let failed: string | null = null;
    const guard = retiredGuard(spec, deps.lifecycleDay?.() ?? new Date(row.startedAt));
    const scheduled = row.trigger.kind === 'schedule';

    for (const [index, step] of spec.steps.entries()) {
      if (index < from) continue;
      if (step.kind === 'approval' && !failed && !state.rejected && !state.trial) return pause(state, step, spentFrom);
      const startedAt = now();
      let outcome: StepOutcome;
      const retiredError = guard?.stepError(step) ?? null;
      const env: StepEnv = {
        services: deps,
        app,
        spec,
        runId: row.id,
        actor,
        scope,
        documents,
        placeholders,
        signal,
        onTextDelta: (text) => publish({ type: 'step.delta', ...base, stepId: step.id, index, text }),
      };
      if (retiredError) {
        outcome = { status: 'error', output: {}, ...noCost, error: retiredError };
      } else if (failed && guard && scheduled && step.kind === 'notify') {
        // The app's own channel hears why its scheduled run did nothing.
        outcome = await runStep({ ...step, message: guard.notice }, env, state.trial === true).catch((error: unknown) => ({
          status: 'error' as const,
          output: {},
          ...noCost,
          error: error instanceof Error ? error.message : String(error),
        }));
      } else if (failed || state.rejected || signal.aborted) {
        const why = failed ? `step "${failed}" failed` : state.rejected ? 'the approval was rejected' : 'the run was cancelled';
        outcome = { status: 'skipped', output: {}, ...noCost, error: `Not run: ${why}.` };
      } else {
        publish({ type: 'step.started', ...base, stepId: step.id, index, at: startedAt });
        try {
          outcome = await runStep(step, env, state.trial === true);
        } catch (error) {
          deps.logger.debug('step failed', { runId: row.id, stepId: step.id, error });
          outcome = { status: 'error', output: {}, ...noCost, error: error instanceof Error ? error.message : String(error) };
        }
        // Whatever a step says after its run was cancelled (an aborted request), it was cancelled.
        if (signal.aborted && outcome.status === 'error')
          outcome = { ...outcome, status: 'cancelled', error: 'Cancelled while this step ran.' };
      }
      const stepRun: StepRun = { stepId: step.id, kind: step.kind, ...outcome, startedAt, finishedAt: now() };
      row.steps.push(stepRun);
      scope.steps[step.id] = outcome.output;
      if (outcome.status === 'dry-run') placeholders.add(step.id);
      if (outcome.status === 'error' && !failed) failed = step.id;
      row.usage = addUsage(row.usage, outcome.usage);
      row.costUsd += outcome.costUsd;
      publish({ type: 'step.finished', ...base, stepId: step.id, status: stepRun.status, index, step: stepRun });
    }

    const cancelled = row.steps.some((s) => s.status === 'cancelled') || (signal.aborted && !failed);
    row.status = cancelled ? 'cancelled' : failed ? 'error' : state.rejected ? 'rejected' : placeholders.size > 0 ? 'dry-run' : 'ok';
    row.error = cancelled
      ? 'The run was cancelled; what its steps produced until then is kept.'
      : failed
        ? `Step "${failed}" failed: ${row.steps.find((s) => s.stepId === failed)?.error ?? 'unknown error'}`
        : (state.rejected ?? null);
    row.finishedAt = now();
    // Concurrent with the run's save, so the ledger's write overlaps it instead of following it.
    if (!state.trial) await Promise.all([deps.store.saveRun(row), deps.recordSpend?.(app, row, spentFrom)]);
    publishEnd(state, base);
    return row;
  }

  /** Stores the run as waiting for a person, with what it needs to continue, and tells the approvers. */
  async function pause(state: RunState, step: Extract<Step, { kind: 'approval' }>, spentFrom: number): Promise<RunRow> {
    const { app, spec, row } = state;
    const gated = spec.steps.find((s) => s.id === step.gates);
    const output = state.scope.steps[step.gates];
    row.status = 'waiting';
    row.approval = pendingApproval(step, gated, output, clock(), randomUUID(), state.schedule);
    await Promise.all([deps.store.saveRun(row), deps.recordSpend?.(app, row, spentFrom)]);
    publishEnd(state, { workspaceId: app.workspaceId, runId: row.id, appSlug: app.slug });
    await deps.onWaiting?.(app, row);
    return row;
  }

  function publishEnd(state: RunState, base: { workspaceId: string; runId: string; appSlug: string }): void {
    const { row } = state;
    state.publish({
      type: 'run.finished',
      ...base,
      status: row.status as Exclude<RunRow['status'], 'queued' | 'running'>,
      usage: row.usage,
      costUsd: row.costUsd,
      error: row.error,
      at: row.finishedAt ?? now(),
    });
  }

  /** Runs `work` under a signal `cancel(runId)` can abort, on top of the caller's own. */
  async function cancellable(
    runId: string,
    outer: AbortSignal | undefined,
    work: (signal: AbortSignal) => Promise<RunRow>,
  ): Promise<RunRow> {
    const cancellation = new AbortController();
    inProgress.set(runId, cancellation);
    try {
      return await work(outer ? AbortSignal.any([outer, cancellation.signal]) : cancellation.signal);
    } finally {
      inProgress.delete(runId);
    }
  }

  return {
    // Known by its id from the start, so a run can be cancelled at any point.
    run(request) {
      const runId = randomUUID();
      return cancellable(runId, request.signal, (signal) => execute(request, runId, signal));
    },
    resume(request) {
      return cancellable(request.run.id, undefined, (signal) => resume(request, signal));
    },
    cancel(runId) {
      const controller = inProgress.get(runId);
      controller?.abort();
      return controller !== undefined;
    },
  };
}
