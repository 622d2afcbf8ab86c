/** The lowdb adapter's files: damaged files are refused and kept, torn appends recovered, logs compacted, one writer per folder. */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../server/store/lowdb';
import { StoreError } from '../../agent/ports/store-error';
import { specFor } from './store.contract';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'toolwright-store-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openError(): Promise<StoreError> {
  const error = await openLowdbStore({ dir }).then(
    async (store) => {
      await store.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

async function seed(): Promise<{ appId: string; recordFile: string }> {
  const store = await openLowdbStore({ dir });
  const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm'), createdBy: null });
  for (let i = 0; i < 3; i += 1) await store.insertRecord({ appId: app.id, collection: 'leads', values: { n: i }, createdBy: null });
  await store.close();
  return { appId: app.id, recordFile: join(dir, 'apps', app.id, 'records-leads.jsonl') };
}

describe('lowdb files', () => {
  it('refuses a store.json that is not JSON, names the file, and leaves it untouched', async () => {
    await seed();
    const path = join(dir, 'store.json');
    // Cut short: the last character (its closing brace) missing.
    const half = (await readFile(path, 'utf8')).slice(0, -1);
    await writeFile(path, half);
    const error = await openError();
    expect(error.kind).toBe('corrupt');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/restore it from a backup/);
    expect(await readFile(path, 'utf8')).toBe(half);
  });

  it('refuses an empty store.json and one of the wrong shape', async () => {
    const path = join(dir, 'store.json');
    await writeFile(path, '');
    expect((await openError()).message).toContain('it is empty');
    await writeFile(path, JSON.stringify({ format: 1, apps: {}, versions: [], conversations: [], state: {} }));
    expect((await openError()).message).toContain('"apps" is not a list');
    expect(await readFile(path, 'utf8')).toContain('"apps":{}');
  });

  it('refuses a damaged complete line in a record log and names the line', async () => {
    const { recordFile } = await seed();
    const lines = (await readFile(recordFile, 'utf8')).split('\n');
    lines[1] = '{"put":{"id":"x",';
    const damaged = lines.join('\n');
    await writeFile(recordFile, damaged);
    const error = await openError();
    expect(error.kind).toBe('corrupt');
    expect(error.message).toContain(recordFile);
    expect(error.message).toContain('line 2');
    expect(await readFile(recordFile, 'utf8')).toBe(damaged);
  });

  it('recovers an append cut short by a crash: keeps every full line, sets the torn bytes aside', async () => {
    const { appId, recordFile } = await seed();
    await appendFile(recordFile, '{"put":{"id":"torn","appId":"');
    const store = await openLowdbStore({ dir });
    expect((await store.listRecords(appId, 'leads')).total).toBe(3);
    const inserted = await store.insertRecord({ appId, collection: 'leads', values: { n: 3 }, createdBy: null });
    await store.close();
    const names = await readdir(join(dir, 'apps', appId));
    const aside = names.find((name) => name.startsWith('records-leads.jsonl.torn-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, 'apps', appId, aside!), 'utf8')).toBe('{"put":{"id":"torn","appId":"');
    for (const line of (await readFile(recordFile, 'utf8')).trimEnd().split('\n')) JSON.parse(line);
    const again = await openLowdbStore({ dir });
    expect(await again.getRecord(inserted.id)).not.toBeNull();
    await again.close();
  });

  it('compacts a log once superseded lines outnumber live rows, keeping every row and order', async () => {
    const { appId, recordFile } = await seed();
    const store = await openLowdbStore({ dir });
    const ids = (await store.listRecords(appId, 'leads', { sort: { field: 'n', direction: 'asc' } })).items.map((r) => r.id);
    for (let i = 0; i < 1200; i += 1) await store.updateRecord(ids[i % 3]!, { n: i % 3, touched: i });
    const size = (await stat(recordFile)).size;
    expect((await readFile(recordFile, 'utf8')).split('\n').length).toBeLessThan(300);
    await store.close();
    const again = await openLowdbStore({ dir });
    const items = (await again.listRecords(appId, 'leads', { sort: { field: 'createdAt', direction: 'asc' } })).items;
    expect(items.map((r) => r.id)).toEqual(ids);
    expect(items.map((r) => r.values.touched)).toEqual([1197, 1198, 1199]);
    expect(size).toBeLessThan(100_000);
    await again.close();
  });

  it('moves versions and conversations out of a store.json written before they had their own logs', async () => {
    const spec = specFor('crm');
    const at = '2026-01-01T00:00:00.000Z';
    const app = { id: 'app-1', workspaceId: 'default', slug: 'crm', version: 2, spec, createdAt: at, updatedAt: at };
    const versions = [1, 2].map((version) => ({ appId: 'app-1', version, spec, note: `v${version}`, createdBy: null, createdAt: at }));
    const conversation = {
      id: 'c1',
      workspaceId: 'default',
      appSlug: 'crm',
      messages: [{ role: 'user', content: 'hi' }],
      createdAt: at,
      updatedAt: at,
    };
    await writeFile(
      join(dir, 'store.json'),
      JSON.stringify({ format: 1, apps: [app], versions, conversations: [conversation], state: {} }),
    );
    const store = await openLowdbStore({ dir });
    expect((await store.listAppVersions('crm')).map((v) => v.note)).toEqual(['v1', 'v2']);
    expect(await store.getConversation('c1')).toEqual(conversation);
    await store.close();
    const main = JSON.parse(await readFile(join(dir, 'store.json'), 'utf8'));
    expect(Object.keys(main).sort()).toEqual(['apps', 'format', 'state']);
    const again = await openLowdbStore({ dir });
    expect(await again.listAppVersions('crm')).toHaveLength(2);
    await again.close();
  });

  it('ignores a version written just before a crash that never reached store.json, and reuses its number', async () => {
    const store = await openLowdbStore({ dir });
    const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm', 'One'), createdBy: null });
    await store.close();
    const orphan = {
      appId: app.id,
      version: 2,
      spec: specFor('crm', 'Lost'),
      note: 'lost',
      createdBy: null,
      createdAt: new Date().toISOString(),
    };
    await appendFile(join(dir, 'apps', app.id, 'versions.jsonl'), `${JSON.stringify({ put: orphan })}\n`);
    const reopened = await openLowdbStore({ dir });
    expect((await reopened.listAppVersions('crm')).map((v) => v.version)).toEqual([1]);
    expect(await reopened.getAppVersion('crm', 2)).toBeNull();
    const saved = await reopened.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Two'), note: 'two', createdBy: null });
    expect(saved.version).toBe(2);
    expect((await reopened.getAppVersion('crm', 2))!.spec.name).toBe('Two');
    await reopened.close();
  });

  it('reads the current version from the app row when a crash lost its version line, and writes it back before the next', async () => {
    const store = await openLowdbStore({ dir });
    const app = await store.createApp({ workspaceId: 'default', spec: specFor('crm', 'One'), createdBy: null });
    await store.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Two'), note: 'two', createdBy: null });
    await store.close();
    // The row and the line are written at once: the crash came after the row's fsync, before the line's.
    const file = join(dir, 'apps', app.id, 'versions.jsonl');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    await writeFile(file, `${lines[0]}\n`);

    const reopened = await openLowdbStore({ dir });
    const versions = await reopened.listAppVersions('crm');
    expect(versions.map((v) => [v.version, v.spec.name])).toEqual([
      [1, 'One'],
      [2, 'Two'],
    ]);
    expect(versions[1]!.note).toContain('version line was lost');
    expect((await reopened.getAppVersion('crm', 2))!.spec.name).toBe('Two');
    await reopened.saveAppVersion({ slug: 'crm', spec: specFor('crm', 'Three'), note: 'three', createdBy: null });
    await reopened.close();

    const stored = (await readFile(file, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).put);
    expect(stored.map((v: { version: number; spec: { name: string } }) => [v.version, v.spec.name])).toEqual([
      [1, 'One'],
      [2, 'Two'],
      [3, 'Three'],
    ]);
  });

  it('allows one open store per data folder', async () => {
    const store = await openLowdbStore({ dir });
    const same = await openError();
    expect(same.kind).toBe('unavailable');
    expect(same.message).toContain('already open in this process');
    await store.close();

    // A lock held by another running process is respected; one left by a dead process is taken over.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await writeFile(join(dir, '.lock'), String(other.pid));
      const busy = await openError();
      expect(busy.message).toContain(`pid ${other.pid}`);
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const taken = await openLowdbStore({ dir });
    await taken.close();
  });
});
