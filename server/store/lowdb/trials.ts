/** Trials on lowdb: one append-only log, trials.jsonl, in the data folder (see LogTable). */
import { join } from 'node:path';
import { MAX_TRIALS_LISTED, type Trial, type TrialLog } from '../../../agent/ports/trials';
import { LogTable } from './log-table';

function checkTrial(row: unknown): asserts row is Trial {
  const r = row as Partial<Trial> | null;
  if (!r || typeof r.id !== 'string' || typeof r.appId !== 'string' || !Array.isArray(r.lanes) || typeof r.createdAt !== 'string') {
    throw new Error('the row is not a trial (id, appId, lanes, createdAt)');
  }
}

export interface LowdbTrialLog extends TrialLog {
  /** Removes an app's trials (its outputs go with it, as PostgreSQL's ON DELETE CASCADE does). */
  deleteTrialsOf(appId: string): Promise<void>;
  close(): Promise<void>;
}

export async function openLowdbTrialLog(dir: string): Promise<LowdbTrialLog> {
  const table = await LogTable.open<Trial>({ path: join(dir, 'trials.jsonl'), check: checkTrial, key: (row) => row.id });
  return {
    saveTrial: (trial) => table.put(structuredClone(trial)),
    async getTrial(id) {
      const trial = table.rows.get(id);
      return trial ? structuredClone(trial) : null;
    },
    async listTrials(appId, options) {
      const limit = Math.min(options?.limit ?? MAX_TRIALS_LISTED, MAX_TRIALS_LISTED);
      const rows = table.list();
      const out: Trial[] = [];
      for (let i = rows.length - 1; i >= 0 && out.length < limit; i -= 1) {
        if (rows[i]!.appId === appId) out.push(structuredClone(rows[i]!));
      }
      return out;
    },
    async deleteTrialsOf(appId) {
      for (const trial of table.list().filter((t) => t.appId === appId)) await table.delete(trial.id);
    },
    close: () => table.close(),
  };
}
