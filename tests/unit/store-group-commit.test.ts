import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../server/store/lowdb/group-commit';
import { StoreError } from '../../agent/ports/store-error';

const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('GroupCommit', () => {
  it('acknowledges the changes of one tick with one flush, each only once its change is written', async () => {
    let memory = 0;
    let disk = 0;
    let flushes = 0;
    const writer = new GroupCommit(async () => {
      const snapshot = memory; // captured before the first await, like the real writers
      flushes += 1;
      await later(5);
      disk = snapshot;
    }, 'test file');
    const acknowledged = Array.from({ length: 200 }, () => {
      memory += 1;
      const mine = memory;
      return writer.commit().then(() => expect(disk).toBeGreaterThanOrEqual(mine));
    });
    await Promise.all(acknowledged);
    expect(disk).toBe(200);
    // Made in one tick, all 200 share the flush that starts once that tick's work is done.
    expect(flushes).toBe(1);
  });

  it('changes made while a flush runs share the next flush', async () => {
    let flushes = 0;
    const writer = new GroupCommit(async () => {
      flushes += 1;
      await later(5);
    }, 'test file');
    const first = writer.commit();
    await later(1); // the first flush is running now
    await Promise.all([first, ...Array.from({ length: 50 }, () => writer.commit())]);
    expect(flushes).toBe(2);
  });

  it('after a failed flush refuses that batch and every later change with a sentence', async () => {
    let fail = true;
    const writer = new GroupCommit(async () => {
      await later(1);
      if (fail) throw new Error('ENOSPC: no space left on device');
    }, '/data/store.json');
    const results = await Promise.allSettled([writer.commit(), writer.commit()]);
    fail = false;
    for (const result of results) expect(result.status).toBe('rejected');
    const error = await writer.commit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('unavailable');
    expect((error as StoreError).message).toMatch(/Could not write \/data\/store\.json \(ENOSPC.*restart the server\.$/);
    expect(() => writer.assertWritable()).toThrow(StoreError);
  });
});
