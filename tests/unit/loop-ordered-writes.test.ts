import { describe, expect, it } from 'vitest';
import { orderedWrites } from '../../agent/loop/ordered-writes';

describe('orderedWrites', () => {
  it('writes one at a time, in order, and flush waits for all of them', async () => {
    const written: number[] = [];
    let inFlight = 0;
    const writes = orderedWrites(async (n: number) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((resolve) => setImmediate(resolve));
      written.push(n);
      inFlight -= 1;
    });
    for (const n of [1, 2, 3]) writes.append(n);
    await writes.flush();
    expect(written).toEqual([1, 2, 3]);
  });

  it('after a failed write nothing later is written, and flush rethrows the failure', async () => {
    const written: number[] = [];
    const writes = orderedWrites(async (n: number) => {
      if (n === 2) throw new Error('The store is unavailable.');
      written.push(n);
    });
    for (const n of [1, 2, 3]) writes.append(n);
    await expect(writes.flush()).rejects.toThrow('The store is unavailable.');
    expect(written).toEqual([1]);
  });
});
