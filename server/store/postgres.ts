/**
 * The PostgreSQL store (for teams and several server instances), selected by DATABASE_URL.
 * The schema is created by migrations at start-up; rows that change together (an app and
 * its new version) change in one transaction; specs, values and messages are JSONB;
 * search, sort and paging run in SQL.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Store } from './store';
import type { AuditEntry, RunRow, StoredApp } from './records';
import { StoreError } from '../../agent/ports/store-error';
import { refuseUnstorable } from './storable';
import { revokeLinksWithApp } from './public-link-lifecycle';
import { summarizeRun, type RunSummary } from './run-summary';
import { auditLimit, checkSaveAllowed, refusal, runPage } from './store-rules';
import { migrate } from './postgres/migrations';
import { recordListSql } from './postgres/record-query';
import { postgresAuthTables } from './postgres/auth-tables';
import { createAccountStore } from './auth-store';
import { postgresSpendLedger } from './postgres/spend-tables';
import { postgresWaitingRuns } from './postgres/waiting-runs';
import { postgresTrialLog } from './postgres/trial-tables';
import { postgresKnowledge } from './postgres/knowledge-tables';
import {
  toApp,
  toAudit,
  toConversation,
  toRecord,
  toVersion,
  type AppDbRow,
  type AuditDbRow,
  type ConversationDbRow,
  type RecordDbRow,
  type VersionDbRow,
} from './postgres/rows';

const now = (): string => new Date().toISOString();
const json = (value: unknown): string => JSON.stringify(value);

export async function openPostgresStore(options: { url: string; maxConnections?: number }): Promise<Store> {
  const where = describeUrl(options.url);
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unavailable(where, error);
  }

  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> => {
    try {
      return await pool.query<R>(text, values);
    } catch (error) {
      throw translate(where, error);
    }
  };
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw translate(where, error);
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A refusal or an SQL error leaves the connection usable; anything else (a reset socket) does not.
      const code = (error as { code?: unknown }).code;
      broken = !(error instanceof StoreError) && !(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
      await client.query('ROLLBACK').catch(() => undefined);
      throw translate(where, error);
    } finally {
      client.release(broken);
    }
  };

  return revokeLinksWithApp(
    refuseUnstorable({
      accounts: createAccountStore(postgresAuthTables(query)),
      spend: postgresSpendLedger(query),
      waiting: postgresWaitingRuns(query),
      trials: postgresTrialLog(query),
      knowledge: postgresKnowledge(query, transaction),
      async createApp({ workspaceId, spec, createdBy, note }) {
        const id = randomUUID();
        const at = now();
        return transaction(async (client) => {
          const inserted = await client.query<AppDbRow>(
            `INSERT INTO apps (id, workspace_id, slug, version, spec, created_at, updated_at)
             VALUES ($1, $2, $3, 1, $4::jsonb, $5, $5) ON CONFLICT (slug) DO NOTHING RETURNING *`,
            [id, workspaceId, spec.slug, json(spec), at],
          );
          if (inserted.rowCount === 0) throw refusal.slugTaken(spec.slug);
          await client.query(
            `INSERT INTO app_versions (app_id, version, spec, note, created_by, created_at) VALUES ($1, 1, $2::jsonb, $3, $4, $5)`,
            [id, json(spec), note ?? 'created', createdBy, at],
          );
          return toApp(inserted.rows[0]!);
        });
      },
      async getApp(slug) {
        const { rows } = await query<AppDbRow>('SELECT * FROM apps WHERE slug = $1', [slug]);
        return rows[0] ? toApp(rows[0]) : null;
      },
      async listApps(workspaceId) {
        const { rows } = await query<AppDbRow>(
          `SELECT * FROM apps WHERE $1::text IS NULL OR workspace_id = $1 ORDER BY updated_at DESC, seq DESC`,
          [workspaceId ?? null],
        );
        return rows.map(toApp);
      },
      async saveAppVersion({ slug, spec, note, createdBy, expectedVersion }) {
        return transaction(async (client) => {
          const current = await client.query<AppDbRow>('SELECT * FROM apps WHERE slug = $1 FOR UPDATE', [slug]);
          if (!current.rows[0]) throw refusal.appNotFound(slug);
          const app: StoredApp = toApp(current.rows[0]);
          checkSaveAllowed(app, spec, expectedVersion);
          const at = now();
          const updated = await client.query<AppDbRow>(
            'UPDATE apps SET version = version + 1, spec = $2::jsonb, updated_at = $3 WHERE id = $1 RETURNING *',
            [app.id, json(spec), at],
          );
          const saved = toApp(updated.rows[0]!);
          await client.query(
            `INSERT INTO app_versions (app_id, version, spec, note, created_by, created_at) VALUES ($1, $2, $3::jsonb, $4, $5, $6)`,
            [app.id, saved.version, json(spec), note, createdBy, at],
          );
          return saved;
        });
      },
      async listAppVersions(slug) {
        const { rows } = await query<VersionDbRow & { found: boolean }>(
          `SELECT v.*, true AS found FROM apps a LEFT JOIN app_versions v ON v.app_id = a.id WHERE a.slug = $1 ORDER BY v.version`,
          [slug],
        );
        if (rows.length === 0) throw refusal.appNotFound(slug);
        return rows.filter((row) => row.app_id !== null).map(toVersion);
      },
      async getAppVersion(slug, version) {
        const { rows } = await query<VersionDbRow>(
          'SELECT v.* FROM app_versions v JOIN apps a ON a.id = v.app_id WHERE a.slug = $1 AND v.version = $2',
          [slug, version],
        );
        return rows[0] ? toVersion(rows[0]) : null;
      },
      async deleteApp(slug) {
        // Versions, records and runs go with it (ON DELETE CASCADE), in one statement.
        const { rowCount } = await query('DELETE FROM apps WHERE slug = $1', [slug]);
        if (rowCount === 0) throw refusal.appNotFound(slug);
      },

      async createConversation({ workspaceId, appSlug, id }) {
        const at = now();
        const { rows } = await query<ConversationDbRow>(
          `INSERT INTO conversations (id, workspace_id, app_slug, messages, created_at, updated_at)
         VALUES ($1, $2, $3, '[]', $4, $4) ON CONFLICT (id) DO NOTHING RETURNING *`,
          [id ?? randomUUID(), workspaceId, appSlug ?? null, at],
        );
        if (!rows[0]) throw refusal.conversationIdTaken(id ?? '');
        return toConversation(rows[0]);
      },
      async getConversation(id) {
        const { rows } = await query<ConversationDbRow>('SELECT * FROM conversations WHERE id = $1', [id]);
        return rows[0] ? toConversation(rows[0]) : null;
      },
      async appendMessages(id, messages) {
        // One statement: concurrent appends each extend the list, none overwrites another.
        const { rows } = await query<ConversationDbRow>(
          'UPDATE conversations SET messages = messages || $2::jsonb, updated_at = $3 WHERE id = $1 RETURNING *',
          [id, json(messages), now()],
        );
        if (!rows[0]) throw refusal.conversationNotFound(id);
        return toConversation(rows[0]);
      },
      async setConversationApp(id, appSlug) {
        const { rowCount } = await query('UPDATE conversations SET app_slug = $2, updated_at = $3 WHERE id = $1', [id, appSlug, now()]);
        if (rowCount === 0) throw refusal.conversationNotFound(id);
      },
      async listConversations(workspaceId) {
        const { rows } = await query<ConversationDbRow>(
          'SELECT * FROM conversations WHERE workspace_id = $1 ORDER BY updated_at DESC, seq DESC',
          [workspaceId],
        );
        return rows.map(toConversation);
      },

      async insertRecord({ appId, collection, values, createdBy }) {
        const at = now();
        try {
          const { rows } = await query<RecordDbRow>(
            `INSERT INTO records (id, app_id, collection, data, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4::jsonb, $5, $6, $6) RETURNING *`,
            [randomUUID(), appId, collection, json(values), createdBy, at],
          );
          return toRecord(rows[0]!);
        } catch (error) {
          throw isForeignKeyError(error) ? refusal.appIdNotFound(appId) : error;
        }
      },
      async insertRecords({ appId, collection, rows, createdBy }) {
        const ids = rows.map(() => randomUUID());
        try {
          // One statement: every row or none. The values go as one JSON array (no array-literal
          // escaping of each row); WITH ORDINALITY keeps the file's order in seq.
          await query(
            `INSERT INTO records (id, app_id, collection, data, created_by, created_at, updated_at)
           SELECT ($1::text[])[t.n], $3, $4, t.data, $5, $6, $6 FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(data, n) ORDER BY t.n`,
            [ids, json(rows), appId, collection, createdBy, now()],
          );
          return ids;
        } catch (error) {
          throw isForeignKeyError(error) ? refusal.appIdNotFound(appId) : error;
        }
      },
      async getRecord(id) {
        const { rows } = await query<RecordDbRow>('SELECT * FROM records WHERE id = $1', [id]);
        return rows[0] ? toRecord(rows[0]) : null;
      },
      async updateRecord(id, values) {
        // Merges the given values into the stored ones, atomically.
        const { rows } = await query<RecordDbRow>(
          'UPDATE records SET data = data || $2::jsonb, updated_at = $3 WHERE id = $1 RETURNING *',
          [id, json(values), now()],
        );
        if (!rows[0]) throw refusal.recordNotFound(id);
        return toRecord(rows[0]);
      },
      async deleteRecord(id) {
        const { rowCount } = await query('DELETE FROM records WHERE id = $1', [id]);
        if (rowCount === 0) throw refusal.recordNotFound(id);
      },
      async listRecords(appId, collection, options) {
        const sql = recordListSql(appId, collection, options);
        // No stored value holds U+0000 (refused on write), and PostgreSQL cannot take it as a parameter.
        if (options?.search?.includes('\u0000')) return { items: [], total: 0 };
        const [page, count] = await Promise.all([
          query<RecordDbRow>(sql.page.text, sql.page.values),
          query<{ total: string }>(sql.count.text, sql.count.values),
        ]);
        return { items: page.rows.map(toRecord), total: Number(count.rows[0]?.total ?? 0) };
      },

      async saveRun(run: RunRow) {
        try {
          const { rowCount } = await query(
            `INSERT INTO runs (id, app_id, started_at, status, run, summary) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)
           ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, status = excluded.status, run = excluded.run, summary = excluded.summary
           WHERE runs.app_id = excluded.app_id`,
            [run.id, run.appId, run.startedAt, run.status, json(run), json(summarizeRun(run))],
          );
          if (rowCount === 0) throw refusal.runOfAnotherApp(run.id);
        } catch (error) {
          throw isForeignKeyError(error) ? refusal.appIdNotFound(run.appId) : error;
        }
      },
      async getRun(id) {
        const { rows } = await query<{ run: RunRow }>('SELECT run FROM runs WHERE id = $1', [id]);
        return rows[0]?.run ?? null;
      },
      async listRuns(appId, options) {
        const { offset, limit } = runPage(options);
        const [page, count] = await Promise.all([
          query<{ summary: RunSummary }>(
            'SELECT summary FROM runs WHERE app_id = $1 ORDER BY started_at DESC, seq DESC LIMIT $2 OFFSET $3',
            [appId, limit, offset],
          ),
          query<{ total: string }>('SELECT total FROM run_counts WHERE app_id = $1', [appId]),
        ]);
        return { items: page.rows.map((row) => row.summary), total: Number(count.rows[0]?.total ?? 0) };
      },

      async getState<T>(key: string) {
        const { rows } = await query<{ value: T }>('SELECT value FROM state WHERE key = $1', [key]);
        return rows[0] ? rows[0].value : null;
      },
      async setState<T>(key: string, value: T) {
        await query('INSERT INTO state (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
          key,
          json(value),
        ]);
      },
      async compareAndSetState<T>(key: string, expected: T | null, next: T) {
        const { rowCount } =
          expected === null
            ? await query('INSERT INTO state (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [key, json(next)])
            : await query('UPDATE state SET value = $3::jsonb WHERE key = $1 AND value = $2::jsonb', [key, json(expected), json(next)]);
        return rowCount === 1;
      },

      async appendAudit(entry) {
        const { rows } = await query<AuditDbRow>(
          `INSERT INTO audit (id, workspace_id, actor_id, action, target, detail, at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING *`,
          [randomUUID(), entry.workspaceId, entry.actorId, entry.action, entry.target, json(entry.detail), now()],
        );
        return toAudit(rows[0]!);
      },
      async listAudit(workspaceId, options) {
        const { rows } = await query<AuditDbRow>('SELECT * FROM audit WHERE workspace_id = $1 ORDER BY seq DESC LIMIT $2', [
          workspaceId,
          auditLimit(options),
        ]);
        return rows.map(toAudit) satisfies AuditEntry[];
      },

      async close() {
        await pool.end();
      },
    }),
  );
}

const isForeignKeyError = (error: unknown): boolean => (error as { cause?: { code?: string } }).cause?.code === '23503';

/** host:port/database, never the password. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the server in DATABASE_URL';
  }
}

function unavailable(where: string, error: unknown): StoreError {
  return new StoreError(
    'unavailable',
    `PostgreSQL at ${where} could not be used (${(error as Error).message}); check DATABASE_URL and that the server is running.`,
    { cause: error },
  );
}

/**
 * Keeps StoreErrors; a data exception (SQLSTATE class 22: a malformed timestamp, a value
 * PostgreSQL cannot hold) is the caller's 'invalid'; anything else is 'unavailable'. The
 * database error stays attached as the cause.
 */
function translate(where: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('22')) {
    return new StoreError('invalid', `PostgreSQL refused a value (${(error as Error).message}); correct it and try again.`, {
      cause: error,
    });
  }
  return unavailable(where, error);
}
