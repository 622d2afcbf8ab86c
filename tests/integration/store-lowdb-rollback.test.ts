/**
 * Issue 17 finding 5: a lowdb write that fails (here: a full disk) is not visible afterwards —
 * the log tables and store.json put memory back to what is on disk — and once space returns
 * the same store takes writes again without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';
import type { SpendEntry } from '../../agent/ports/spend';
import { mountTinyDisk, type TinyDisk } from '../fixtures/tiny-disk';

const disk = await mountTinyDisk(2);
const SPEC = {
  specVersion: 1,
  name: 'Notes',
  slug: 'notes',
  model: { model: 'gpt-5-mini' },
  inputs: [],
  steps: [],
  collections: [{ name: 'notes', fields: [{ name: 'text', type: 'text' }] }],
  access: { level: 'private' },
};

const MONTH = { workspaceId: 'default', from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };
const agentTurn = (id: string, conversationId: string): SpendEntry => ({
  id,
  workspaceId: 'default',
  at: '2026-01-10T10:00:00.000Z',
  source: 'agent',
  appId: null,
  appSlug: null,
  runId: null,
  stepId: null,
  conversationId,
  model: 'gpt-5-mini',
  provider: 'openai',
  inputTokens: 10,
  cachedInputTokens: 0,
  outputTokens: 5,
  imageInputTokens: 0,
  images: 0,
  costUsd: 0.01,
  basis: 'reported',
  dryRun: false,
  pricesAsOf: null,
});

describe.skipIf('skip' in disk)(`lowdb rolls back a failed write${'skip' in disk ? ` (skipped: ${disk.skip})` : ''}`, () => {
  const tiny = disk as TinyDisk;
  let store: Store;
  let appId: string;
  beforeAll(async () => {
    store = await openLowdbStore({ dir: tiny.dir });
    appId = (await store.createApp({ workspaceId: 'default', spec: SPEC as never, createdBy: null })).id;
  });
  afterAll(async () => {
    await tiny.free();
    await store?.close();
    await tiny.unmount();
  });

  it('a record, a record change, an app and a state value that failed to write are not shown', async () => {
    const kept = await store.insertRecord({ appId, collection: 'notes', values: { text: 'kept' }, createdBy: null });
    await tiny.fill();
    const big = 'x'.repeat(256 * 1024);
    await expect(store.insertRecord({ appId, collection: 'notes', values: { text: big }, createdBy: null })).rejects.toMatchObject({
      kind: 'unavailable',
    });
    await expect(store.updateRecord(kept.id, { text: big })).rejects.toMatchObject({
      message: expect.stringMatching(/disk.*full.*ENOSPC.*not saved.*try again\.$/),
    });
    await expect(store.setState('k', big)).rejects.toMatchObject({ kind: 'unavailable' });
    const at = new Date().toISOString();
    const run = {
      id: 'run-1',
      appId,
      appVersion: 1,
      trigger: { kind: 'manual' as const },
      status: 'ok' as const,
      inputs: { big },
      steps: [],
      usage: { inputTokens: 0, outputTokens: 0 } as never,
      costUsd: 0,
      error: null,
      createdBy: null,
      startedAt: at,
      finishedAt: at,
    };
    await expect(store.saveRun(run)).rejects.toMatchObject({ kind: 'unavailable' });
    expect(await store.getRun('run-1')).toBeNull();
    expect(await store.listRuns(appId)).toEqual({ items: [], total: 0 });
    await expect(
      store.createApp({ workspaceId: 'default', spec: { ...SPEC, slug: 'other', description: big } as never, createdBy: null }),
    ).rejects.toMatchObject({ kind: 'unavailable' });

    const listed = await store.listRecords(appId, 'notes', {});
    expect(listed.items.map((r) => r.values.text)).toEqual(['kept']);
    expect((await store.getRecord(kept.id))!.values.text).toBe('kept');
    expect(await store.getState('k')).toBeNull();
    expect(await store.getApp('other')).toBeNull();
    // The spend ledger keeps its rows on disk: a row that failed to write is not counted.
    await expect(store.spend.record([agentTurn('turn-1', big)])).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await store.spend.total(MONTH)).calls).toBe(0);
    expect(await store.spend.list(MONTH)).toEqual([]);
  });

  it('after space returns, the same store writes again (no restart)', async () => {
    await tiny.free();
    const record = await store.insertRecord({ appId, collection: 'notes', values: { text: 'after' }, createdBy: null });
    await store.setState('k', 'v');
    await store.createApp({ workspaceId: 'default', spec: { ...SPEC, slug: 'other' } as never, createdBy: null });
    expect((await store.getRecord(record.id))!.values.text).toBe('after');
    expect(await store.getState('k')).toBe('v');
    await store.spend.record([agentTurn('turn-2', 'c')]);
    expect((await store.spend.total(MONTH)).calls).toBe(1);
    expect((await store.spend.list(MONTH)).map((e) => e.id)).toEqual(['turn-2']);
  });
});
