/**
 * Child process of bench/support/paging-bench.ts: opens the store fresh (as a restarted server
 * would), then prints one JSON line — its memory after GC, the time per page of 50 (the first
 * page and one `deep` rows down) and, for records, the time of one search that matches nothing
 * (it reads every record) — so memory is that of the open store alone, not of adding rows.
 *   page-probe.ts <runs|records> <lowdb|postgres> <dir|url> <appId> <pages> <deep>
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Store } from '../../server/store/store';
import { openLowdbStore } from '../../server/store/lowdb';
import { openPostgresStore } from '../../server/store/postgres';
import { BENCH_COLLECTION } from './paging-rows';

const [what, kind, where, appId, pagesArg, deepArg] = process.argv.slice(2) as [string, string, string, string, string, string];
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const baseline = process.memoryUsage();
const store: Store = kind === 'lowdb' ? await openLowdbStore({ dir: where }) : await openPostgresStore({ url: where });

const list = (offset: number) =>
  what === 'runs' ? store.listRuns(appId, { offset, limit: 50 }) : store.listRecords(appId, BENCH_COLLECTION, { offset, limit: 50 });

async function timePage(offset: number): Promise<{ ms: number; bytes: number }> {
  const page = await list(offset);
  if (page.items.length !== 50) throw new Error(`page at ${offset} has ${page.items.length} rows`);
  for (let i = 0; i < 20; i += 1) await list(offset);
  const start = performance.now();
  for (let i = 0; i < Number(pagesArg); i += 1) await list(offset);
  return { ms: (performance.now() - start) / Number(pagesArg), bytes: JSON.stringify(page).length };
}

const first = await timePage(0);
const deep = await timePage(Number(deepArg));
gc();
gc();
const after = process.memoryUsage();
const heap = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external + m.arrayBuffers;
// After the memory reading: a search's transient buffers are not the open store's memory.
let search: number | null = null;
if (what === 'records') {
  const start = performance.now();
  const found = await store.listRecords(appId, BENCH_COLLECTION, { search: 'no record says this' });
  if (found.total !== 0) throw new Error('the search found records');
  search = performance.now() - start;
}
console.log(
  JSON.stringify({
    first: first.ms,
    deep: deep.ms,
    search,
    bytes: first.bytes,
    rss: after.rss - baseline.rss,
    heap: heap(after) - heap(baseline),
  }),
);
await store.close();
