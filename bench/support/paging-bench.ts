/**
 * The paging bench shared by bench/runs-paging.ts and bench/records-paging.ts (issue 17): rows
 * of one app are added untimed through the store's own methods up to 1k, 10k and 100k; at each
 * size a fresh process opens the store, as a restarted server would (support/page-probe.ts),
 * and times a page of 50 (the first, and one 900 rows down) and measures its own memory, so
 * memory is the open store's alone. Printed: the ratio 100k / 1k (goal < 2×: cost O(page)),
 * the page's size and the memory growth per 10k rows — on lowdb and on PostgreSQL (which gets
 * an ANALYZE after each bulk load, as autovacuum would).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import type { Store } from '../../server/store/store';
import { openLowdbStore } from '../../server/store/lowdb';
import { openPostgresStore } from '../../server/store/postgres';
import { createDatabase, startPostgresCluster } from '../../tests/setup/postgres';
import { BENCH_COLLECTION, type AddRow } from './paging-rows';

const DEEP = 900;

const spec = AppSpecSchema.parse({
  specVersion: 1,
  name: 'Bench',
  slug: 'bench',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText' }],
  collections: [{ name: BENCH_COLLECTION, label: 'Tickets', fields: [{ name: 'ticket', label: 'Ticket', type: 'longText' }] }],
});

interface Subject {
  name: string;
  kind: 'lowdb' | 'postgres';
  /** Folder or URL, for the probe. */
  where: string;
  open(): Promise<Store>;
  /** After adding rows, before measuring. */
  settle(): Promise<void>;
  cleanup(): Promise<void>;
}

interface Probe {
  first: number;
  deep: number;
  /** Records only: one search matching nothing (reads every record). */
  search: number | null;
  bytes: number;
  rss: number;
  heap: number;
}

export interface PagingBench {
  /** 'runs' or 'records': what the probe lists. */
  what: 'runs' | 'records';
  add: AddRow;
  maxSize: number;
  pages: number;
}

async function grow(store: Store, appId: string, add: AddRow, from: number, to: number): Promise<void> {
  let next = from;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < to) await add(store, appId, next++);
    }),
  );
}

async function probe(options: PagingBench, subject: Subject, appId: string): Promise<Probe> {
  const script = join(import.meta.dirname, 'page-probe.ts');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, options.what, subject.kind, subject.where, appId, String(options.pages), String(DEEP)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Probe;
}

async function bench(options: PagingBench, subject: Subject): Promise<void> {
  const { what } = options;
  console.log(`\n${subject.name} (${what})`);
  let store = await subject.open();
  const appId = (await store.createApp({ workspaceId: 'default', spec, createdBy: null })).id;
  const rows: (Probe & { size: number })[] = [];
  let have = 0;
  for (const size of [1_000, 10_000, 100_000].filter((n) => n <= options.maxSize)) {
    const started = performance.now();
    await grow(store, appId, options.add, have, size);
    have = size;
    const grownIn = (performance.now() - started) / 1000;
    // The probe opens the data itself (lowdb: only one process may hold the folder).
    await store.close();
    await subject.settle();
    const row = { size, ...(await probe(options, subject, appId)) };
    store = await subject.open();
    rows.push(row);
    const search = row.search === null ? '' : `, search over all ${row.search.toFixed(0)} ms`;
    console.log(
      `  ${String(size).padStart(7)} ${what} (added in ${grownIn.toFixed(1)} s): first page ${(row.first * 1000).toFixed(0)} µs, page at ${DEEP} ${(row.deep * 1000).toFixed(0)} µs,` +
        ` page ${(row.bytes / 1024).toFixed(1)} KB${search}; open store: heap +${(row.heap / 2 ** 20).toFixed(1)} MB, RSS +${(row.rss / 2 ** 20).toFixed(0)} MB`,
    );
  }
  await store.close();
  await subject.cleanup();
  const a = rows[0]!;
  const b = rows.at(-1)!;
  if (rows.length > 1) {
    const per10k = (bytes: number) => (bytes / ((b.size - a.size) / 10_000) / 2 ** 20).toFixed(2);
    console.log(
      `  ratio ${b.size / 1000}k / ${a.size / 1000}k: first page ${(b.first / a.first).toFixed(2)}×, page at ${DEEP} ${(b.deep / a.deep).toFixed(2)}× (goal < 2×)`,
    );
    console.log(`  memory growth per 10k ${what}: heap ${per10k(b.heap - a.heap)} MB, RSS ${per10k(b.rss - a.rss)} MB`);
  }
}

export async function runPagingBench(options: PagingBench): Promise<void> {
  const lowdbDir = await mkdtemp(join(tmpdir(), `tw-bench-${options.what}-`));
  await bench(options, {
    name: 'lowdb',
    kind: 'lowdb',
    where: lowdbDir,
    open: () => openLowdbStore({ dir: lowdbDir }),
    settle: async () => undefined,
    cleanup: () => rm(lowdbDir, { recursive: true, force: true }),
  });

  const cluster = await startPostgresCluster();
  try {
    const db = await createDatabase(cluster.url, `bench_${options.what}`);
    await bench(options, {
      name: 'PostgreSQL',
      kind: 'postgres',
      where: db.url,
      open: () => openPostgresStore({ url: db.url }),
      settle: async () => {
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        await client.query(`ANALYZE ${options.what}`);
        await client.end();
      },
      cleanup: () => db.drop(),
    });
  } finally {
    await cluster.stop();
  }
}
