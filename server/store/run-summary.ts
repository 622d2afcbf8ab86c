/**
 * What a list of runs carries: enough for a history line (status, times, cost, trigger), not
 * the steps' requests and outputs — those are on the run's own route (GET …/runs/:id). Lists
 * stay small and cheap however large runs grow.
 */
import type { RunRow } from './records';

export type RunSummary = Pick<
  RunRow,
  'id' | 'appId' | 'appVersion' | 'trigger' | 'status' | 'costUsd' | 'error' | 'createdBy' | 'startedAt' | 'finishedAt'
> & {
  /** Steps on models the directory does not price (their cost reads "not priced (your server)"). */
  unpricedSteps: number;
};

export function summarizeRun(run: RunRow): RunSummary {
  return {
    id: run.id,
    appId: run.appId,
    appVersion: run.appVersion,
    trigger: run.trigger,
    status: run.status,
    costUsd: run.costUsd,
    error: run.error,
    createdBy: run.createdBy,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    unpricedSteps: run.steps.filter((step) => step.unpriced).length,
  };
}
