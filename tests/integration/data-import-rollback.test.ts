/**
 * A store failing part-way through an import (a full disk, a lost connection) leaves the
 * collection as it was: the batches already written are deleted again and the error goes on.
 * Real lowdb files in a temp folder; the third batch's insert is made to fail.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { StoreError } from '../../agent/ports/store-error';
import { importRecords } from '../../server/dataio/import-records';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';
import { ordersSpec } from '../fixtures/dataio';

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-import-rollback-'));
  store = await openLowdbStore({ dir: path.join(dir, 'data') });
});
afterAll(async () => {
  await store?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

it('deletes the batches already written when a later batch fails, in both modes', async () => {
  const spec = AppSpecSchema.parse(ordersSpec());
  const app = await store.createApp({ workspaceId: 'default', spec, createdBy: null });
  const file = path.join(dir, 'rows.csv');
  await fs.writeFile(file, `Customer,Amount\n${Array.from({ length: 10 }, (_, i) => `C${i},${i}`).join('\n')}\n`);
  let calls = 0;
  const failing: Store = {
    ...store,
    insertRecords: async (input) => {
      calls += 1;
      if (calls === 3) throw new StoreError('unavailable', 'The disk is full.');
      return store.insertRecords(input);
    },
  };
  for (const mode of ['all-or-nothing', 'valid-rows'] as const) {
    calls = 0;
    const run = importRecords({
      store: failing,
      app,
      collection: spec.collections[0]!,
      path: file,
      mapping: null,
      mode,
      createdBy: null,
      batchSize: 3,
    });
    await expect(run).rejects.toThrow('The disk is full.');
    expect(calls).toBe(3);
    expect((await store.listRecords(app.id, 'orders')).total).toBe(0);
  }
});
