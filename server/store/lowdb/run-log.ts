/**
 * The runs of one app (`apps/<appId>/runs.jsonl`): an IndexedLog keeping a run's summary in
 * memory and its steps, requests and outputs on disk, read back (one positioned read) when the
 * run itself is asked for. Kept in started order, so a page of the history is a slice.
 */
import type { RunRow } from '../records';
import { summarizeRun, type RunSummary } from '../run-summary';
import { IndexedLog } from './indexed-log';

export type RunLog = IndexedLog<RunRow, RunSummary>;

export function openRunLog(path: string, check: (row: unknown) => asserts row is RunRow, compactAfter?: number): Promise<RunLog> {
  return IndexedLog.open({
    path,
    check,
    compactAfter,
    key: (run) => run.id,
    summarize: summarizeRun,
    time: (summary) => summary.startedAt,
  });
}
