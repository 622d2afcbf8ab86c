/**
 * The lowdb run log (issue 17): runs live on disk with a summary per run in memory; a run is
 * read back whole from its line, also after compaction rewrote the file and after a reopen.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyUsage } from '../../agent/providers/usage';
import type { RunRow } from '../../server/store/records';
import { openRunLog } from '../../server/store/lowdb/run-log';

const run = (id: string, i: number, status: RunRow['status'] = 'running'): RunRow => ({
  id,
  appId: 'app',
  appVersion: 1,
  trigger: { kind: 'api' },
  status,
  inputs: { i, text: 'é'.repeat(i % 50) },
  steps: [],
  usage: emptyUsage(),
  costUsd: i / 1000,
  error: null,
  createdBy: null,
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  finishedAt: null,
});
const check = (row: unknown): asserts row is RunRow => {
  if (!row || typeof (row as RunRow).id !== 'string') throw new Error('not a run');
};

describe('RunLog', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-runlog-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('reads runs back from disk, compacts superseded lines, and reopens to the same runs', async () => {
    const file = path.join(dir, 'runs.jsonl');
    const log = await openRunLog(file, check, 20);
    for (let i = 0; i < 40; i += 1) await log.put(run(`r${i}`, i));
    // Each run written again (finished): superseded lines pass the threshold, the file is compacted.
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.put(run(`r${i}`, i, 'ok'))));
    for (let i = 0; i < 5; i += 1) await log.put(run(`r${i}`, i, 'ok'));
    const lines = (await fs.readFile(file, 'utf8')).trim().split('\n');
    expect(lines.length).toBeLessThan(85);
    expect(await log.get('r7')).toEqual(run('r7', 7, 'ok'));
    expect(log.newest(0, 3).map((e) => e.summary.id)).toEqual(['r39', 'r38', 'r37']);
    expect(log.newest(0, 100).every((e) => e.summary.status === 'ok')).toBe(true);
    await log.close();
    const again = await openRunLog(file, check, 20);
    expect(again.size).toBe(40);
    for (const i of [0, 13, 39]) expect(await again.get(`r${i}`)).toEqual(run(`r${i}`, i, 'ok'));
    expect(again.newest(38, 5).map((e) => e.summary.id)).toEqual(['r1', 'r0']);
    await again.close();
  });
});
