/** The runtime's hook that writes a finished run to the spend ledger. */
import type { Logger } from '../logger';
import type { RunRow, StoredApp } from '../store/records';
import { spendEntriesOfRun } from '../store/run-spend-entries';
import type { Store } from '../store/store';

/**
 * The runtime's `recordSpend`: the run's rows in one ledger write. A failed write is logged as
 * an error, not thrown: the run happened and is stored with its cost either way.
 */
export function recordRunSpend(store: Store, logger: Logger): (app: StoredApp, run: RunRow, fromStep: number) => Promise<void> {
  return (app, run, fromStep) =>
    store.spend
      .record(spendEntriesOfRun(app, run, fromStep))
      .catch((error: unknown) => logger.error('spend ledger write failed after a run', { app: app.slug, runId: run.id, error }));
}
