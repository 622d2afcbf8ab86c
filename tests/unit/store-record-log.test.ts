/**
 * The lowdb record log (issue 17): memory keeps an index entry per record, the values stay in
 * the file and are read back when listed; a search reads the file while records change and
 * sees each record once, as it was when the search began, and compaction waits for it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../server/store/records';
import { openRecordLog, queryRecordLog } from '../../server/store/lowdb/record-log';

const record = (n: number, text = `note ${n}`): RecordRow => {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  return {
    id: `r${String(n).padStart(3, '0')}`,
    appId: 'app',
    collection: 'notes',
    values: { n, text },
    createdBy: null,
    createdAt: at,
    updatedAt: at,
  };
};
const check = (row: unknown): asserts row is RecordRow => {
  if (!row || typeof (row as RecordRow).id !== 'string') throw new Error('not a record');
};
const lines = async (file: string) => (await fs.readFile(file, 'utf8')).trim().split('\n').length;

describe('record log', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-record-log-'));
    file = path.join(dir, 'records-notes.jsonl');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('keeps an index entry in memory and reads the values from the file', async () => {
    const log = await openRecordLog(file, check);
    for (let n = 0; n < 5; n += 1) await log.put(record(n));
    expect(log.summary('r002')).toEqual({ id: 'r002', createdAt: record(2).createdAt, updatedAt: record(2).createdAt });
    // Same length on disk, another value: what the log answers comes from the file.
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace('"note 2"', '"NOTE 2"'));
    expect((await log.get('r002'))!.values.text).toBe('NOTE 2');
    const page = await queryRecordLog(log, { offset: 2, limit: 2 });
    expect(page).toEqual({ total: 5, items: [record(2, 'NOTE 2'), record(1)] });
    await log.close();
  });

  it('a search sees the records as they were when it began; compaction waits until it ends', async () => {
    const log = await openRecordLog(file, check, 10);
    for (let n = 0; n < 30; n += 1) await log.put(record(n, n % 2 === 0 ? 'even' : 'odd'));
    const searching = queryRecordLog(log, { search: 'even', limit: 500 });
    // While it reads: every record is written again as odd, one is deleted, one is added.
    const change = () => [
      ...Array.from({ length: 30 }, (_, n) => log.put(record(n, 'odd'))),
      log.delete('r004'),
      log.put(record(40, 'even')),
    ];
    const changes = change();
    const found = await searching;
    await Promise.all(changes);
    expect(found.total).toBe(15);
    expect(found.items.map((r) => r.values.n)).toEqual(Array.from({ length: 15 }, (_, i) => 28 - i * 2));
    expect(found.items.every((r) => r.values.text === 'even')).toBe(true);
    // Entries taken inside a hold keep pointing at their lines: no compaction moves them, however many lines are superseded.
    const before = await fs.readFile(file, 'utf8');
    await log.hold(async () => {
      const entries = log.newest(0, 30);
      const read = await log.read(entries);
      await Promise.all(change());
      expect(await lines(file)).toBe(before.trim().split('\n').length + 32);
      expect(await log.read(entries)).toEqual(read);
    });
    // The next commit compacts.
    await log.put(record(41));
    expect(await lines(file)).toBe(31);
    const now = await queryRecordLog(log, { search: 'even' });
    expect(now.items.map((r) => r.id)).toEqual(['r040']);
    await log.close();
    const again = await openRecordLog(file, check);
    expect((await queryRecordLog(again, { sort: { field: 'n', direction: 'asc' }, limit: 3 })).items.map((r) => r.id)).toEqual([
      'r000',
      'r001',
      'r002',
    ]);
    expect(again.size).toBe(31);
    await again.close();
  });

  it('closing (its app deleted) waits for reads under way; a read after it is refused as not-found', async () => {
    const log = await openRecordLog(file, check);
    for (let n = 0; n < 20; n += 1) await log.put(record(n));
    const reading = queryRecordLog(log, { search: 'note', limit: 500 });
    await log.close();
    expect((await reading).total).toBe(20);
    await expect(queryRecordLog(log, {})).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/closed.*\)\.$/) });
  });
});
