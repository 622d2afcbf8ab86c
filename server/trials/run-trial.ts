/**
 * Runs a trial: each binding's lane at the same time, the cases of a lane one after another
 * (so a lane's latencies are not inflated by its own concurrency), then the per-run and
 * per-month figures at the app's workload, the ledger rows (source 'trial'; dry runs are
 * marked and never summed) and the stored trial.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../agent/access/actor';
import type { Trial, TrialCase, TrialLane } from '../../agent/ports/trials';
import type { SpendEntry } from '../../agent/ports/spend';
import type { TrialRequest } from '../../agent/tools/app-services';
import { volume } from '../../agent/tools/app-cost';
import { AppSpecSchema, type ModelBinding } from '../../agent/spec/app-spec';
import { withBinding } from '../../agent/spec/bindings';
import type { Runtime } from '../runtime/run-app';
import type { Logger } from '../logger';
import { spendEntriesOfRun } from '../store/run-spend-entries';
import type { RunRow, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { runTrialCase, type CaseToRun } from './trial-case';

export interface TrialDeps {
  store: Store;
  runtime: Runtime;
  logger: Logger;
  now?: () => Date;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : sum(values) / values.length);

function lane(binding: ModelBinding, cases: TrialCase[], runsPerMonth: number): TrialLane {
  const checks = cases.flatMap((c) => c.checks);
  const costPerRunUsd = mean(cases.map((c) => c.costUsd));
  const status = cases.some((c) => c.status === 'error') ? 'error' : cases.some((c) => c.status === 'dry-run') ? 'dry-run' : 'ok';
  return {
    binding,
    cases,
    costPerRunUsd,
    costPerMonthUsd: costPerRunUsd * runsPerMonth,
    latencyMs: Math.round(mean(cases.map((c) => c.latencyMs))),
    inputTokens: sum(cases.map((c) => c.usage.inputTokens + c.usage.cachedInputTokens)),
    outputTokens: sum(cases.map((c) => c.usage.outputTokens)),
    passed: checks.filter((c) => c.passed === true).length,
    failed: checks.filter((c) => c.passed === false).length,
    notJudged: checks.filter((c) => c.passed === null).length,
    status,
  };
}

/** A trial run's ledger rows: the run's own, filed under the trial. */
function trialEntries(app: StoredApp, trialId: string, laneIndex: number, caseIndex: number, run: RunRow): SpendEntry[] {
  return spendEntriesOfRun(app, run).map((entry, i) => ({
    ...entry,
    id: `${trialId}:${laneIndex}:${caseIndex}:${i}`,
    source: 'trial' as const,
    runId: trialId,
  }));
}

export async function runTrial(deps: TrialDeps, app: StoredApp, request: TrialRequest, actor: Actor): Promise<Trial> {
  const spec = AppSpecSchema.parse(app.spec);
  const now = deps.now?.() ?? new Date();
  const cases: CaseToRun[] = request.inputs
    ? [{ caseId: null, name: 'The given input', inputs: request.inputs, checks: [] }]
    : (spec.tests ?? []).map((t) => ({
        caseId: t.id,
        name: t.name,
        inputs: Object.fromEntries(t.inputs.map((v) => [v.name, v.value])),
        checks: t.checks,
      }));
  const { runs: runsPerMonth, source } = volume(spec, { runsPerMonth: null, samples: new Map(), outputTokensPerStep: null, now }, []);
  const id = randomUUID();
  const entries: SpendEntry[] = [];
  const lanes = await Promise.all(
    request.bindings.map(async (binding, laneIndex) => {
      const candidate = withBinding(spec, request.step, binding);
      const results: TrialCase[] = [];
      for (const [caseIndex, test] of cases.entries()) {
        const { result, run } = await runTrialCase(deps.runtime, app, candidate, actor, test, request.inputs !== null);
        results.push(result);
        if (run) entries.push(...trialEntries(app, id, laneIndex, caseIndex, run));
      }
      return lane(binding, results, runsPerMonth);
    }),
  );
  const trial: Trial = {
    id,
    workspaceId: app.workspaceId,
    appId: app.id,
    appSlug: app.slug,
    appVersion: app.version,
    step: request.step,
    source: request.inputs ? 'input' : 'test-set',
    runsPerMonth,
    volume: source === 'stated' ? 'assumed' : source,
    lanes,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
  };
  await deps.store.trials.saveTrial(trial);
  await deps.store.spend
    .record(entries)
    .catch((error: unknown) => deps.logger.error('spend ledger write failed after a trial', { app: app.slug, trialId: id, error }));
  return trial;
}
