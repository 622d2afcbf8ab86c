/**
 * A finished run as ledger rows: one per AI step that was called (provider-reported counts)
 * or dry-run (our estimate, marked so it is never summed into spend). Steps that use no
 * model, or were skipped, cost nothing and leave no row.
 */
import { findModel, getCatalog } from '../../agent/catalog/index';
import type { RunRow, StoredApp } from './records';
import type { SpendEntry } from '../../agent/ports/spend';

/** `fromStep`: a run that paused for an approval was recorded up to there; its ids are per step index. */
export function spendEntriesOfRun(app: Pick<StoredApp, 'id' | 'slug' | 'workspaceId'>, run: RunRow, fromStep = 0): SpendEntry[] {
  const asOf = getCatalog().asOf;
  return run.steps.flatMap((step, index): SpendEntry[] => {
    if (index < fromStep || step.model === null || (step.status !== 'ok' && step.status !== 'dry-run')) return [];
    const dryRun = step.status === 'dry-run';
    return [
      {
        id: `${run.id}:${index}`,
        workspaceId: app.workspaceId,
        at: step.finishedAt,
        source: 'run',
        appId: app.id,
        appSlug: app.slug,
        runId: run.id,
        stepId: step.stepId,
        conversationId: null,
        model: step.model,
        provider: findModel(step.model)?.provider ?? 'unknown',
        inputTokens: step.usage.inputTokens,
        cachedInputTokens: step.usage.cachedInputTokens,
        outputTokens: step.usage.outputTokens,
        imageInputTokens: step.usage.imageInputTokens,
        images: step.usage.images,
        costUsd: step.costUsd,
        basis: dryRun ? 'estimated' : 'reported',
        dryRun,
        pricesAsOf: asOf,
      },
    ];
  });
}
