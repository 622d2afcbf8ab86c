/**
 * The record order (server/store/record-order.ts) as the lowdb record log applies it: rows are
 * put into a real log file in the given order, then listed.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordPage } from '../../server/store/record-order';
import type { RecordQuery, RecordRow } from '../../server/store/records';
import { openRecordLog, queryRecordLog } from '../../server/store/lowdb/record-log';

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-record-order-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
const check = (row: unknown): asserts row is RecordRow => {
  if (!row || typeof (row as RecordRow).id !== 'string') throw new Error('not a record');
};
let files = 0;
/** Puts `rows` into a fresh log in this order, then lists them with `query`. */
async function queryRecords(rows: RecordRow[], query: RecordQuery | undefined): Promise<{ items: RecordRow[]; total: number }> {
  files += 1;
  const log = await openRecordLog(path.join(dir, `records-${files}.jsonl`), check);
  for (const row of rows) await log.put(row);
  try {
    return await queryRecordLog(log, query);
  } finally {
    await log.close();
  }
}

const row = (id: string, createdAt: string, values: RecordRow['values'] = {}): RecordRow => ({
  id,
  appId: 'a',
  collection: 'c',
  values,
  createdBy: null,
  createdAt,
  updatedAt: createdAt,
});

describe('record order', () => {
  it('lists newest first by creation time even when insertion order disagrees (clock set back)', async () => {
    const rows = [
      row('a', '2026-01-01T00:00:02.000Z'),
      row('b', '2026-01-01T00:00:01.000Z'),
      row('c', '2026-01-01T00:00:03.000Z'),
      row('d', '2026-01-01T00:00:03.000Z'),
    ];
    expect((await queryRecords(rows, undefined)).items.map((r) => r.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(await queryRecords(rows, { offset: 1, limit: 2 })).toMatchObject({ total: 4, items: [{ id: 'c' }, { id: 'a' }] });
  });

  it('pages the chronological fast path like the sorted one', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`r${i}`, `2026-01-01T00:00:0${i}.000Z`, { n: i, even: i % 2 === 0 }));
    expect(await queryRecords(rows, { search: 'true', offset: 1, limit: 2 })).toEqual({ total: 5, items: [rows[6], rows[4]] });
    expect((await queryRecords(rows, { createdAfter: '2026-01-01T00:00:07.000Z' })).items.map((r) => r.id)).toEqual(['r9', 'r8']);
  });

  it('clamps paging to offset ≥ 0 and 1 ≤ limit ≤ 500', () => {
    expect(recordPage({ offset: -5, limit: 10_000 })).toEqual({ offset: 0, limit: 500 });
    expect(recordPage({ limit: 0 })).toEqual({ offset: 0, limit: 1 });
    expect(recordPage(undefined)).toEqual({ offset: 0, limit: 50 });
  });
});
