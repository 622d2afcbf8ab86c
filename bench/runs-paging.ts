/**
 * Run history paging (issue 17): time per page of 50 runs (the first page, and one 900 runs
 * deep) with 1k, 10k and 100k runs of one app (each ~5 KB, like real runs with four steps),
 * on lowdb and on PostgreSQL, printed with the ratio 100k / 1k (goal < 2×: cost O(page)), the
 * page's size in bytes (summaries, not whole runs), and this process's memory growth per 10k
 * runs (lowdb holds a summary per run; PostgreSQL nothing). Runs are added untimed through the
 * store's own saveRun; each size is then measured by a fresh process that opens the store, as
 * a restarted server would (bench/support/runs-page-probe.ts), so its memory is the open
 * store's alone. PostgreSQL gets an ANALYZE after each bulk load, as autovacuum would.
 *
 *   npx tsx bench/runs-paging.ts [maxSize=100000] [pages=300]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { AppSpecSchema } from '../agent/spec/app-spec';
import { emptyUsage } from '../agent/providers/usage';
import type { RunRow } from '../server/store/records';
import type { Store } from '../server/store/store';
import { openLowdbStore } from '../server/store/lowdb';
import { openPostgresStore } from '../server/store/postgres';
import { createDatabase, startPostgresCluster } from '../tests/setup/postgres';

const maxSize = Number(process.argv[2] ?? 100_000);
const PAGES = Number(process.argv[3] ?? 300);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= maxSize);
const DEEP = 900;

const spec = AppSpecSchema.parse({
  specVersion: 1,
  name: 'Bench',
  slug: 'bench',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText' }],
});

let clock = Date.UTC(2026, 0, 1);
function runFor(appId: string, n: number): RunRow {
  clock += 1000;
  const at = new Date(clock).toISOString();
  const text = `Ticket ${n}: ${'the customer reports that the export button does nothing; '.repeat(8)}`;
  return {
    id: randomUUID(),
    appId,
    appVersion: 1,
    trigger: { kind: n % 3 === 0 ? 'schedule' : 'manual' },
    status: 'dry-run',
    inputs: { ticket: text },
    steps: ['draft', 'classify', 'extract', 'save'].map((stepId) => ({
      stepId,
      kind: 'generate-text' as const,
      model: 'gpt-5-mini',
      status: 'dry-run' as const,
      output: { text: `${stepId}: ${text.slice(0, 300)}` },
      usage: { ...emptyUsage(), inputTokens: 320, outputTokens: 120 },
      costUsd: 0.00031,
      request: { body: { model: 'gpt-5-mini', messages: [{ role: 'user', content: text.slice(0, 400) }] } },
      error: null,
      startedAt: at,
      finishedAt: at,
    })),
    usage: { ...emptyUsage(), inputTokens: 1280, outputTokens: 480 },
    costUsd: 0.00124,
    error: null,
    createdBy: null,
    startedAt: at,
    finishedAt: at,
  };
}

interface Subject {
  name: string;
  kind: 'lowdb' | 'postgres';
  /** Folder or URL, for the probe. */
  where: string;
  open(): Promise<Store>;
  /** After adding runs, before measuring. */
  settle(): Promise<void>;
  cleanup(): Promise<void>;
}

async function grow(store: Store, appId: string, from: number, to: number): Promise<void> {
  let next = from;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < to) await store.saveRun(runFor(appId, next++));
    }),
  );
}

interface Probe {
  first: number;
  deep: number;
  bytes: number;
  rss: number;
  heap: number;
}

async function probe(subject: Subject, appId: string): Promise<Probe> {
  const script = join(import.meta.dirname, 'support', 'runs-page-probe.ts');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, subject.kind, subject.where, appId, String(PAGES), String(DEEP)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Probe;
}

async function bench(subject: Subject): Promise<void> {
  console.log(`\n${subject.name}`);
  let store = await subject.open();
  const appId = (await store.createApp({ workspaceId: 'default', spec, createdBy: null })).id;
  const rows: (Probe & { size: number })[] = [];
  let have = 0;
  for (const size of SIZES) {
    const started = performance.now();
    await grow(store, appId, have, size);
    have = size;
    const grownIn = (performance.now() - started) / 1000;
    // The probe opens the data itself (lowdb: only one process may hold the folder).
    await store.close();
    await subject.settle();
    const row = { size, ...(await probe(subject, appId)) };
    store = await subject.open();
    rows.push(row);
    console.log(
      `  ${String(size).padStart(7)} runs (added in ${grownIn.toFixed(1)} s): first page ${(row.first * 1000).toFixed(0)} µs, page at ${DEEP} ${(row.deep * 1000).toFixed(0)} µs,` +
        ` page ${(row.bytes / 1024).toFixed(1)} KB; open store: heap +${(row.heap / 2 ** 20).toFixed(1)} MB, RSS +${(row.rss / 2 ** 20).toFixed(0)} MB`,
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
    console.log(`  memory growth per 10k runs: heap ${per10k(b.heap - a.heap)} MB, RSS ${per10k(b.rss - a.rss)} MB`);
  }
}

const lowdbDir = await mkdtemp(join(tmpdir(), 'tw-bench-runs-'));
await bench({
  name: 'lowdb',
  kind: 'lowdb',
  where: lowdbDir,
  open: () => openLowdbStore({ dir: lowdbDir }),
  settle: async () => undefined,
  cleanup: () => rm(lowdbDir, { recursive: true, force: true }),
});

const cluster = await startPostgresCluster();
try {
  const db = await createDatabase(cluster.url, 'bench_runs');
  await bench({
    name: 'PostgreSQL',
    kind: 'postgres',
    where: db.url,
    open: () => openPostgresStore({ url: db.url }),
    settle: async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query('ANALYZE runs');
      await client.end();
    },
    cleanup: () => db.drop(),
  });
} finally {
  await cluster.stop();
}
