/**
 * The embedded default store, in a data folder:
 *   store.json                          keyed state (lowdb, atomic rewrite)
 *   apps.jsonl                          apps: current version + spec (append-only log)
 *   apps/<appId>/versions.jsonl         every version of the app's spec (append-only log)
 *   apps/<appId>/records-<coll>.jsonl   records of one collection (append-only log)
 *   apps/<appId>/runs.jsonl             runs of one app (append-only log)
 *   apps/<appId>/knowledge.jsonl        knowledge documents with their passages (see lowdb/knowledge.ts)
 *   conversations.jsonl                 builder conversations (append-only log)
 *   audit.jsonl                         audit log (append-only log)
 *   accounts.json                       users, workspaces, sessions (see lowdb/auth-file.ts)
 * Every method resolves only after its change is fsynced; concurrent changes share one
 * write (group commit). Built on `new Low(adapter, defaults)` directly — lowdb's node preset
 * swaps in memory storage under NODE_ENV=test, so tests would never touch disk.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ChatMessage } from '../../agent/providers/messages';
import type { Store } from './store';
import type { AuditEntry, Conversation, RecordRow, RecordValues, RunRow, StoredApp } from './records';
import { queryRecords } from './record-order';
import { refuseUnstorable } from './storable';
import { revokeLinksWithApp } from './public-link-lifecycle';
import { auditLimit, refusal, runPage } from './store-rules';
import { ensureDir } from './lowdb/atomic-file';
import { acquireDataLock } from './lowdb/data-lock';
import { openMainFile, type MainFile } from './lowdb/main-file';
import { lowdbApps, recentlyChangedFirst } from './lowdb/apps';
import { AppTables } from './lowdb/app-tables';
import { LogTable } from './lowdb/log-table';
import { openAuthFile } from './lowdb/auth-file';
import { createAccountStore } from './auth-store';
import { openLowdbSpendLedger } from './lowdb/spend';
import { openLowdbKnowledge } from './lowdb/knowledge';

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
  const apps = await LogTable.open<StoredApp>({ path: join(dir, 'apps.jsonl'), check: checkApp, key: (row) => row.id });
  await moveAppRows(main, apps);
  const tables = await AppTables.load(join(dir, 'apps'), [...apps.rows.keys()]);
  const audit = await LogTable.open<AuditEntry>({ path: join(dir, 'audit.jsonl'), check: checkAudit, key: (row) => row.id });
  const conversations = await LogTable.open<Conversation>({
    path: join(dir, 'conversations.jsonl'),
    check: checkConversation,
    key: (row) => row.id,
  });
  await moveLegacyRows(main, tables, conversations);
  const auth = await openAuthFile(dir);
  const spend = await openLowdbSpendLedger(dir, async function* (wanted) {
    for (const app of apps.rows.values()) {
      const log = tables.existingRunTable(app.id);
      for (const id of log?.ids() ?? []) {
        const run = wanted(id) ? await log?.get(id) : null;
        if (run) yield { app, run };
      }
    }
  });

  const knowledge = openLowdbKnowledge(join(dir, 'apps'));
  const appMethods = lowdbApps(apps, tables);

  const appById = (id: string): StoredApp => {
    const app = apps.rows.get(id);
    if (!app) throw refusal.appIdNotFound(id);
    return app;
  };
  const conversationById = (id: string): Conversation => {
    const conversation = conversations.rows.get(id);
    if (!conversation) throw refusal.conversationNotFound(id);
    return conversation;
  };
  const recordTableOf = (id: string): LogTable<RecordRow> => {
    const table = tables.recordIndex.get(id);
    // A row whose insert failed was rolled back from its table, not from the index.
    if (!table?.rows.has(id)) throw refusal.recordNotFound(id);
    return table;
  };

  return revokeLinksWithApp(
    refuseUnstorable({
      accounts: createAccountStore(auth.tables),
      spend,
      knowledge,
      ...appMethods,
      async deleteApp(slug) {
        const id = apps.list().find((a) => a.slug === slug)?.id;
        await appMethods.deleteApp(slug);
        if (id) await knowledge.forget(id);
      },

      async createConversation({ workspaceId, appSlug }) {
        const at = now();
        const conversation: Conversation = {
          id: randomUUID(),
          workspaceId,
          appSlug: appSlug ?? null,
          messages: [],
          createdAt: at,
          updatedAt: at,
        };
        await conversations.put(conversation);
        return clone(conversation);
      },
      async getConversation(id) {
        const conversation = conversations.rows.get(id);
        return conversation ? clone(conversation) : null;
      },
      async appendMessages(id, messages: ChatMessage[]) {
        // Read and put with no await between: concurrent appends each build on the last.
        const current = conversationById(id);
        const conversation: Conversation = { ...current, messages: [...current.messages, ...clone(messages)], updatedAt: now() };
        await conversations.put(conversation);
        return clone(conversation);
      },
      async setConversationApp(id, appSlug) {
        await conversations.put({ ...conversationById(id), appSlug, updatedAt: now() });
      },
      async listConversations(workspaceId) {
        return recentlyChangedFirst(conversations.list().filter((c) => c.workspaceId === workspaceId)).map(clone);
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
        await table.delete(id);
        if (!table.rows.has(id)) tables.recordIndex.delete(id);
      },
      async listRecords(appId, collection, query) {
        const page = queryRecords(tables.existingRecordTable(appId, collection)?.list() ?? [], query);
        return { items: page.items.map(copyRecord), total: page.total };
      },

      async saveRun(run: RunRow) {
        appById(run.appId);
        const owner = tables.runIndex.get(run.id);
        if (owner && owner.summary(run.id)?.appId !== run.appId) {
          throw refusal.runOfAnotherApp(run.id);
        }
        const table = await tables.runTable(run.appId);
        appById(run.appId);
        tables.runIndex.set(run.id, table);
        await table.put(clone(run));
      },
      async getRun(id) {
        return (await tables.runIndex.get(id)?.get(id)) ?? null;
      },
      async listRuns(appId, options) {
        const table = tables.existingRunTable(appId);
        const { offset, limit } = runPage(options);
        // Summaries are shared, never mutated: a shallow copy each is enough.
        return {
          items: (table?.page(offset, limit) ?? []).map((summary) => ({ ...summary, trigger: { ...summary.trigger } })),
          total: table?.size ?? 0,
        };
      },

      async getState<T>(key: string) {
        return Object.hasOwn(data.state, key) ? clone(data.state[key] as T) : null;
      },
      async setState<T>(key: string, value: T) {
        main.assertWritable();
        data.state[key] = clone(value);
        await main.commit();
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
        await apps.close();
        await conversations.close();
        await audit.close();
        await spend.close();
        await knowledge.close();
        await releaseLock();
      },
    }),
  );
}

/**
 * Files written while apps lived in store.json: their rows move to apps.jsonl, durably,
 * before store.json lets go of them (a crash in between moves them again, same ids).
 */
async function moveAppRows(main: MainFile, apps: LogTable<StoredApp>): Promise<void> {
  if (main.data.apps.length === 0) return;
  for (const app of main.data.apps) await apps.put(app);
  main.data.apps = [];
  await main.commit();
}

function checkApp(row: unknown): asserts row is StoredApp {
  const r = row as Partial<StoredApp> | null;
  if (
    !r ||
    typeof r.id !== 'string' ||
    typeof r.slug !== 'string' ||
    typeof r.version !== 'number' ||
    typeof r.spec !== 'object' ||
    r.spec === null
  ) {
    throw new Error('the row is not an app (id, slug, version, spec)');
  }
}

/** Files written before versions and conversations moved to logs: move them (idempotent if interrupted). */
async function moveLegacyRows(main: MainFile, tables: AppTables, conversations: LogTable<Conversation>): Promise<void> {
  const { versions, conversations: legacy } = main.data;
  if (!versions && !legacy) return;
  for (const version of versions ?? []) await (await tables.versionTable(version.appId)).put(version);
  for (const conversation of legacy ?? []) await conversations.put(conversation);
  delete main.data.versions;
  delete main.data.conversations;
  await main.commit();
}

function checkConversation(row: unknown): asserts row is Conversation {
  const r = row as Partial<Conversation> | null;
  if (
    !r ||
    typeof r.id !== 'string' ||
    typeof r.workspaceId !== 'string' ||
    !Array.isArray(r.messages) ||
    typeof r.updatedAt !== 'string'
  ) {
    throw new Error('the row is not a conversation (id, workspaceId, messages, updatedAt)');
  }
}

function checkAudit(row: unknown): asserts row is AuditEntry {
  const r = row as Partial<AuditEntry> | null;
  if (!r || typeof r.id !== 'string' || typeof r.workspaceId !== 'string' || typeof r.action !== 'string' || typeof r.at !== 'string') {
    throw new Error('the row is not an audit entry (id, workspaceId, action, at)');
  }
}
