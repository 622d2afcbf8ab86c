/**
 * The runtime with spend: before a run, the app's and workspace's hard budgets are checked
 * against the run's estimate (a refusal is stored as a 'refused' run and returned, so
 * scheduled and webhook runs obey the same rule and nothing reaches a provider; a named
 * fallback runs instead); after it, budget warnings that became due are sent (the run's
 * ledger rows are written by the runtime itself, with the run's final save: recordRunSpend).
 * Wraps the server's Runtime, so every door — the run API, public links, webhooks, schedules,
 * record triggers — goes through it.
 */
import { randomUUID } from 'node:crypto';
import { emptyUsage } from '../../agent/providers/usage';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import type { RunRequest, Runtime } from '../runtime/run-app';
import type { RuntimeServices } from '../runtime/step-context';
import type { RunRow, StoredApp } from '../store/records';
import type { Budget } from '../../agent/ports/spend';
import { applyFallback } from './apply-fallback';
import { decideBudget, type BudgetState } from './budget-decision';
import { warnOnBudgets } from './budget-warnings';
import { monthOf, type Month } from '../../agent/spend/month';
import { estimateRunCost } from './run-estimate';

export interface SpendRuntimeDeps extends Omit<RuntimeServices, 'files' | 'documents'> {
  now?: () => Date;
}

export function withSpend(inner: Runtime, deps: SpendRuntimeDeps): Runtime {
  const now = () => (deps.now ? deps.now() : new Date());

  const statesOf = (budgets: readonly Budget[], month: Month): Promise<BudgetState[]> =>
    Promise.all(
      budgets.map(async (budget) => ({
        budget,
        spent: (
          await deps.store.spend.total({
            workspaceId: budget.workspaceId,
            from: month.from,
            to: month.to,
            ...(budget.appId ? { appId: budget.appId } : {}),
          })
        ).costUsd,
      })),
    );

  async function refused(request: RunRequest, sentence: string): Promise<RunRow> {
    const at = now().toISOString();
    const row: RunRow = {
      id: randomUUID(),
      appId: request.app.id,
      appVersion: request.app.version,
      trigger: request.trigger,
      status: 'refused',
      inputs: request.inputs,
      steps: [],
      usage: emptyUsage(),
      costUsd: 0,
      error: sentence,
      createdBy: request.actor.userId,
      startedAt: at,
      finishedAt: at,
    };
    // A trial keeps its own record of the refusal (server/trials/run-trial.ts), not a run in the history.
    if (!request.trial) await deps.store.saveRun(row);
    deps.logger.info('run refused by a budget', { app: request.app.slug, trigger: request.trigger.kind });
    return row;
  }

  async function warnAfter(app: StoredApp, run: RunRow, budgets: readonly Budget[], month: Month): Promise<void> {
    if (run.costUsd <= 0 || run.status === 'dry-run') return;
    try {
      await warnOnBudgets(deps, app, AppSpecSchema.parse(app.spec), run, month, await statesOf(budgets, month));
    } catch (error) {
      // The run happened and is stored; a warning that could not be sent must not turn it into a failure.
      deps.logger.error('budget warning failed after a run', { app: app.slug, runId: run.id, error });
    }
  }

  return {
    // A resumed run was checked against the budgets when it started.
    resume: (request) => inner.resume(request),
    cancel: (runId) => inner.cancel(runId),
    async run(request) {
      const { app } = request;
      const budgets = (await deps.store.spend.listBudgets(app.workspaceId)).filter((b) => b.appId === null || b.appId === app.id);
      if (budgets.length === 0) return inner.run(request);
      const month = monthOf(now());
      let next = request;
      if (budgets.some((b) => b.mode === 'hard')) {
        const spec = AppSpecSchema.parse(app.spec);
        const estimate = estimateRunCost(spec, app.workspaceId, request.inputs, deps, now());
        const fallback = budgets.find((b) => b.appId === app.id)?.fallback ?? null;
        const decision = decideBudget(await statesOf(budgets, month), estimate, app.slug, month, fallback);
        if (decision.kind === 'refuse') return refused(request, decision.sentence);
        if (decision.kind === 'fallback') {
          const applied = applyFallback(spec, decision.binding);
          next = {
            ...request,
            app: { ...app, spec: applied.spec },
            budget: { fallback: decision.binding.model, steps: applied.steps, reason: decision.reason },
          };
        }
      }
      const run = await inner.run(next);
      await warnAfter(app, run, budgets, month);
      return run;
    },
  };
}
