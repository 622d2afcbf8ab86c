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
 *   trials.jsonl                        model trials (append-only log)
 *   accounts.json                       users, workspaces, sessions (see lowdb/auth-file.ts)
 * Every method resolves only after its change is fsynced; concurrent changes share one
 * write (group commit). Built on `new Low(adapter, defaults)` directly — lowdb's node preset
 * swaps in memory storage under NODE_ENV=test, so tests would never touch disk.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ChatMessage } from '../../agent/providers/messages';
import { newConversation } from '../../agent/ports/conversations';
import type { Store } from './store';
import type { AuditEntry, Conversation, RecordRow, RecordValues, RunRow, StoredApp } from './records';
import { refuseUnstorable } from './storable';
import { revokeLinksWithApp } from './public-link-lifecycle';
import { auditLimit, refusal, runPage } from './store-rules';
import { ensureDir } from './lowdb/atomic-file';
import { acquireDataLock } from './lowdb/data-lock';
import { openMainFile, type MainFile } from './lowdb/main-file';
import { lowdbApps, recentlyChangedFirst } from './lowdb/apps';
import { jsonCopy } from './lowdb/json-copy';
import { AppTables } from './lowdb/app-tables';
import { LogTable } from './lowdb/log-table';
import { queryRecordLog, type RecordLog } from './lowdb/record-log';
import { openAuthFile } from './lowdb/auth-file';
import { createAccountStore } from './auth-store';
import { openLowdbSpendLedger } from './lowdb/spend';
import { lowdbWaitingRuns } from './lowdb/waiting-runs';
import { openLowdbTrialLog } from './lowdb/trials';
import { openLowdbKnowledge } from './lowdb/knowledge';

const now = (): string => new Date().toISOString();
const clone = <T>(value: T): T => structuredClone(value);

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
      for (const id of log?.keys() ?? []) {
        const run = wanted(id) ? await log?.get(id) : null;
        if (run) yield { app, run };
      }
    }
  });
  const trials = await openLowdbTrialLog(dir);
  const appsPort = lowdbApps(apps, tables);
  const knowledge = openLowdbKnowledge(join(dir, 'apps'));

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
  const recordTableOf = (id: string): RecordLog => {
    const table = tables.recordIndex.get(id);
    // A row whose insert failed was rolled back from its table, not from the index.
    if (!table?.has(id)) throw refusal.recordNotFound(id);
    return table;
  };

  const saveRun = async (run: RunRow): Promise<void> => {
    appById(run.appId);
    const owner = tables.runIndex.get(run.id);
    if (owner && owner.summary(run.id)?.appId !== run.appId) {
      throw refusal.runOfAnotherApp(run.id);
    }
    const table = await tables.runTable(run.appId);
    appById(run.appId);
    tables.runIndex.set(run.id, table);
    await table.put(clone(run));
  };

  return revokeLinksWithApp(
    refuseUnstorable({
      accounts: createAccountStore(auth.tables),
      spend,
      trials,
      knowledge,
      ...appsPort,
      async deleteApp(slug) {
        const id = apps.list().find((a) => a.slug === slug)?.id;
        await appsPort.deleteApp(slug);
        if (id) {
          await trials.deleteTrialsOf(id);
          await knowledge.forget(id);
        }
      },

      async createConversation(input) {
        if (input.id !== undefined && conversations.rows.has(input.id)) throw refusal.conversationIdTaken(input.id);
        const conversation = newConversation(input, now());
        await conversations.put(conversation);
        return jsonCopy(conversation);
      },
      // Conversations are JSON data, as the log reads them back: a JSON-data copy, not a structuredClone.
      async getConversation(id) {
        const conversation = conversations.rows.get(id);
        return conversation ? jsonCopy(conversation) : null;
      },
      async appendMessages(id, messages: ChatMessage[]) {
        // Read and put with no await between: concurrent appends each build on the last.
        const current = conversationById(id);
        const conversation: Conversation = { ...current, messages: [...current.messages, ...jsonCopy(messages)], updatedAt: now() };
        await conversations.put(conversation);
        return jsonCopy(conversation);
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
        return { ...record, values: { ...values } };
      },
      async insertRecords({ appId, collection, rows, createdBy }) {
        appById(appId);
        const table = await tables.recordTable(appId, collection);
        appById(appId);
        const at = now();
        const records = rows.map(
          (values): RecordRow => ({ id: randomUUID(), appId, collection, values: { ...values }, createdBy, createdAt: at, updatedAt: at }),
        );
        // Put with no await between: one group commit, so a failed write undoes the whole batch.
        const writes = records.map((record) => {
          tables.recordIndex.set(record.id, table);
          return table.put(record);
        });
        await Promise.all(writes);
        return records.map((record) => record.id);
      },
      async getRecord(id) {
        return (await tables.recordIndex.get(id)?.get(id)) ?? null;
      },
      async updateRecord(id, values: RecordValues) {
        const record = await recordTableOf(id).update(id, (current) => ({
          ...current,
          values: { ...current.values, ...values },
          updatedAt: now(),
        }));
        // Deleted while it was being read.
        if (!record) throw refusal.recordNotFound(id);
        return { ...record, values: { ...record.values } };
      },
      async deleteRecord(id) {
        const table = recordTableOf(id);
        await table.delete(id);
        if (!table.has(id)) tables.recordIndex.delete(id);
      },
      async listRecords(appId, collection, query) {
        return queryRecordLog(tables.existingRecordTable(appId, collection), query);
      },

      saveRun,
      waiting: lowdbWaitingRuns(tables, () => apps.rows.keys(), saveRun),
      async getRun(id) {
        return (await tables.runIndex.get(id)?.get(id)) ?? null;
      },
      async listRuns(appId, options) {
        const table = tables.existingRunTable(appId);
        const { offset, limit } = runPage(options);
        // Summaries are shared, never mutated: a shallow copy each is enough.
        return {
          items: (table?.newest(offset, limit) ?? []).map(({ summary }) => ({ ...summary, trigger: { ...summary.trigger } })),
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
      async compareAndSetState<T>(key: string, expected: T | null, next: T) {
        main.assertWritable();
        // Checked and set in one synchronous step: one process holds the data folder.
        const current = Object.hasOwn(data.state, key) ? data.state[key] : null;
        if (!isDeepStrictEqual(current, expected)) return false;
        data.state[key] = clone(next);
        await main.commit();
        return true;
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
        await trials.close();
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
