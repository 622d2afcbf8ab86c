/**
 * Importing 100,000 CSV rows into a collection (server/dataio/import-records.ts, all-or-nothing:
 * a validating pass, then an inserting pass in batches of 500) on our lowdb adapter and on
 * PostgreSQL (a throwaway cluster, fsync on). Prints rows/s as a ratio to a bare papaparse
 * stream parse of the same file measured in this run, and the peak RSS growth during the
 * import (sampled every 20 ms, from a level taken after a full GC). On PostgreSQL that growth
 * stays flat in the row count (run with 20000 and 100000 to compare) because the file is
 * streamed and inserted in batches, never held whole; on lowdb too, as that adapter now keeps only a
 * small index entry per record in memory.
 *
 *   npx tsx bench/import-rows.ts [rows=100000]
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { AppSpecSchema } from '../agent/spec/app-spec';
import { importRecords } from '../server/dataio/import-records';
import { openLowdbStore } from '../server/store/lowdb';
import { openPostgresStore } from '../server/store/postgres';
import { ordersSpec } from '../tests/fixtures/dataio';
import type { Store } from '../server/store/store';
import { createDatabase, startPostgresCluster } from '../tests/setup/postgres';

const ROWS = Number(process.argv[2] ?? 100_000);
const MB = 1024 * 1024;

const spec = AppSpecSchema.parse(ordersSpec());
const collection = spec.collections[0]!;

async function writeCsv(path: string): Promise<void> {
  const lines = ['Customer,Amount,Paid,Due date,Email,Status'];
  for (let i = 0; i < ROWS; i += 1) {
    lines.push(
      `"Customer ${i}, Ltd",${(i * 1.25).toFixed(2)},${i % 2 === 0 ? 'yes' : 'no'},2026-${String((i % 12) + 1).padStart(2, '0')}-15,c${i}@example.com,${i % 3 ? 'open' : 'closed'}`,
    );
  }
  await writeFile(path, `${lines.join('\n')}\n`);
}

/** The baseline: papaparse over the same file stream, counting rows per chunk and doing nothing else. */
async function bareParse(path: string): Promise<number> {
  const start = performance.now();
  const rows = await new Promise<number>((resolve, reject) => {
    let count = 0;
    Papa.parse<string[]>(createReadStream(path, { encoding: 'utf8' }), {
      chunk: (results) => {
        count += results.data.length;
      },
      complete: () => resolve(count),
      error: reject,
    });
  });
  const seconds = (performance.now() - start) / 1000;
  if (rows !== ROWS + 1) throw new Error(`papaparse read ${rows} rows, expected ${ROWS + 1}`);
  return ROWS / seconds;
}

// A full collection before each measurement, so garbage from earlier work does not count.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Peak RSS above the level when sampling began (after a full collection), sampled until stopped. */
function rssPeak(): { stop(): number } {
  gc();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return (peak - base) / MB;
    },
  };
}

async function importInto(store: Store, path: string): Promise<{ rowsPerSecond: number; rssGrowthMb: number }> {
  const app = await store.createApp({ workspaceId: 'default', spec, createdBy: null });
  const memory = rssPeak();
  const start = performance.now();
  const report = await importRecords({ store, app, collection, path, mapping: null, mode: 'all-or-nothing', createdBy: null });
  const seconds = (performance.now() - start) / 1000;
  const rssGrowthMb = memory.stop();
  if (report.imported !== ROWS || report.rejectedCount !== 0)
    throw new Error(`imported ${report.imported}, rejected ${report.rejectedCount}`);
  const { total } = await store.listRecords(app.id, collection.name, { limit: 1 });
  if (total !== ROWS) throw new Error(`the store holds ${total} records, expected ${ROWS}`);
  return { rowsPerSecond: ROWS / seconds, rssGrowthMb };
}

const dir = await mkdtemp(join(tmpdir(), 'tw-bench-import-'));
const cluster = await startPostgresCluster({ durable: true }).catch((error: Error) => {
  console.log(`PostgreSQL skipped: ${error.message}`);
  return null;
});
try {
  const file = join(dir, 'orders.csv');
  await writeCsv(file);
  console.log(`${ROWS.toLocaleString('en')} rows, ${((await stat(file)).size / MB).toFixed(1)} MB of CSV`);
  // Best of three: the first parse also pays for JIT warm-up, which the imports after it do not.
  const bare = Math.max(await bareParse(file), await bareParse(file), await bareParse(file));
  console.log(`bare papaparse stream parse (best of 3): ${Math.round(bare).toLocaleString('en')} rows/s (baseline)`);
  // PostgreSQL first: the lowdb adapter keeps every record in memory (its design), which would raise the heap the next import starts from.
  const subjects: [string, () => Promise<Store>][] = [['lowdb', () => openLowdbStore({ dir: join(dir, 'data') })]];
  if (cluster)
    subjects.unshift(['PostgreSQL', async () => openPostgresStore({ url: (await createDatabase(cluster.url, 'bench_import')).url })]);
  for (const [name, open] of subjects) {
    const store = await open();
    try {
      const { rowsPerSecond, rssGrowthMb } = await importInto(store, file);
      console.log(
        `${name.padEnd(10)} import: ${Math.round(rowsPerSecond).toLocaleString('en')} rows/s = ${(rowsPerSecond / bare).toFixed(3)} × bare parse; peak RSS growth ${rssGrowthMb.toFixed(1)} MB`,
      );
    } finally {
      await store.close();
    }
  }
} finally {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
}
