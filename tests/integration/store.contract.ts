/**
 * The one behaviour every Store adapter must show. Each adapter's test file is a short
 * call: `runStoreContract({ name, open })`. A divergence is a named, reasoned skip.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppSpecSchema, type AppSpec } from '../../agent/spec/app-spec';
import type { Store } from '../../server/store/store';
import { StoreError } from '../../agent/ports/store-error';
import type { RecordRow, RecordValues, RunRow } from '../../server/store/records';
import { emptyUsage } from '../../agent/providers/usage';
import { runAccountContract } from './auth-store.contract';
import { runKnowledgeContract } from './knowledge.contract';

export interface StoreContractOptions {
  name: string;
  /** A fresh, empty store for each test; `reopen` opens the same data again after close. */
  open: () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> }>;
  skip?: { reason: string; tests: string[] }[];
}

export function specFor(slug: string, name = `App ${slug}`): AppSpec {
  return AppSpecSchema.parse({
    specVersion: 1,
    name,
    slug,
    model: { model: 'gpt-5-mini' },
    inputs: [{ name: 'topic', label: 'Topic', type: 'text' }],
    collections: [{ name: 'leads', label: 'Leads', fields: [{ name: 'company', label: 'Company', type: 'text' }] }],
  });
}

function runFor(appId: string, id: string, startedAt: string, status: RunRow['status'] = 'ok'): RunRow {
  return {
    id,
    appId,
    appVersion: 1,
    trigger: { kind: 'manual' },
    status,
    inputs: { topic: 'x' },
    steps: [],
    usage: emptyUsage(),
    costUsd: 0.0012,
    error: null,
    createdBy: null,
    startedAt,
    finishedAt: status === 'running' ? null : startedAt,
  };
}

async function expectStoreError(promise: Promise<unknown>, kind: StoreError['kind']): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).kind).toBe(kind);
  // Errors end as a plain sentence that tells the person what to do.
  expect((error as StoreError).message).toMatch(/\.$/);
  return error as StoreError;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 3));

export function runStoreContract(options: StoreContractOptions): void {
  const skipped = new Map<string, string>();
  for (const group of options.skip ?? []) for (const test of group.tests) skipped.set(test, group.reason);
  const test = (title: string, fn: () => Promise<void>): void => {
    if (skipped.has(title)) it.skip(`${title} (skipped: ${skipped.get(title)})`, fn);
    else it(title, fn);
  };

  describe(`Store contract: ${options.name}`, () => {
    let store: Store;
    let reopen: () => Promise<Store>;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, reopen, cleanup } = await options.open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    runAccountContract(
      () => store,
      () => reopen(),
      (next) => {
        store = next;
      },
    );
    runKnowledgeContract(
      () => store,
      () => reopen(),
      (next) => {
        store = next;
      },
    );

    describe('apps and versions', () => {
      test('createApp stores version 1 and getApp returns it', async () => {
        const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: 'u1' });
        expect(app).toMatchObject({ workspaceId: 'default', slug: 'crm', version: 1 });
        expect(app.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(app.spec).toEqual(specFor('crm'));
        expect(await store.getApp('crm')).toEqual(app);
        expect(await store.getApp('missing')).toBeNull();
        const versions = await store.listAppVersions('crm');
        expect(versions).toHaveLength(1);
        expect(versions[0]).toMatchObject({ appId: app.id, version: 1, createdBy: 'u1', spec: specFor('crm') });
      });

      test('a duplicate slug is a conflict that names the slug', async () => {
        await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
        const error = await expectStoreError(store.createApp({ workspaceId: 'other', spec: specFor('crm'), createdBy: null }), 'conflict');
        expect(error.message).toContain("'crm'");
        expect(await store.listApps()).toHaveLength(1);
      });

      test('saveAppVersion adds versions; restore is a save of an old spec', async () => {
        await store.createApp({ workspaceId: 'default', spec: specFor('crm', 'One'), createdBy: null, note: 'from template' });
        await store.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Two'), note: 'rename', createdBy: 'u2' });
        const v1 = await store.getAppVersion('crm', 1);
        expect(v1).toMatchObject({ version: 1, note: 'from template' });
        const restored = await store.saveAppVersion({
          slug: 'crm',
          spec: v1!.spec,
          note: 'restore version 1',
          createdBy: 'u2',
          expectedVersion: 2,
        });
        expect(restored.version).toBe(3);
        expect(restored.spec.name).toBe('One');
        expect((await store.getApp('crm'))!.spec.name).toBe('One');
        const versions = await store.listAppVersions('crm');
        expect(versions.map((v) => [v.version, v.spec.name, v.note])).toEqual([
          [1, 'One', 'from template'],
          [2, 'Two', 'rename'],
          [3, 'One', 'restore version 1'],
        ]);
        expect(await store.getAppVersion('crm', 9)).toBeNull();
        expect(await store.getAppVersion('nope', 1)).toBeNull();
      });

      test('a stale expectedVersion is a conflict and changes nothing', async () => {
        await store.createApp({ workspaceId: 'default', spec: specFor('crm', 'One'), createdBy: null });
        await store.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Two'), note: 'a', createdBy: null, expectedVersion: 1 });
        const error = await expectStoreError(
          store.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Three'), note: 'b', createdBy: null, expectedVersion: 1 }),
          'conflict',
        );
        expect(error.message).toContain('version 2');
        expect((await store.getApp('crm'))!.version).toBe(2);
        expect(await store.listAppVersions('crm')).toHaveLength(2);
      });

      test('concurrent saves with the same expectedVersion: exactly one wins', async () => {
        await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
        const results = await Promise.allSettled(
          [1, 2, 3, 4, 5].map((n) =>
            store.saveAppVersion({ slug: 'crm', spec: specFor('crm', `N${n}`), note: `n${n}`, createdBy: null, expectedVersion: 1 }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect((r.reason as StoreError).kind).toBe('conflict');
        expect(await store.listAppVersions('crm')).toHaveLength(2);
      });

      test('concurrent saves without expectedVersion get distinct version numbers', async () => {
        await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
        await Promise.all(
          [1, 2, 3, 4, 5].map((n) => store.saveAppVersion({ slug: 'crm', spec: specFor('crm', `N${n}`), note: `n${n}`, createdBy: null })),
        );
        const versions = await store.listAppVersions('crm');
        expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
        expect((await store.getApp('crm'))!.version).toBe(6);
      });

      test('changing the slug through saveAppVersion is refused', async () => {
        await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
        await expectStoreError(store.saveAppVersion({ slug: 'crm', spec: specFor('other'), note: 'x', createdBy: null }), 'conflict');
      });

      test('saving or listing versions of a missing app is not-found', async () => {
        await expectStoreError(store.saveAppVersion({ slug: 'ghost', spec: specFor('ghost'), note: 'x', createdBy: null }), 'not-found');
        await expectStoreError(store.listAppVersions('ghost'), 'not-found');
        await expectStoreError(store.deleteApp('ghost'), 'not-found');
      });

      test('listApps filters by workspace, most recently changed first', async () => {
        await store.createApp({ workspaceId: 'w1', spec: specFor('a'), createdBy: null });
        await tick();
        await store.createApp({ workspaceId: 'w2', spec: specFor('b'), createdBy: null });
        await tick();
        await store.createApp({ workspaceId: 'w1', spec: specFor('c'), createdBy: null });
        await tick();
        await store.saveAppVersion({ slug: 'a', spec: specFor('a', 'A2'), note: 'x', createdBy: null });
        expect((await store.listApps()).map((a) => a.slug)).toEqual(['a', 'c', 'b']);
        expect((await store.listApps('w1')).map((a) => a.slug)).toEqual(['a', 'c']);
        expect(await store.listApps('nobody')).toEqual([]);
      });

      test('deleteApp removes the app, its versions, records and runs', async () => {
        const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
        const record = await store.insertRecord({ appId: app.id, collection: 'leads', values: { company: 'Acme' }, createdBy: null });
        await store.saveRun(runFor(app.id, 'run-1', new Date().toISOString()));
        await store.deleteApp('crm');
        expect(await store.getApp('crm')).toBeNull();
        expect(await store.getAppVersion('crm', 1)).toBeNull();
        expect(await store.getRecord(record.id)).toBeNull();
        expect(await store.getRun('run-1')).toBeNull();
        // The slug is free again.
        const again = await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
        expect(again.version).toBe(1);
        expect((await store.listRecords(again.id, 'leads')).total).toBe(0);
      });

      test('returned objects are copies: mutating them does not change the store', async () => {
        const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm', 'One'), createdBy: null });
        app.spec.name = 'Changed';
        expect((await store.getApp('crm'))!.spec.name).toBe('One');
      });
    });

    describe('conversations', () => {
      test('create, append messages in order, link an app, list per workspace', async () => {
        const c = await store.createConversation({ workspaceId: 'default' });
        expect(c).toMatchObject({ workspaceId: 'default', appSlug: null, messages: [] });
        await store.appendMessages(c.id, [{ role: 'user', content: 'build a CRM' }]);
        const after = await store.appendMessages(c.id, [
          { role: 'assistant', content: '', toolCalls: [{ type: 'tool-call', id: 't1', name: 'create_app', args: { slug: 'crm' } }] },
          { role: 'tool', toolCallId: 't1', toolName: 'create_app', result: { ok: true } },
        ]);
        expect(after.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
        await store.setConversationApp(c.id, 'crm');
        const got = await store.getConversation(c.id);
        expect(got).toMatchObject({ appSlug: 'crm' });
        expect(got!.messages).toEqual(after.messages);
        await tick();
        const other = await store.createConversation({ workspaceId: 'default', appSlug: 'x' });
        await store.createConversation({ workspaceId: 'elsewhere' });
        expect((await store.listConversations('default')).map((x) => x.id)).toEqual([other.id, c.id]);
        expect(await store.getConversation('missing')).toBeNull();
      });

      test('concurrent appends keep every message', async () => {
        const c = await store.createConversation({ workspaceId: 'default' });
        await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendMessages(c.id, [{ role: 'user', content: `m${i}` }])));
        const got = await store.getConversation(c.id);
        expect(new Set(got!.messages.map((m) => (m.role === 'user' ? m.content : '')))).toEqual(
          new Set(Array.from({ length: 20 }, (_, i) => `m${i}`)),
        );
      });

      test('a conversation can be created under an id its caller chose, once', async () => {
        const id = randomUUID();
        const c = await store.createConversation({ workspaceId: 'default', id });
        expect(c.id).toBe(id);
        expect(await store.getConversation(id)).toMatchObject({ id, messages: [] });
        await expectStoreError(store.createConversation({ workspaceId: 'default', id }), 'conflict');
      });

      test('missing conversations are not-found', async () => {
        await expectStoreError(store.appendMessages('missing', [{ role: 'user', content: 'x' }]), 'not-found');
        await expectStoreError(store.setConversationApp('missing', 'crm'), 'not-found');
      });
    });

    describe('records', () => {
      let appId: string;
      beforeEach(async () => {
        appId = (await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null })).id;
      });

      test('insert, get, update (merging values), delete', async () => {
        const r = await store.insertRecord({
          appId,
          collection: 'leads',
          values: { company: 'Acme', size: 10, hot: true, note: null },
          createdBy: 'u1',
        });
        expect(r).toMatchObject({
          appId,
          collection: 'leads',
          values: { company: 'Acme', size: 10, hot: true, note: null },
          createdBy: 'u1',
        });
        expect(r.createdAt).toBe(r.updatedAt);
        expect(await store.getRecord(r.id)).toEqual(r);
        await tick();
        const u = await store.updateRecord(r.id, { size: 12, note: 'call back' });
        expect(u.values).toEqual({ company: 'Acme', size: 12, hot: true, note: 'call back' });
        expect(u.createdAt).toBe(r.createdAt);
        expect(u.updatedAt > r.updatedAt).toBe(true);
        expect(await store.getRecord(r.id)).toEqual(u);
        await store.deleteRecord(r.id);
        expect(await store.getRecord(r.id)).toBeNull();
        await expectStoreError(store.updateRecord(r.id, { size: 1 }), 'not-found');
        await expectStoreError(store.deleteRecord(r.id), 'not-found');
      });

      test('inserting into a missing app is not-found', async () => {
        await expectStoreError(store.insertRecord({ appId: 'no-such-app', collection: 'leads', values: {}, createdBy: null }), 'not-found');
      });

      test('insertRecords stores a batch in order and answers its ids; a bad row refuses the whole batch', async () => {
        const ids = await store.insertRecords({ appId, collection: 'leads', rows: [{ n: 1 }, { n: 2 }, { n: 3 }], createdBy: 'u1' });
        expect(ids).toHaveLength(3);
        expect((await store.getRecord(ids[1]!))?.values).toEqual({ n: 2 });
        expect(
          (await store.listRecords(appId, 'leads', { sort: { field: 'createdAt', direction: 'asc' } })).items.map((r) => r.id),
        ).toEqual(ids);
        await expectStoreError(
          store.insertRecords({ appId, collection: 'leads', rows: [{ n: 4 }, { n: 'a\u0000b' }], createdBy: null }),
          'invalid',
        );
        await expectStoreError(
          store.insertRecords({ appId: 'no-such-app', collection: 'leads', rows: [{ n: 5 }], createdBy: null }),
          'not-found',
        );
        expect((await store.listRecords(appId, 'leads')).total).toBe(3);
      });

      test('lists are per app and collection, newest first, with total', async () => {
        const other = (await store.createApp({ workspaceId: 'default', spec: specFor('other'), createdBy: null })).id;
        for (let i = 0; i < 5; i += 1) await store.insertRecord({ appId, collection: 'leads', values: { n: i }, createdBy: null });
        await store.insertRecord({ appId, collection: 'notes', values: { n: 99 }, createdBy: null });
        await store.insertRecord({ appId: other, collection: 'leads', values: { n: 98 }, createdBy: null });
        const page = await store.listRecords(appId, 'leads');
        expect(page.total).toBe(5);
        expect(page.items.map((r) => r.values.n)).toEqual([4, 3, 2, 1, 0]);
        expect((await store.listRecords(appId, 'nothing')).total).toBe(0);
      });

      test('paging with offset and limit; limit is capped at 500 and defaults to 50', async () => {
        await Promise.all(
          Array.from({ length: 120 }, (_, i) => store.insertRecord({ appId, collection: 'leads', values: { n: i }, createdBy: null })),
        );
        const all = await store.listRecords(appId, 'leads', { sort: { field: 'n', direction: 'asc' }, limit: 1000 });
        expect(all.items).toHaveLength(120);
        expect(all.items.map((r) => r.values.n)).toEqual(Array.from({ length: 120 }, (_, i) => i));
        const second = await store.listRecords(appId, 'leads', { sort: { field: 'n', direction: 'asc' }, offset: 10, limit: 5 });
        expect(second).toMatchObject({ total: 120 });
        expect(second.items.map((r) => r.values.n)).toEqual([10, 11, 12, 13, 14]);
        expect((await store.listRecords(appId, 'leads')).items).toHaveLength(50);
        expect((await store.listRecords(appId, 'leads', { offset: 118 })).items).toHaveLength(2);
        expect((await store.listRecords(appId, 'leads', { offset: 500 })).items).toHaveLength(0);
      });

      test('search is a case-insensitive substring over every value', async () => {
        await store.insertRecord({ appId, collection: 'leads', values: { company: 'ACME Corp', city: 'Berlin' }, createdBy: null });
        await store.insertRecord({ appId, collection: 'leads', values: { company: 'Globex', city: 'Acmeville' }, createdBy: null });
        await store.insertRecord({ appId, collection: 'leads', values: { company: 'Initech', employees: 4711 }, createdBy: null });
        await store.insertRecord({ appId, collection: 'leads', values: { company: '100% real_data', note: null }, createdBy: null });
        await store.insertRecord({ appId, collection: 'leads', values: { company: 'ÄRZTEKAMMER' }, createdBy: null });
        const acme = await store.listRecords(appId, 'leads', { search: 'acme' });
        expect(acme.total).toBe(2);
        expect(acme.items.map((r) => r.values.company).sort()).toEqual(['ACME Corp', 'Globex']);
        expect((await store.listRecords(appId, 'leads', { search: '471' })).items.map((r) => r.values.company)).toEqual(['Initech']);
        // LIKE wildcards in the needle are literal text.
        expect((await store.listRecords(appId, 'leads', { search: '0% r' })).total).toBe(1);
        expect((await store.listRecords(appId, 'leads', { search: 'gl_bex' })).total).toBe(0);
        expect((await store.listRecords(appId, 'leads', { search: 'null' })).total).toBe(0);
        expect((await store.listRecords(appId, 'leads', { search: 'ärzte' })).items.map((r) => r.values.company)).toEqual(['ÄRZTEKAMMER']);
      });

      test('sort by a field: numbers numerically, strings, missing values last, both directions', async () => {
        const values: RecordValues[] = [{ v: 10 }, { v: 9 }, { v: 'b' }, { v: 'a' }, {}, { v: null }, { v: 100 }, { v: 'B' }];
        for (const vals of values) await store.insertRecord({ appId, collection: 'leads', values: vals, createdBy: null });
        const asc = await store.listRecords(appId, 'leads', { sort: { field: 'v', direction: 'asc' } });
        expect(asc.items.map((r) => r.values.v ?? '-')).toEqual([9, 10, 100, 'B', 'a', 'b', '-', '-']);
        const desc = await store.listRecords(appId, 'leads', { sort: { field: 'v', direction: 'desc' } });
        expect(desc.items.map((r) => r.values.v ?? '-')).toEqual([100, 10, 9, 'b', 'a', 'B', '-', '-']);
        const byCreated = await store.listRecords(appId, 'leads', { sort: { field: 'createdAt', direction: 'asc' } });
        expect(byCreated.items.map((r) => r.values.v ?? '-')).toEqual([10, 9, 'b', 'a', '-', '-', 100, 'B']);
      });

      test('createdAfter keeps only records created strictly after the instant', async () => {
        await store.insertRecord({ appId, collection: 'leads', values: { n: 1 }, createdBy: null });
        await tick();
        const marker = await store.insertRecord({ appId, collection: 'leads', values: { n: 2 }, createdBy: null });
        await tick();
        await store.insertRecord({ appId, collection: 'leads', values: { n: 3 }, createdBy: null });
        const page = await store.listRecords(appId, 'leads', { createdAfter: marker.createdAt });
        expect(page.items.map((r) => r.values.n)).toEqual([3]);
        const combined = await store.listRecords(appId, 'leads', { createdAfter: '2000-01-01T00:00:00.000Z', search: '2' });
        expect(combined.items.map((r) => r.values.n)).toEqual([2]);
      });

      test('a NUL character anywhere is refused as invalid, naming where, and nothing is stored', async () => {
        const error = await expectStoreError(
          store.insertRecord({ appId, collection: 'leads', values: { company: 'A\u0000B' }, createdBy: null }),
          'invalid',
        );
        expect(error.message).toContain('"values.company"');
        const record = await store.insertRecord({ appId, collection: 'leads', values: { company: 'Acme' }, createdBy: null });
        await expectStoreError(store.updateRecord(record.id, { company: '\u0000' }), 'invalid');
        expect((await store.getRecord(record.id))!.values.company).toBe('Acme');
        expect((await store.listRecords(appId, 'leads')).total).toBe(1);
        const spec = { ...specFor('crm'), description: 'bad \u0000' };
        await expectStoreError(store.saveAppVersion({ slug: 'crm', spec, note: 'x', createdBy: null }), 'invalid');
        expect((await store.getApp('crm'))!.version).toBe(1);
        // Searching for one simply finds nothing.
        expect(await store.listRecords(appId, 'leads', { search: '\u0000' })).toEqual({ items: [], total: 0 });
      });

      test('an unpaired surrogate is refused as invalid with a sentence on every adapter; paired ones (emoji) are kept (issue 17 finding 9)', async () => {
        const error = await expectStoreError(
          store.insertRecord({ appId, collection: 'leads', values: { company: '\ud800x' }, createdBy: null }),
          'invalid',
        );
        expect(error.message).toMatch(/"values\.company".*unpaired UTF-16 surrogate.*valid Unicode text and try again\.$/);
        await expectStoreError(store.insertRecord({ appId, collection: 'leads', values: { 'k\udc00': 'v' }, createdBy: null }), 'invalid');
        const spec = { ...specFor('crm'), description: 'tail \udbff' };
        await expectStoreError(store.saveAppVersion({ slug: 'crm', spec, note: 'x', createdBy: null }), 'invalid');
        expect((await store.listRecords(appId, 'leads')).total).toBe(0);
        const kept = await store.insertRecord({ appId, collection: 'leads', values: { company: 'Acme \ud83d\ude80' }, createdBy: null });
        expect((await store.getRecord(kept.id))!.values.company).toBe('Acme 🚀');
      });

      test('createdAfter that is not a date-time is refused as invalid', async () => {
        const error = await expectStoreError(store.listRecords(appId, 'leads', { createdAfter: 'yesterday-ish' }), 'invalid');
        expect(error.message).toContain('yesterday-ish');
      });

      test('concurrent inserts all land, with distinct ids', async () => {
        const rows = await Promise.all(
          Array.from({ length: 300 }, (_, i) => store.insertRecord({ appId, collection: 'leads', values: { n: i }, createdBy: null })),
        );
        expect(new Set(rows.map((r) => r.id)).size).toBe(300);
        const page = await store.listRecords(appId, 'leads', { limit: 500 });
        expect(page.total).toBe(300);
        expect(new Set(page.items.map((r) => r.values.n)).size).toBe(300);
      });

      test('concurrent updates of one record each keep their field (none is lost)', async () => {
        const record = await store.insertRecord({ appId, collection: 'leads', values: { company: 'Acme' }, createdBy: null });
        await Promise.all(Array.from({ length: 20 }, (_, i) => store.updateRecord(record.id, { [`f${i}`]: i })));
        const values = (await store.getRecord(record.id))!.values;
        expect(values).toEqual({ company: 'Acme', ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, i])) });
      });

      test('a collection total follows inserts and deletes, per collection, and goes with its app', async () => {
        const rows = await Promise.all(
          Array.from({ length: 12 }, (_, n) => store.insertRecord({ appId, collection: 'leads', values: { n }, createdBy: null })),
        );
        await store.insertRecord({ appId, collection: 'notes', values: { n: 1 }, createdBy: null });
        await Promise.all(rows.slice(0, 5).map((r) => store.deleteRecord(r.id)));
        expect((await store.listRecords(appId, 'leads', { limit: 3 })).total).toBe(7);
        expect((await store.listRecords(appId, 'notes')).total).toBe(1);
        await store.deleteApp('crm');
        const again = (await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null })).id;
        expect((await store.listRecords(again, 'leads')).total).toBe(0);
      });

      test('createdAfter with a sort by creation or update time pages the same on every adapter', async () => {
        const rows: RecordRow[] = [];
        for (let n = 0; n < 8; n += 1) {
          rows.push(await store.insertRecord({ appId, collection: 'leads', values: { n }, createdBy: null }));
          await tick();
        }
        // Updated in another order than created: 5, 2, 7.
        for (const n of [5, 2, 7]) {
          await store.updateRecord(rows[n]!.id, { touched: true });
          await tick();
        }
        const list = async (query: Parameters<Store['listRecords']>[2]) =>
          (await store.listRecords(appId, 'leads', { createdAfter: rows[1]!.createdAt, ...query })).items.map((r) => r.values.n);
        expect(await list({ sort: { field: 'createdAt', direction: 'asc' }, offset: 1, limit: 3 })).toEqual([3, 4, 5]);
        expect(await list({ sort: { field: 'createdAt', direction: 'desc' }, offset: 4, limit: 3 })).toEqual([3, 2]);
        expect(await list({ offset: 5 })).toEqual([2]);
        expect(await list({ sort: { field: 'updatedAt', direction: 'desc' }, limit: 4 })).toEqual([7, 2, 5, 6]);
        expect(await list({ sort: { field: 'updatedAt', direction: 'asc' }, search: 'true' })).toEqual([5, 2, 7]);
        expect((await store.listRecords(appId, 'leads', { createdAfter: rows[1]!.createdAt, search: 'true' })).total).toBe(3);
      });
    });

    describe('runs', () => {
      let appId: string;
      beforeEach(async () => {
        appId = (await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null })).id;
      });

      test('saveRun inserts, then updates the same id; list newest first with paging', async () => {
        const running = runFor(appId, 'r1', '2026-01-01T10:00:00.000Z', 'running');
        await store.saveRun(running);
        expect(await store.getRun('r1')).toEqual(running);
        const done: RunRow = {
          ...running,
          status: 'dry-run',
          finishedAt: '2026-01-01T10:00:01.000Z',
          usage: { ...emptyUsage(), inputTokens: 120, outputTokens: 40 },
          steps: [
            {
              stepId: 'draft',
              kind: 'generate-text',
              model: 'gpt-5-mini',
              status: 'dry-run',
              output: null,
              usage: emptyUsage(),
              costUsd: 0.5,
              request: { body: { model: 'gpt-5-mini' } },
              error: null,
              startedAt: '2026-01-01T10:00:00.000Z',
              finishedAt: '2026-01-01T10:00:01.000Z',
            },
          ],
        };
        await store.saveRun(done);
        expect(await store.getRun('r1')).toEqual(done);
        await store.saveRun(runFor(appId, 'r2', '2026-01-02T10:00:00.000Z'));
        await store.saveRun(runFor(appId, 'r0', '2025-12-31T10:00:00.000Z'));
        const list = await store.listRuns(appId);
        expect(list.total).toBe(3);
        expect(list.items.map((r) => r.id)).toEqual(['r2', 'r1', 'r0']);
        expect((await store.listRuns(appId, { offset: 1, limit: 1 })).items.map((r) => r.id)).toEqual(['r1']);
        expect(await store.getRun('missing')).toBeNull();
        expect((await store.listRuns('other-app')).total).toBe(0);
      });

      test('lists carry summaries (status, times, cost, trigger), not steps or inputs; the whole run is on getRun (issue 17)', async () => {
        const full: RunRow = {
          ...runFor(appId, 'big', '2026-01-01T10:00:00.000Z'),
          trigger: { kind: 'schedule', detail: 'every Monday' },
          inputs: { topic: 'x'.repeat(5000) },
          steps: [
            {
              stepId: 's',
              kind: 'generate-text',
              model: 'gpt-5-mini',
              status: 'ok',
              output: { text: 'y'.repeat(5000) },
              usage: emptyUsage(),
              costUsd: 0.0012,
              request: { body: { prompt: 'z' } },
              error: null,
              startedAt: '2026-01-01T10:00:00.000Z',
              finishedAt: '2026-01-01T10:00:01.000Z',
            },
          ],
        };
        await store.saveRun(full);
        const { items, total } = await store.listRuns(appId);
        expect(total).toBe(1);
        expect(items).toEqual([
          {
            id: 'big',
            appId,
            appVersion: 1,
            trigger: { kind: 'schedule', detail: 'every Monday' },
            status: 'ok',
            costUsd: 0.0012,
            error: null,
            createdBy: null,
            startedAt: '2026-01-01T10:00:00.000Z',
            finishedAt: '2026-01-01T10:00:00.000Z',
            unpricedSteps: 0,
          },
        ]);
        expect(JSON.stringify(items).length).toBeLessThan(400);
        expect(await store.getRun('big')).toEqual(full);
      });

      test('paging: newest first (ties: later saved first), updates keep the count and move a run whose start changed, and survive a reopen (issue 17)', async () => {
        const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
        for (let i = 0; i < 30; i += 1) await store.saveRun(runFor(appId, `r${i}`, at(i % 10 === 0 ? 0 : i), 'running'));
        // Finishing a run rewrites it in place; the count stays.
        for (let i = 0; i < 30; i += 3) await store.saveRun(runFor(appId, `r${i}`, at(i % 10 === 0 ? 0 : i), 'ok'));
        // A run whose start time moved (re-queued) moves in the order too.
        await store.saveRun(runFor(appId, 'r5', at(99), 'ok'));
        const expected = [
          'r5',
          ...Array.from({ length: 29 }, (_, k) => 29 - k)
            .filter((i) => i % 10 !== 0 && i !== 5)
            .map((i) => `r${i}`),
          'r20',
          'r10',
          'r0',
        ];
        const pages = async (s: Store) => {
          const seen: string[] = [];
          for (let offset = 0; offset < 30; offset += 7) {
            const page = await s.listRuns(appId, { offset, limit: 7 });
            expect(page.total).toBe(30);
            seen.push(...page.items.map((r) => r.id));
          }
          return seen;
        };
        expect(await pages(store)).toEqual(expected);
        expect((await store.listRuns(appId, { offset: 29, limit: 7 })).items.map((r) => r.status)).toEqual(['ok']);
        expect((await store.listRuns(appId, { offset: 30 })).items).toEqual([]);
        await store.close();
        store = await reopen();
        expect(await pages(store)).toEqual(expected);
        expect((await store.getRun('r5'))!.startedAt).toBe(at(99));
      });

      test('a run for a missing app is not-found', async () => {
        await expectStoreError(store.saveRun(runFor('no-such-app', 'r1', new Date().toISOString())), 'not-found');
      });
    });

    describe('state and audit', () => {
      test('setState/getState round-trip JSON values and overwrite', async () => {
        expect(await store.getState('scheduler')).toBeNull();
        await store.setState('scheduler', { lastRun: { crm: '2026-01-01T00:00:00.000Z' }, n: 1 });
        await store.setState('scheduler', { lastRun: { crm: '2026-01-02T00:00:00.000Z' }, n: 2 });
        await store.setState('flag', true);
        expect(await store.getState('scheduler')).toEqual({ lastRun: { crm: '2026-01-02T00:00:00.000Z' }, n: 2 });
        expect(await store.getState<boolean>('flag')).toBe(true);
      });

      test('compareAndSetState sets only from the expected value; of racing claims exactly one wins', async () => {
        expect(await store.compareAndSetState('cursor', { uid: 1 }, { uid: 2 })).toBe(false);
        expect(await store.compareAndSetState('cursor', null, { validity: '7', uid: 0 })).toBe(true);
        expect(await store.compareAndSetState('cursor', null, { validity: '7', uid: 9 })).toBe(false);
        const claims = await Promise.all(
          [1, 2, 3, 4].map(() => store.compareAndSetState('cursor', { validity: '7', uid: 0 }, { validity: '7', uid: 1 })),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.getState('cursor')).toEqual({ validity: '7', uid: 1 });
      });

      test('appendAudit stamps id and time; listAudit is per workspace, newest first, limited', async () => {
        const first = await store.appendAudit({
          workspaceId: 'default',
          actorId: 'u1',
          action: 'app.create',
          target: 'crm',
          detail: { version: 1 },
        });
        expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(Number.isNaN(Date.parse(first.at))).toBe(false);
        for (let i = 0; i < 5; i += 1)
          await store.appendAudit({ workspaceId: 'default', actorId: null, action: 'app.bind_model', target: 'crm', detail: { i } });
        await store.appendAudit({ workspaceId: 'other', actorId: null, action: 'key.set', target: 'openai', detail: {} });
        const all = await store.listAudit('default');
        expect(all).toHaveLength(6);
        expect(all[0]!.detail).toEqual({ i: 4 });
        expect(all[5]).toEqual(first);
        expect((await store.listAudit('default', { limit: 2 })).map((e) => e.detail)).toEqual([{ i: 4 }, { i: 3 }]);
        expect(await store.listAudit('other')).toHaveLength(1);
      });
    });

    describe('durability', () => {
      test('everything acknowledged is there after close and reopen', async () => {
        const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm', 'One'), createdBy: null });
        await store.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Two'), note: 'x', createdBy: null });
        const c = await store.createConversation({ workspaceId: 'default', appSlug: 'crm' });
        await store.appendMessages(c.id, [{ role: 'user', content: 'hi' }]);
        const records = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            store.insertRecord({ appId: app.id, collection: 'leads', values: { n: i }, createdBy: null }),
          ),
        );
        await store.updateRecord(records[0]!.id, { n: 'changed' });
        await store.deleteRecord(records[1]!.id);
        await store.saveRun(runFor(app.id, 'r1', '2026-01-01T10:00:00.000Z'));
        await store.setState('k', { v: 1 });
        await store.appendAudit({ workspaceId: 'default', actorId: null, action: 'app.create', target: 'crm', detail: {} });
        await store.close();

        store = await reopen();
        expect(await store.getApp('crm')).toMatchObject({ version: 2, spec: { name: 'Two' } });
        expect(await store.listAppVersions('crm')).toHaveLength(2);
        expect((await store.getConversation(c.id))!.messages).toEqual([{ role: 'user', content: 'hi' }]);
        expect((await store.listRecords(app.id, 'leads', { limit: 500 })).total).toBe(49);
        expect((await store.getRecord(records[0]!.id))!.values).toEqual({ n: 'changed' });
        expect(await store.getRecord(records[1]!.id)).toBeNull();
        expect(await store.getRun('r1')).toMatchObject({ id: 'r1', status: 'ok' });
        expect(await store.getState('k')).toEqual({ v: 1 });
        expect(await store.listAudit('default')).toHaveLength(1);
        // New inserts after reopening still sort after the old ones.
        await store.insertRecord({ appId: app.id, collection: 'leads', values: { n: 'new' }, createdBy: null });
        expect((await store.listRecords(app.id, 'leads', { limit: 1 })).items[0]!.values.n).toBe('new');
      });
    });
  });
}
