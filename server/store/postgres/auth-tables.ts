/**
 * Accounts for the PostgreSQL store: one table of rows by kind and id (JSONB, found by
 * containment through a GIN index), with a unique index on user emails. Migration 80 is
 * appended to MIGRATIONS in migrations.ts.
 */
import type pg from 'pg';
import type { AuthTables } from '../auth-store';
import { StoreError } from '../../../agent/ports/store-error';
import type { Migration } from './migration';

export const AUTH_MIGRATION: Migration = {
  id: 80,
  name: 'accounts: workspaces, users, memberships, sessions, tokens, invitations, public links, secrets',
  sql: `
    CREATE TABLE auth_rows (
      kind text NOT NULL,
      id text NOT NULL,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      row jsonb NOT NULL,
      PRIMARY KEY (kind, id)
    );
    CREATE INDEX auth_rows_fields ON auth_rows USING gin (row jsonb_path_ops);
    CREATE UNIQUE INDEX auth_rows_user_email ON auth_rows ((row->>'email')) WHERE kind = 'user';
  `,
};

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

export function postgresAuthTables(query: Query): AuthTables {
  return {
    async insert(kind, row) {
      const { rowCount } = await query('INSERT INTO auth_rows (kind, id, row) VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING', [
        kind,
        row.id,
        JSON.stringify(row),
      ]);
      if (rowCount === 0) {
        throw new StoreError(
          'conflict',
          kind === 'user'
            ? 'An account with that email already exists; sign in instead, or use another email.'
            : `That ${kind} already exists; use another one.`,
        );
      }
    },
    async put(kind, row) {
      await query(
        'INSERT INTO auth_rows (kind, id, row) VALUES ($1, $2, $3::jsonb) ON CONFLICT (kind, id) DO UPDATE SET row = EXCLUDED.row',
        [kind, row.id, JSON.stringify(row)],
      );
    },
    async get(kind, id) {
      const { rows } = await query<{ row: never }>('SELECT row FROM auth_rows WHERE kind = $1 AND id = $2', [kind, id]);
      return rows[0]?.row ?? null;
    },
    async find(kind, where) {
      const { rows } = await query<{ row: never }>('SELECT row FROM auth_rows WHERE kind = $1 AND row @> $2::jsonb ORDER BY seq', [
        kind,
        JSON.stringify(where),
      ]);
      return rows.map((r) => r.row);
    },
    async remove(kind, where) {
      const { rowCount } = await query('DELETE FROM auth_rows WHERE kind = $1 AND row @> $2::jsonb', [kind, JSON.stringify(where)]);
      return rowCount ?? 0;
    },
  };
}
