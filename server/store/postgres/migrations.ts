/**
 * The PostgreSQL schema, as numbered migrations applied at start-up. Append new ones;
 * never edit one that has shipped. An advisory lock lets several instances start at once.
 */
import type pg from 'pg';
import { AUTH_MIGRATION } from './auth-tables';
import type { Migration } from './migration';
import { RECORD_COUNT_MIGRATION } from './record-counts';
import { RUN_SUMMARY_MIGRATION } from './run-summaries';
import { SPEND_MIGRATION } from './spend-tables';
import { TRIALS_MIGRATION } from './trial-tables';
import { KNOWLEDGE_MIGRATION } from './knowledge-tables';

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'apps, versions, conversations, records, runs, state, audit',
    sql: `
      CREATE TABLE apps (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id text NOT NULL,
        slug text NOT NULL CONSTRAINT apps_slug_key UNIQUE,
        version integer NOT NULL,
        spec jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX apps_by_workspace ON apps (workspace_id, updated_at DESC, seq DESC);

      CREATE TABLE app_versions (
        app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        version integer NOT NULL,
        spec jsonb NOT NULL,
        note text NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (app_id, version)
      );

      CREATE TABLE conversations (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id text NOT NULL,
        app_slug text,
        messages jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX conversations_by_workspace ON conversations (workspace_id, updated_at DESC, seq DESC);

      CREATE TABLE records (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        collection text NOT NULL,
        data jsonb NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX records_newest_first ON records (app_id, collection, created_at DESC, seq DESC);

      CREATE TABLE runs (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        status text NOT NULL,
        run jsonb NOT NULL
      );
      CREATE INDEX runs_newest_first ON runs (app_id, started_at DESC, seq DESC);

      CREATE TABLE state (
        key text PRIMARY KEY,
        value jsonb NOT NULL
      );

      CREATE TABLE audit (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id text NOT NULL,
        actor_id text,
        action text NOT NULL,
        target text NOT NULL,
        detail jsonb NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX audit_newest_first ON audit (workspace_id, seq DESC);
    `,
  },
  AUTH_MIGRATION,
  RUN_SUMMARY_MIGRATION,
  SPEND_MIGRATION,
  // In id order, as they are applied: ids are never reused or renumbered once released.
  RECORD_COUNT_MIGRATION,
  KNOWLEDGE_MIGRATION,
  TRIALS_MIGRATION,
];

/** Applies every migration not yet recorded in `schema_migrations`, each in its own transaction. */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('toolwright:migrations'))`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const done = new Set((await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((row) => row.id));
    for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(migration.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.id} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.id);
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('toolwright:migrations'))`).catch(() => undefined);
    client.release();
  }
  return applied;
}
