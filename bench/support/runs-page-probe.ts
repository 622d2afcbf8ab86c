/**
 * Child process of bench/runs-paging.ts: opens the store fresh (as a restarted server would),
 * then prints one JSON line — its memory after GC and the time per page of 50 runs (first page
 * and one `deep` runs down) — so memory is that of the open store alone, not of adding runs.
 *   runs-page-probe.ts <lowdb|postgres> <dir|url> <appId> <pages> <deep>
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Store } from '../../server/store/store';
import { openLowdbStore } from '../../server/store/lowdb';
import { openPostgresStore } from '../../server/store/postgres';

const [kind, where, appId, pagesArg, deepArg] = process.argv.slice(2) as [string, string, string, string, string];
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const baseline = process.memoryUsage();
const store: Store = kind === 'lowdb' ? await openLowdbStore({ dir: where }) : await openPostgresStore({ url: where });

async function timePage(offset: number): Promise<{ ms: number; bytes: number }> {
  const page = await store.listRuns(appId, { offset, limit: 50 });
  if (page.items.length !== 50) throw new Error(`page at ${offset} has ${page.items.length} runs`);
  for (let i = 0; i < 20; i += 1) await store.listRuns(appId, { offset, limit: 50 });
  const start = performance.now();
  for (let i = 0; i < Number(pagesArg); i += 1) await store.listRuns(appId, { offset, limit: 50 });
  return { ms: (performance.now() - start) / Number(pagesArg), bytes: JSON.stringify(page).length };
}

const first = await timePage(0);
const deep = await timePage(Number(deepArg));
gc();
gc();
const after = process.memoryUsage();
const heap = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external + m.arrayBuffers;
console.log(
  JSON.stringify({ first: first.ms, deep: deep.ms, bytes: first.bytes, rss: after.rss - baseline.rss, heap: heap(after) - heap(baseline) }),
);
await store.close();
