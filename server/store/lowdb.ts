/**
 * The embedded default store: lowdb JSON in the data folder. Built on `new Low(adapter,
 * defaults)` directly — lowdb's node preset swaps in memory storage under NODE_ENV=test,
 * so tests would never touch disk.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { AppSpec } from '../../agent/spec/app-spec';
import type { ChatMessage } from '../../agent/providers/messages';
import type { Store } from './store';
import type { AppVersion, AuditEntry, Conversation, RecordRow, RunRow, StoredApp } from './records';
import { StoreError } from './store-error';
import { queryRecords } from './record-order';

interface Data {
  apps: StoredApp[];
  versions: AppVersion[];
  conversations: Conversation[];
  records: RecordRow[];
  runs: RunRow[];
  state: Record<string, unknown>;
  audit: AuditEntry[];
}

const emptyData = (): Data => ({ apps: [], versions: [], conversations: [], records: [], runs: [], state: {}, audit: [] });
const now = (): string => new Date().toISOString();
const clone = <T>(value: T): T => structuredClone(value);

export async function openLowdbStore(options: { dir: string }): Promise<Store> {
  await mkdir(options.dir, { recursive: true });
  const db = new Low<Data>(new JSONFile<Data>(join(options.dir, 'store.json')), emptyData());
  await db.read();
  const data = db.data;
  const persist = (): Promise<void> => db.write();

  const findApp = (slug: string): StoredApp => {
    const app = data.apps.find((a) => a.slug === slug);
    if (!app) throw new StoreError('not-found', `There is no app with slug '${slug}'; check the slug or list the apps.`);
    return app;
  };
  const findAppById = (id: string): StoredApp => {
    const app = data.apps.find((a) => a.id === id);
    if (!app) throw new StoreError('not-found', `There is no app with id '${id}'; it may have been deleted.`);
    return app;
  };
  const findConversation = (id: string): Conversation => {
    const conversation = data.conversations.find((c) => c.id === id);
    if (!conversation) throw new StoreError('not-found', `There is no conversation with id '${id}'; start a new one.`);
    return conversation;
  };
  const findRecord = (id: string): RecordRow => {
    const record = data.records.find((r) => r.id === id);
    if (!record) throw new StoreError('not-found', `There is no record with id '${id}'; it may have been deleted.`);
    return record;
  };
  const newestFirst = <T extends { updatedAt: string }>(rows: T[]): T[] =>
    rows
      .map((row, seq) => ({ row, seq }))
      .sort((a, b) => (a.row.updatedAt < b.row.updatedAt ? 1 : a.row.updatedAt > b.row.updatedAt ? -1 : b.seq - a.seq))
      .map((entry) => clone(entry.row));

  const store: Store = {
    async createApp({ workspaceId, spec, createdBy, note }) {
      if (data.apps.some((a) => a.slug === spec.slug)) {
        throw new StoreError('conflict', `An app with slug '${spec.slug}' already exists; choose another slug.`);
      }
      const at = now();
      const app: StoredApp = { id: randomUUID(), workspaceId, slug: spec.slug, version: 1, spec: clone(spec), createdAt: at, updatedAt: at };
      data.apps.push(app);
      data.versions.push({ appId: app.id, version: 1, spec: clone(spec), note: note ?? 'created', createdBy, createdAt: at });
      await persist();
      return clone(app);
    },
    async getApp(slug) {
      const app = data.apps.find((a) => a.slug === slug);
      return app ? clone(app) : null;
    },
    async listApps(workspaceId) {
      return newestFirst(data.apps.filter((a) => workspaceId === undefined || a.workspaceId === workspaceId));
    },
    async saveAppVersion({ slug, spec, note, createdBy, expectedVersion }) {
      const app = findApp(slug);
      checkSaveAllowed(app, spec, expectedVersion);
      const at = now();
      app.version += 1;
      app.spec = clone(spec);
      app.updatedAt = at;
      data.versions.push({ appId: app.id, version: app.version, spec: clone(spec), note, createdBy, createdAt: at });
      await persist();
      return clone(app);
    },
    async listAppVersions(slug) {
      const app = findApp(slug);
      return data.versions.filter((v) => v.appId === app.id).sort((a, b) => a.version - b.version).map(clone);
    },
    async getAppVersion(slug, version) {
      const app = data.apps.find((a) => a.slug === slug);
      const found = app && data.versions.find((v) => v.appId === app.id && v.version === version);
      return found ? clone(found) : null;
    },
    async deleteApp(slug) {
      const app = findApp(slug);
      data.apps = data.apps.filter((a) => a.id !== app.id);
      data.versions = data.versions.filter((v) => v.appId !== app.id);
      data.records = data.records.filter((r) => r.appId !== app.id);
      data.runs = data.runs.filter((r) => r.appId !== app.id);
      await persist();
    },

    async createConversation({ workspaceId, appSlug }) {
      const at = now();
      const conversation: Conversation = { id: randomUUID(), workspaceId, appSlug: appSlug ?? null, messages: [], createdAt: at, updatedAt: at };
      data.conversations.push(conversation);
      await persist();
      return clone(conversation);
    },
    async getConversation(id) {
      const conversation = data.conversations.find((c) => c.id === id);
      return conversation ? clone(conversation) : null;
    },
    async appendMessages(id, messages: ChatMessage[]) {
      const conversation = findConversation(id);
      conversation.messages.push(...clone(messages));
      conversation.updatedAt = now();
      await persist();
      return clone(conversation);
    },
    async setConversationApp(id, appSlug) {
      const conversation = findConversation(id);
      conversation.appSlug = appSlug;
      conversation.updatedAt = now();
      await persist();
    },
    async listConversations(workspaceId) {
      return newestFirst(data.conversations.filter((c) => c.workspaceId === workspaceId));
    },

    async insertRecord({ appId, collection, values, createdBy }) {
      findAppById(appId);
      const at = now();
      const record: RecordRow = { id: randomUUID(), appId, collection, values: { ...values }, createdBy, createdAt: at, updatedAt: at };
      data.records.push(record);
      await persist();
      return clone(record);
    },
    async getRecord(id) {
      const record = data.records.find((r) => r.id === id);
      return record ? clone(record) : null;
    },
    async updateRecord(id, values) {
      const record = findRecord(id);
      record.values = { ...record.values, ...values };
      record.updatedAt = now();
      await persist();
      return clone(record);
    },
    async deleteRecord(id) {
      const record = findRecord(id);
      data.records = data.records.filter((r) => r !== record);
      await persist();
    },
    async listRecords(appId, collection, query) {
      const rows = data.records.filter((r) => r.appId === appId && r.collection === collection);
      const page = queryRecords(rows, query);
      return { items: page.items.map(clone), total: page.total };
    },

    async saveRun(run) {
      findAppById(run.appId);
      const index = data.runs.findIndex((r) => r.id === run.id);
      if (index >= 0) data.runs[index] = clone(run);
      else data.runs.push(clone(run));
      await persist();
    },
    async getRun(id) {
      const run = data.runs.find((r) => r.id === id);
      return run ? clone(run) : null;
    },
    async listRuns(appId, options) {
      const rows = data.runs
        .map((row, seq) => ({ row, seq }))
        .filter((entry) => entry.row.appId === appId)
        .sort((a, b) => (a.row.startedAt < b.row.startedAt ? 1 : a.row.startedAt > b.row.startedAt ? -1 : b.seq - a.seq));
      const { offset, limit } = runPage(options);
      return { items: rows.slice(offset, offset + limit).map((e) => clone(e.row)), total: rows.length };
    },

    async getState<T>(key: string) {
      return key in data.state ? clone(data.state[key] as T) : null;
    },
    async setState<T>(key: string, value: T) {
      data.state[key] = clone(value);
      await persist();
    },

    async appendAudit(entry) {
      const row: AuditEntry = { ...clone(entry), id: randomUUID(), at: now() };
      data.audit.push(row);
      await persist();
      return clone(row);
    },
    async listAudit(workspaceId, options) {
      const limit = auditLimit(options);
      const rows: AuditEntry[] = [];
      for (let i = data.audit.length - 1; i >= 0 && rows.length < limit; i -= 1) {
        const row = data.audit[i]!;
        if (row.workspaceId === workspaceId) rows.push(clone(row));
      }
      return rows;
    },

    async close() {
      await persist();
    },
  };
  return store;
}

/** Refuses a save that would lose someone else's change or rename the app. */
export function checkSaveAllowed(app: StoredApp, spec: AppSpec, expectedVersion: number | undefined): void {
  if (spec.slug !== app.slug) {
    throw new StoreError('conflict', `The spec's slug '${spec.slug}' differs from the app's slug '${app.slug}'; slugs never change, so keep '${app.slug}'.`);
  }
  if (expectedVersion !== undefined && expectedVersion !== app.version) {
    throw new StoreError(
      'conflict',
      `App '${app.slug}' is at version ${app.version}, not ${expectedVersion}; someone else changed it — reload it and apply your change again.`,
    );
  }
}

/** Runs: newest first, default 50, max 500. */
export function runPage(options: { offset?: number; limit?: number } | undefined): { offset: number; limit: number } {
  return {
    offset: Math.max(0, Math.floor(options?.offset ?? 0)),
    limit: Math.min(500, Math.max(1, Math.floor(options?.limit ?? 50))),
  };
}

/** Audit: newest first, default 100, max 1000. */
export function auditLimit(options: { limit?: number } | undefined): number {
  return Math.min(1000, Math.max(1, Math.floor(options?.limit ?? 100)));
}
