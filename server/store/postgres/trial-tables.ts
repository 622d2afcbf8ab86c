/**
 * Trials on PostgreSQL: one row per trial, the whole trial as JSONB, removed with its app.
 * Migration 220 is listed in MIGRATIONS in migrations.ts.
 */
import type pg from 'pg';
import { MAX_TRIALS_LISTED, type Trial, type TrialLog } from '../../../agent/ports/trials';
import type { Migration } from './migration';

export const TRIALS_MIGRATION: Migration = {
  id: 220,
  name: 'trials',
  sql: `
    CREATE TABLE trials (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      workspace_id text NOT NULL,
      created_at timestamptz NOT NULL,
      trial jsonb NOT NULL
    );
    CREATE INDEX trials_newest_first ON trials (app_id, created_at DESC, seq DESC);
  `,
};

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

export function postgresTrialLog(query: Query): TrialLog {
  return {
    async saveTrial(trial) {
      await query(
        `INSERT INTO trials (id, app_id, workspace_id, created_at, trial) VALUES ($1, $2, $3, $4, $5::jsonb)
         ON CONFLICT (id) DO UPDATE SET trial = EXCLUDED.trial`,
        [trial.id, trial.appId, trial.workspaceId, trial.createdAt, JSON.stringify(trial)],
      );
    },
    async getTrial(id) {
      const { rows } = await query<{ trial: Trial }>('SELECT trial FROM trials WHERE id = $1', [id]);
      return rows[0]?.trial ?? null;
    },
    async listTrials(appId, options) {
      const limit = Math.min(options?.limit ?? MAX_TRIALS_LISTED, MAX_TRIALS_LISTED);
      const { rows } = await query<{ trial: Trial }>(
        'SELECT trial FROM trials WHERE app_id = $1 ORDER BY created_at DESC, seq DESC LIMIT $2',
        [appId, limit],
      );
      return rows.map((r) => r.trial);
    },
  };
}
