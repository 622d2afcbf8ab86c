import { describe, expect, it } from 'vitest';
import { queryRecords, recordPage } from '../../server/store/record-order';
import type { RecordRow } from '../../server/store/records';

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
  it('lists newest first by creation time even when insertion order disagrees (clock set back)', () => {
    const rows = [
      row('a', '2026-01-01T00:00:02.000Z'),
      row('b', '2026-01-01T00:00:01.000Z'),
      row('c', '2026-01-01T00:00:03.000Z'),
      row('d', '2026-01-01T00:00:03.000Z'),
    ];
    expect(queryRecords(rows, undefined).items.map((r) => r.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(queryRecords(rows, { offset: 1, limit: 2 })).toMatchObject({ total: 4, items: [{ id: 'c' }, { id: 'a' }] });
  });

  it('pages the chronological fast path like the sorted one', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`r${i}`, `2026-01-01T00:00:0${i}.000Z`, { n: i, even: i % 2 === 0 }));
    expect(queryRecords(rows, { search: 'true', offset: 1, limit: 2 })).toEqual({ total: 5, items: [rows[6], rows[4]] });
    expect(queryRecords(rows, { createdAfter: '2026-01-01T00:00:07.000Z' }).items.map((r) => r.id)).toEqual(['r9', 'r8']);
  });

  it('clamps paging to offset ≥ 0 and 1 ≤ limit ≤ 500', () => {
    expect(recordPage({ offset: -5, limit: 10_000 })).toEqual({ offset: 0, limit: 500 });
    expect(recordPage({ limit: 0 })).toEqual({ offset: 0, limit: 1 });
    expect(recordPage(undefined)).toEqual({ offset: 0, limit: 50 });
  });
});
