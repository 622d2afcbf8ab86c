/**
 * WaitingRuns on PostgreSQL: one conditional UPDATE … WHERE status = 'waiting' AND the pending
 * approval is the one read (jsonb equality). Row locking makes concurrent callers on any number
 * of instances serialise on the row; the first to commit wins and the rest match no row.
 */
import type pg from 'pg';
import type { RunRow } from '../records';
import { summarizeRun } from '../run-summary';
import type { WaitingRuns } from '../waiting-runs';

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

export function postgresWaitingRuns(query: Query): WaitingRuns {
  return {
    async list() {
      const { rows } = await query<{ run: RunRow }>(`SELECT run FROM runs WHERE status = 'waiting' ORDER BY started_at, seq`);
      return rows.map((row) => row.run);
    },
    async replace(expected, next) {
      const { rowCount } = await query(
        `UPDATE runs SET status = $3, run = $4::jsonb, summary = $5::jsonb
         WHERE id = $1 AND status = 'waiting' AND run -> 'approval' = $2::jsonb`,
        [expected.id, JSON.stringify(expected.approval ?? null), next.status, JSON.stringify(next), JSON.stringify(summarizeRun(next))],
      );
      return rowCount === 1;
    },
  };
}
