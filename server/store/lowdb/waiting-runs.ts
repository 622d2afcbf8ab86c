/**
 * WaitingRuns on the lowdb store: one process owns the data folder (data-lock.ts), so
 * "exactly once" only needs the check and the write of `replace` not to interleave with
 * another `replace`; they run one after another on a promise chain. Waiting runs are found
 * from the in-memory summaries, so listing reads only their own lines.
 */
import { isDeepStrictEqual } from 'node:util';
import type { RunRow } from '../records';
import type { WaitingRuns } from '../waiting-runs';
import type { AppTables } from './app-tables';

export function lowdbWaitingRuns(tables: AppTables, appIds: () => Iterable<string>, save: (run: RunRow) => Promise<void>): WaitingRuns {
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = turn.then(work);
    turn = result.catch(() => undefined);
    return result;
  };
  return {
    async list() {
      const found: RunRow[] = [];
      for (const appId of appIds()) {
        const log = tables.existingRunTable(appId);
        for (const id of log?.keys() ?? []) {
          if (log?.summary(id)?.status !== 'waiting') continue;
          const run = await log.get(id);
          if (run) found.push(run);
        }
      }
      return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    },
    replace(expected, next) {
      return inTurn(async () => {
        const stored = await tables.runIndex.get(expected.id)?.get(expected.id);
        if (stored?.status !== 'waiting' || !isDeepStrictEqual(stored.approval, expected.approval)) return false;
        await save(next);
        return true;
      });
    },
  };
}
