/**
 * Runs an app: checks the inputs against the spec, executes the steps in order (each step's
 * outputs feed later prompts), publishes progress on the run event bus, and stores the run
 * with inputs, outputs, per-step usage and cost, timing, status and trigger. A failed step
 * stops the run (later steps are recorded as skipped); the run is stored either way.
 */
import { randomUUID } from 'node:crypto';
import { addUsage, emptyUsage } from '../../agent/providers/usage';
import { AppSpecSchema, type Step } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import type { RunRow, StepRun, StoredApp } from '../store/records';
import type { StoredDocument } from '../documents/document-store';
import { FILES_URL_PREFIX } from '../files/file-store';
import { resolveDocumentInputs } from './document-inputs';
import { parseValues, RecordValidationError } from './field-values';
import { isModelStep } from '../../agent/spec/bindings';
import { retiredGuard } from './retired-guard';
import type { RunEventBus } from './run-events';
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
}

export interface Runtime {
  /** Validates the inputs (throws RecordValidationError → 400 before anything runs), runs, stores, returns the run. */
  run(request: RunRequest): Promise<RunRow>;
}

export interface RuntimeDeps extends RuntimeServices {
  events: RunEventBus;
  now?: () => Date;
  /** The day model lifecycles are judged on (the server's clock; tests pin it); defaults to `now`. */
  lifecycleDay?: () => Date;
  /** Writes a finished run's priced steps to the spend ledger, alongside the run's own final save. */
  recordSpend?: (app: StoredApp, run: RunRow) => Promise<void>;
}

function runStep(step: Step, env: StepEnv): Promise<StepOutcome> {
  if (isModelStep(step)) return runModelStep(step, env);
  switch (step.kind) {
    case 'save-record':
      return runSaveRecordStep(step, env);
    case 'call-webhook':
      return runWebhookStep(step, env);
    case 'notify':
      return runNotifyStep(step, env);
    case 'retrieve':
      return runRetrieveStep(step, env);
  }
}

export function createRuntime(deps: RuntimeDeps): Runtime {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();

  async function run(request: RunRequest): Promise<RunRow> {
    const { app, actor } = request;
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

    const base = { workspaceId: app.workspaceId, runId: randomUUID(), appSlug: app.slug };
    const row: RunRow = {
      id: base.runId,
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
    await deps.store.saveRun(row);
    deps.events.publish({ type: 'run.started', ...base, appVersion: app.version, stepCount: spec.steps.length, at: row.startedAt });

    // Prompts get a document's text; the stored run keeps its id.
    const documentTexts = Object.fromEntries([...documents].map(([name, doc]) => [name, doc.text]));
    const scope: TemplateScope = {
      inputs: { ...inputs, ...documentTexts },
      steps: {},
      ...(request.schedule ? { schedule: request.schedule } : {}),
    };
    const placeholders = new Set<string>();
    let failed: string | null = null;
    const guard = retiredGuard(spec, deps.lifecycleDay?.() ?? new Date(row.startedAt));
    const scheduled = request.trigger.kind === 'schedule';

    for (const [index, step] of spec.steps.entries()) {
      const startedAt = now();
      let outcome: StepOutcome;
      const retiredError = guard?.stepError(step) ?? null;
      const env: StepEnv = {
        services: deps,
        app,
        spec,
        runId: base.runId,
        actor,
        scope,
        documents,
        placeholders,
        ...(request.signal ? { signal: request.signal } : {}),
      };
      if (retiredError) {
        outcome = { status: 'error', output: {}, usage: emptyUsage(), costUsd: 0, request: null, model: null, error: retiredError };
      } else if (failed && guard && scheduled && step.kind === 'notify') {
        // The app's own channel hears why its scheduled run did nothing.
        outcome = await runStep({ ...step, message: guard.notice }, env).catch((error: unknown) => ({
          status: 'error' as const,
          output: {},
          usage: emptyUsage(),
          costUsd: 0,
          request: null,
          model: null,
          error: error instanceof Error ? error.message : String(error),
        }));
      } else if (failed) {
        outcome = {
          status: 'skipped',
          output: {},
          usage: emptyUsage(),
          costUsd: 0,
          request: null,
          model: null,
          error: `Not run: step "${failed}" failed.`,
        };
      } else {
        deps.events.publish({ type: 'step.started', ...base, stepId: step.id, index, at: startedAt });
        try {
          outcome = await runStep(step, env);
        } catch (error) {
          deps.logger.debug('step failed', { runId: base.runId, stepId: step.id, error });
          outcome = {
            status: 'error',
            output: {},
            usage: emptyUsage(),
            costUsd: 0,
            request: null,
            model: null,
            error: error instanceof Error ? error.message : String(error),
          };
        }
      }
      const stepRun: StepRun = { stepId: step.id, kind: step.kind, ...outcome, startedAt, finishedAt: now() };
      row.steps.push(stepRun);
      scope.steps[step.id] = outcome.output;
      if (outcome.status === 'dry-run') placeholders.add(step.id);
      if (outcome.status === 'error' && !failed) failed = step.id;
      row.usage = addUsage(row.usage, outcome.usage);
      row.costUsd += outcome.costUsd;
      deps.events.publish({ type: 'step.finished', ...base, stepId: step.id, status: stepRun.status, index, step: stepRun });
    }

    row.status = failed ? 'error' : placeholders.size > 0 ? 'dry-run' : 'ok';
    row.error = failed ? `Step "${failed}" failed: ${row.steps.find((s) => s.stepId === failed)?.error ?? 'unknown error'}` : null;
    row.finishedAt = now();
    // Concurrent with the run's save, so the ledger's write overlaps it instead of following it.
    await Promise.all([deps.store.saveRun(row), deps.recordSpend?.(app, row)]);
    deps.events.publish({
      type: 'run.finished',
      ...base,
      status: row.status,
      usage: row.usage,
      costUsd: row.costUsd,
      error: row.error,
      at: row.finishedAt,
    });
    return row;
  }

  return { run };
}
