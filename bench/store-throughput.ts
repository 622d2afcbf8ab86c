/**
 * Store throughput: inserts/s and reads/s (by id, and first pages of 50) with 1k, 10k and 100k records already in one
 * collection, for naive lowdb (lowdb's own JSONFile, one whole-file write per insert), our
 * lowdb adapter (group commit, append-only logs, fsync before acknowledging) and
 * PostgreSQL (a throwaway cluster with fsync on). All measured in this run; printed as
 * ratios, with the time to open the store at each size. Every contender gets the same
 * workload with the same number of calls in flight; reads pick ids spread over the collection.
 *
 * Naive inserts at large sizes take far too long to run to a fixed count, so every insert
 * phase runs to a count OR a time budget, whichever comes first, and reports the rate it
 * measured (the table says how many inserts that was).
 *
 *   npx tsx bench/store-throughput.ts [inFlight=32] [budgetMs=4000]
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { AppSpecSchema } from '../agent/spec/app-spec';
import type { RecordRow } from '../server/store/records';
import type { Store } from '../server/store/store';
import { openLowdbStore } from '../server/store/lowdb';
import { openPostgresStore } from '../server/store/postgres';
import { createDatabase, startPostgresCluster } from '../tests/setup/postgres';

const SIZES = [1_000, 10_000, 100_000];
const INSERTS = 2_000;
const READS = 20_000;

interface Subject {
  insert(n: number): Promise<string>;
  /** Adds records untimed until the collection holds `size`. */
  growTo(size: number): Promise<void>;
  get(id: string): Promise<unknown>;
  /** Ids of records spread evenly over the whole collection, for reads. */
  sampleIds(count: number): string[];
  /** Closes and opens the store again (start-up with this many records). */
  reopen(): Promise<void>;
  /** The first page (50 newest records), as the records table shows it. */
  page(): Promise<unknown>;
  close(): Promise<void>;
}

const valuesFor = (n: number) => ({
  company: `Company ${n}`,
  city: ['Berlin', 'Lyon', 'Austin'][n % 3]!,
  employees: n % 500,
  active: n % 2 === 0,
});

/** Runs `op` with `inFlight` calls at a time until `count` are done or `budgetMs` has passed. */
async function measure(
  count: number,
  inFlight: number,
  budgetMs: number,
  op: (i: number) => Promise<unknown>,
): Promise<{ done: number; perSecond: number }> {
  let next = 0;
  let done = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < count && performance.now() - start < budgetMs) {
      await op(next++);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { done, perSecond: done / ((performance.now() - start) / 1000) };
}

async function naiveLowdb(dir: string): Promise<Subject> {
  // The obvious lowdb code: push, then write the whole file, once per insert.
  const db = new Low<{ records: RecordRow[] }>(new JSONFile(join(dir, 'naive.json')), { records: [] });
  await db.read();
  const row = (n: number): RecordRow => {
    const at = new Date().toISOString();
    return { id: randomUUID(), appId: 'app', collection: 'leads', values: valuesFor(n), createdBy: null, createdAt: at, updatedAt: at };
  };
  return {
    async insert(n) {
      const r = row(n);
      db.data.records.push(r);
      await db.write();
      return r.id;
    },
    async growTo(size) {
      while (db.data.records.length < size) db.data.records.push(row(db.data.records.length));
      await db.write();
    },
    async get(id) {
      return db.data.records.find((r) => r.id === id) ?? null;
    },
    async page() {
      return db.data.records
        .filter((r) => r.appId === 'app' && r.collection === 'leads')
        .slice(-50)
        .reverse();
    },
    sampleIds: (count) =>
      spread(
        db.data.records.map((r) => r.id),
        count,
      ),
    async reopen() {
      db.data = { records: [] };
      await db.read();
    },
    close: async () => undefined,
  };
}

function spread(ids: readonly string[], count: number): string[] {
  return Array.from({ length: Math.min(count, ids.length) }, (_, i) => ids[Math.floor((i * ids.length) / Math.min(count, ids.length))]!);
}

async function storeSubject(open: () => Promise<Store>): Promise<Subject> {
  let store = await open();
  const spec = AppSpecSchema.parse({ specVersion: 1, name: 'Bench', slug: 'bench', model: { model: 'gpt-5-mini' } });
  const app = await store.createApp({ workspaceId: 'default', spec, createdBy: null });
  const ids: string[] = [];
  const insert = async (n: number) => {
    const r = await store.insertRecord({ appId: app.id, collection: 'leads', values: valuesFor(n), createdBy: null });
    ids.push(r.id);
    return r.id;
  };
  return {
    insert,
    async growTo(size) {
      const start = ids.length;
      await measure(Math.max(0, size - start), 128, Number.POSITIVE_INFINITY, (i) => insert(start + i));
    },
    get: (id) => store.getRecord(id),
    page: () => store.listRecords(app.id, 'leads', { limit: 50 }),
    sampleIds: (count) => spread(ids, count),
    async reopen() {
      await store.close();
      store = await open();
    },
    close: () => store.close(),
  };
}

interface Row {
  contender: string;
  size: number;
  inserts: { done: number; perSecond: number };
  reads: { done: number; perSecond: number };
  pages: { done: number; perSecond: number };
  openMs: number;
}

export async function benchStoreThroughput(inFlight = 32, budgetMs = 4_000): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-store-'));
  const cluster = await startPostgresCluster({ durable: true }).catch((error: Error) => {
    console.log(`PostgreSQL skipped: ${error.message}`);
    return null;
  });
  const rows: Row[] = [];
  try {
    const contenders: { name: string; open: () => Promise<Subject> }[] = [
      { name: 'naive lowdb', open: async () => naiveLowdb(await mkdtemp(join(dir, 'naive-'))) },
      {
        name: 'our lowdb',
        open: async () => {
          const folder = await mkdtemp(join(dir, 'ours-'));
          return storeSubject(() => openLowdbStore({ dir: folder }));
        },
      },
    ];
    if (cluster) {
      contenders.push({
        name: 'postgres',
        open: async () => {
          const { url } = await createDatabase(cluster.url, 'bench');
          return storeSubject(() => openPostgresStore({ url, maxConnections: inFlight }));
        },
      });
    }
    for (const contender of contenders) {
      // Flush what the previous contender left in the page cache, so its writeback does not slow this one's fsyncs.
      execFileSync('sync');
      const subject = await contender.open();
      try {
        for (const size of SIZES) {
          await subject.growTo(size);
          const inserts = await measure(INSERTS, inFlight, budgetMs, (i) => subject.insert(size + i));
          const opening = performance.now();
          await subject.reopen();
          const openMs = performance.now() - opening;
          const sample = subject.sampleIds(1_000);
          const reads = await measure(READS, inFlight, budgetMs, (i) => subject.get(sample[i % sample.length]!));
          const pages = await measure(READS, inFlight, budgetMs, () => subject.page());
          rows.push({ contender: contender.name, size, inserts, reads, pages, openMs });
          console.log(
            `  ${contender.name} @ ${size}: ${Math.round(inserts.perSecond)} inserts/s (${inserts.done} timed), ${Math.round(reads.perSecond)} reads/s, ${Math.round(pages.perSecond)} pages/s, open ${Math.round(openMs)} ms`,
          );
        }
      } finally {
        await subject.close();
      }
    }
  } finally {
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const find = (contender: string, size: number) => rows.find((r) => r.contender === contender && r.size === size);
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(1)}×` : 'n/a');
  console.log('\n| records | contender | inserts/s (timed inserts) | reads/s by id | pages/s (50 newest) | open ms |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.contender} | ${Math.round(r.inserts.perSecond)} (${r.inserts.done}) | ${Math.round(r.reads.perSecond)} | ${Math.round(r.pages.perSecond)} | ${Math.round(r.openMs)} |`,
    );
  }
  console.log('\n| records | inserts: ours ÷ naive | inserts: ours ÷ postgres | reads: ours ÷ naive | reads: ours ÷ postgres |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const ours = find('our lowdb', size);
    const naive = find('naive lowdb', size);
    const pg = find('postgres', size);
    console.log(
      `| ${size} | ${ratio(ours?.inserts.perSecond, naive?.inserts.perSecond)} | ${ratio(ours?.inserts.perSecond, pg?.inserts.perSecond)} | ${ratio(ours?.reads.perSecond, naive?.reads.perSecond)} | ${ratio(ours?.reads.perSecond, pg?.reads.perSecond)} |`,
    );
  }
  const at10k = find('our lowdb', 10_000)?.inserts.perSecond;
  const naive10k = find('naive lowdb', 10_000)?.inserts.perSecond;
  if (at10k && naive10k) {
    const x = at10k / naive10k;
    console.log(
      `\nTarget: our lowdb ≥ 20× naive lowdb inserts at 10k records — measured ${x.toFixed(1)}× (${x >= 20 ? 'met' : 'NOT met'}).`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inFlight = Number(process.argv[2] ?? 32);
  const budgetMs = Number(process.argv[3] ?? 4_000);
  console.log(
    `Store throughput: ${inFlight} calls in flight, insert and read phases capped at ${INSERTS} / ${READS} calls or ${budgetMs} ms each.`,
  );
  printTable(await benchStoreThroughput(inFlight, budgetMs));
}
