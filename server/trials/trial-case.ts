/**
 * One case of a trial on one binding: a trial run through the runtime (not stored, nothing
 * saved or sent), timed, its step outputs laid out for side-by-side reading, and the case's
 * checks judged. A saved case that cannot start (inputs that no longer fit the app) is a failed
 * case with its sentence, so one stale test case does not sink the trial.
 */
import { performance } from 'node:perf_hooks';
import type { Actor } from '../../agent/access/actor';
import type { TrialCase, TrialOutput } from '../../agent/ports/trials';
import { emptyUsage } from '../../agent/providers/usage';
import type { AppSpec, StepKind } from '../../agent/spec/app-spec';
import { judgeChecks } from '../../agent/spec/test-checks';
import type { TestCheck } from '../../agent/spec/test-cases';
import type { Runtime } from '../runtime/run-app';
import type { RunRow, StepRun, StoredApp } from '../store/records';

export interface CaseToRun {
  caseId: string | null;
  name: string;
  inputs: Record<string, string>;
  checks: readonly TestCheck[];
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** A stored step's named outputs (StepRun keeps them as JSON). */
const outputsOf = (step: StepRun): Record<string, unknown> =>
  typeof step.output === 'object' && step.output !== null ? (step.output as Record<string, unknown>) : {};

function outputOf(step: StepRun): TrialOutput {
  const out = outputsOf(step);
  const json = out.json as Record<string, unknown> | undefined;
  return {
    stepId: step.stepId,
    kind: step.kind as StepKind,
    status: step.status,
    text: typeof out.text === 'string' ? out.text : null,
    label: typeof out.label === 'string' ? out.label : null,
    fields: step.kind === 'extract' && json ? Object.entries(json).map(([name, value]) => ({ name, value: asText(value) })) : null,
    image: typeof out.image === 'string' ? out.image : null,
    request: step.request,
    error: step.error,
  };
}

export async function runTrialCase(
  runtime: Runtime,
  app: StoredApp,
  spec: AppSpec,
  actor: Actor,
  test: CaseToRun,
  /** An input given with the trial: a value that does not fit the form is the caller's to fix (thrown, a 400). */
  strict: boolean,
): Promise<{ result: TrialCase; run: RunRow | null }> {
  const started = performance.now();
  let run: RunRow;
  try {
    run = await runtime.run({
      app: { ...app, spec },
      inputs: test.inputs,
      fromForm: true,
      trigger: { kind: 'manual', detail: 'trial' },
      actor,
      trial: true,
    });
  } catch (error) {
    if (strict) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const result: TrialCase = {
      caseId: test.caseId,
      name: test.name,
      status: 'error',
      error: `This case could not run: ${message}`,
      latencyMs: 0,
      usage: emptyUsage(),
      costUsd: 0,
      outputs: [],
      checks: test.checks.map((c) => ({
        ...judgeChecks([c], { status: 'error', steps: [], costUsd: 0, latencyMs: 0 })[0]!,
        passed: false,
      })),
    };
    return { result, run: null };
  }
  const latencyMs = Math.round(performance.now() - started);
  const status = run.status === 'ok' || run.status === 'dry-run' ? run.status : 'error';
  const steps = run.steps.map((s) => ({ stepId: s.stepId, kind: s.kind as StepKind, status: s.status, output: outputsOf(s) }));
  return {
    result: {
      caseId: test.caseId,
      name: test.name,
      status,
      error: run.error,
      latencyMs,
      usage: run.usage,
      costUsd: run.costUsd,
      outputs: run.steps.map(outputOf),
      checks: judgeChecks(test.checks, { status, steps, costUsd: run.costUsd, latencyMs }),
    },
    run,
  };
}
