/**
 * The embedded default store, in a data folder:
 *   store.json                          apps + versions, conversations, state (lowdb, atomic writes)
 *   apps/<appId>/records-<coll>.jsonl   records of one collection (append-only log)
 *   apps/<appId>/runs.jsonl             runs of one app (append-only log)
 *   audit.jsonl                         audit log (append-only log)
 * Every method resolves only after its change is fsynced; concurrent changes share one
 * write (group commit). Built on `new Low(adapter, defaults)` directly — lowdb's node preset
 * swaps in memory storage under NODE_ENV=test, so tests would never touch disk.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ChatMessage } from '../../agent/providers/messages';
import type { Store } from './store';
import type { AuditEntry, Conversation, RecordRow, RecordValues, RunRow, StoredApp } from './records';
import { StoreError } from './store-error';
import { queryRecords } from './record-order';
import { auditLimit, checkSaveAllowed, runPage } from './store-rules';
import { ensureDir } from './lowdb/atomic-file';
import { acquireDataLock } from './lowdb/data-lock';
import { openMainFile } from './lowdb/main-file';
import { AppTables } from './lowdb/app-tables';
import { LogTable } from './lowdb/log-table';
import { openAuthFile } from './lowdb/auth-file';
import { createAccountStore } from './auth-store';

const now = (): string => new Date().toISOString();
const clone = <T>(value: T): T => structuredClone(value);
const copyRecord = (row: RecordRow): RecordRow => ({ ...row, values: { ...row.values } });

export async function openLowdbStore(options: { dir: string }): Promise<Store> {
  await ensureDir(options.dir);
  const releaseLock = await acquireDataLock(options.dir);
  try {
    return await openUnlocked(options.dir, releaseLock);
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

async function openUnlocked(dir: string, releaseLock: () => Promise<void>): Promise<Store> {
  const main = await openMainFile(dir);
  const data = main.data;
  const tables = await AppTables.load(join(dir, 'apps'), data.apps.map((app) => app.id));
  const audit = await LogTable.open<AuditEntry>({ path: join(dir, 'audit.jsonl'), check: checkAudit });
  const auth = await openAuthFile(dir);

  /** Applies a change to the main file and resolves once it is on disk. */
  const change = <T>(apply: () => T): Promise<T> => {
    main.assertWritable();
    const result = apply();
    return main.commit().then(() => result);
  };
  const appBySlug = (slug: string): StoredApp => {
    const app = data.apps.find((a) => a.slug === slug);
    if (!app) throw new StoreError('not-found', `There is no app with slug '${slug}'; check the slug or list the apps.`);
    return app;
  };
  const appById = (id: string): StoredApp => {
    const app = data.apps.find((a) => a.id === id);
    if (!app) throw new StoreError('not-found', `There is no app with id '${id}'; it may have been deleted.`);
    return app;
  };
  const conversationById = (id: string): Conversation => {
    const conversation = data.conversations.find((c) => c.id === id);
    if (!conversation) throw new StoreError('not-found', `There is no conversation with id '${id}'; start a new one.`);
    return conversation;
  };
  const recordTableOf = (id: string): LogTable<RecordRow> => {
    const table = tables.recordIndex.get(id);
    if (!table) throw new StoreError('not-found', `There is no record with id '${id}'; it may have been deleted.`);
    return table;
  };

  return {
    accounts: createAccountStore(auth.tables),
    async createApp({ workspaceId, spec, createdBy, note }) {
      return change(() => {
        if (data.apps.some((a) => a.slug === spec.slug)) {
          throw new StoreError('conflict', `An app with slug '${spec.slug}' already exists; choose another slug.`);
        }
        const at = now();
        const app: StoredApp = { id: randomUUID(), workspaceId, slug: spec.slug, version: 1, spec: clone(spec), createdAt: at, updatedAt: at };
        data.apps.push(app);
        data.versions.push({ appId: app.id, version: 1, spec: clone(spec), note: note ?? 'created', createdBy, createdAt: at });
        return clone(app);
      });
    },
    async getApp(slug) {
      const app = data.apps.find((a) => a.slug === slug);
      return app ? clone(app) : null;
    },
    async listApps(workspaceId) {
      return recentlyChangedFirst(data.apps.filter((a) => workspaceId === undefined || a.workspaceId === workspaceId)).map(clone);
    },
    async saveAppVersion({ slug, spec, note, createdBy, expectedVersion }) {
      return change(() => {
        const app = appBySlug(slug);
        checkSaveAllowed(app, spec, expectedVersion);
        const at = now();
        app.version += 1;
        app.spec = clone(spec);
        app.updatedAt = at;
        data.versions.push({ appId: app.id, version: app.version, spec: clone(spec), note, createdBy, createdAt: at });
        return clone(app);
      });
    },
    async listAppVersions(slug) {
      const app = appBySlug(slug);
      return data.versions.filter((v) => v.appId === app.id).sort((a, b) => a.version - b.version).map(clone);
    },
    async getAppVersion(slug, version) {
      const app = data.apps.find((a) => a.slug === slug);
      const found = app && data.versions.find((v) => v.appId === app.id && v.version === version);
      return found ? clone(found) : null;
    },
    async deleteApp(slug) {
      const app = await change(() => {
        const found = appBySlug(slug);
        data.apps.splice(data.apps.indexOf(found), 1);
        data.versions = data.versions.filter((v) => v.appId !== found.id);
        return found;
      });
      // The app is gone from store.json first; its folder of records and runs follows.
      await tables.deleteApp(app.id);
    },

    async createConversation({ workspaceId, appSlug }) {
      return change(() => {
        const at = now();
        const conversation: Conversation = { id: randomUUID(), workspaceId, appSlug: appSlug ?? null, messages: [], createdAt: at, updatedAt: at };
        data.conversations.push(conversation);
        return clone(conversation);
      });
    },
    async getConversation(id) {
      const conversation = data.conversations.find((c) => c.id === id);
      return conversation ? clone(conversation) : null;
    },
    async appendMessages(id, messages: ChatMessage[]) {
      return change(() => {
        const conversation = conversationById(id);
        conversation.messages.push(...clone(messages));
        conversation.updatedAt = now();
        return clone(conversation);
      });
    },
    async setConversationApp(id, appSlug) {
      await change(() => {
        const conversation = conversationById(id);
        conversation.appSlug = appSlug;
        conversation.updatedAt = now();
      });
    },
    async listConversations(workspaceId) {
      return recentlyChangedFirst(data.conversations.filter((c) => c.workspaceId === workspaceId)).map(clone);
    },

    async insertRecord({ appId, collection, values, createdBy }) {
      appById(appId);
      const table = await tables.recordTable(appId, collection);
      appById(appId); // deleted while its table was opening
      const at = now();
      const record: RecordRow = { id: randomUUID(), appId, collection, values: { ...values }, createdBy, createdAt: at, updatedAt: at };
      tables.recordIndex.set(record.id, table);
      await table.put(record);
      return copyRecord(record);
    },
    async getRecord(id) {
      const record = tables.recordIndex.get(id)?.rows.get(id);
      return record ? copyRecord(record) : null;
    },
    async updateRecord(id, values: RecordValues) {
      const table = recordTableOf(id);
      const current = table.rows.get(id)!;
      const record: RecordRow = { ...current, values: { ...current.values, ...values }, updatedAt: now() };
      await table.put(record);
      return copyRecord(record);
    },
    async deleteRecord(id) {
      const table = recordTableOf(id);
      tables.recordIndex.delete(id);
      await table.delete(id);
    },
    async listRecords(appId, collection, query) {
      const table = tables.existingRecordTable(appId, collection);
      if (!table) return { items: [], total: 0 };
      const page = queryRecords(table.list(), query);
      return { items: page.items.map(copyRecord), total: page.total };
    },

    async saveRun(run: RunRow) {
      appById(run.appId);
      const owner = tables.runIndex.get(run.id);
      if (owner && owner.rows.get(run.id)?.appId !== run.appId) {
        throw new StoreError('conflict', `Run '${run.id}' belongs to another app; give the new run its own id.`);
      }
      const table = await tables.runTable(run.appId);
      appById(run.appId);
      tables.runIndex.set(run.id, table);
      await table.put(clone(run));
    },
    async getRun(id) {
      const run = tables.runIndex.get(id)?.rows.get(id);
      return run ? clone(run) : null;
    },
    async listRuns(appId, options) {
      const rows = tables.existingRunTable(appId)?.list() ?? [];
      const order = rows.map((row, seq) => ({ row, seq }));
      order.sort((a, b) => (a.row.startedAt < b.row.startedAt ? 1 : a.row.startedAt > b.row.startedAt ? -1 : b.seq - a.seq));
      const { offset, limit } = runPage(options);
      return { items: order.slice(offset, offset + limit).map((entry) => clone(entry.row)), total: rows.length };
    },

    async getState<T>(key: string) {
      return Object.hasOwn(data.state, key) ? clone(data.state[key] as T) : null;
    },
    async setState<T>(key: string, value: T) {
      await change(() => {
        data.state[key] = clone(value);
      });
    },

    async appendAudit(entry) {
      const row: AuditEntry = { ...clone(entry), id: randomUUID(), at: now() };
      await audit.put(row);
      return clone(row);
    },
    async listAudit(workspaceId, options) {
      const limit = auditLimit(options);
      const rows = audit.list();
      const out: AuditEntry[] = [];
      for (let i = rows.length - 1; i >= 0 && out.length < limit; i -= 1) {
        if (rows[i]!.workspaceId === workspaceId) out.push(clone(rows[i]!));
      }
      return out;
    },

    async close() {
      await main.idle();
      await auth.idle();
      await tables.close();
      await audit.close();
      await releaseLock();
    },
  };
}

/** Most recently changed first; ties keep the later-created first (as PostgreSQL's seq does). */
function recentlyChangedFirst<T extends { updatedAt: string }>(rows: T[]): T[] {
  return rows
    .map((row, seq) => ({ row, seq }))
    .sort((a, b) => (a.row.updatedAt < b.row.updatedAt ? 1 : a.row.updatedAt > b.row.updatedAt ? -1 : b.seq - a.seq))
    .map((entry) => entry.row);
}

function checkAudit(row: unknown): asserts row is AuditEntry {
  const r = row as Partial<AuditEntry> | null;
  if (!r || typeof r.id !== 'string' || typeof r.workspaceId !== 'string' || typeof r.action !== 'string' || typeof r.at !== 'string') {
    throw new Error('the row is not an audit entry (id, workspaceId, action, at)');
  }
}
