/**
 * Spend-ledger memory on lowdb (issue 17): the heap an open ledger holds per 10k runs of four
 * priced steps, against the baseline of holding every row in memory (a LogTable of the same
 * spend.jsonl — what the ledger held before it kept per-day buckets), measured in the same run
 * on the same files. Runs are dry runs (as bench/runs-paging.ts adds) and real ones (whose run
 * ids the buckets keep for exact distinct-run counts). Each figure comes from a fresh process
 * that opens the file, GCs and reads its own heap; it also times one month total.
 *
 *   npx tsx bench/ledger-memory.ts [maxRuns=50000]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SpendEntry } from '../agent/ports/spend';
import { LogTable } from '../server/store/lowdb/log-table';
import { openLowdbSpendLedger } from '../server/store/lowdb/spend';
import { spendEntriesOfRun } from '../server/store/run-spend-entries';
import { runFor } from './support/paging-rows';

type Holder = 'rows' | 'buckets';
type Kind = 'dry-run' | 'ok';
interface Probe {
  heap: number;
  totalMs: number;
}

const mb = (bytes: number, digits = 2) => `${bytes < 0 ? '' : '+'}${(bytes / 2 ** 20).toFixed(digits)} MB`;
const APP = { id: 'bench-app', slug: 'bench', workspaceId: 'default' };

async function probe(dir: string, holder: Holder): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };
  const before = heap();
  const held =
    holder === 'rows'
      ? await LogTable.open<SpendEntry>({ path: join(dir, 'spend.jsonl'), key: (r) => r.id, check: () => undefined })
      : await openLowdbSpendLedger(dir, async function* () {});
  const after = heap();
  let totalMs = 0;
  if ('total' in held) {
    const start = performance.now();
    await held.total({ workspaceId: APP.workspaceId, from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
    totalMs = performance.now() - start;
  }
  await held.close();
  console.log(JSON.stringify({ heap: after - before, totalMs } satisfies Probe));
}

async function measure(dir: string, holder: Holder): Promise<Probe> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', import.meta.filename, 'probe', dir, holder], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Probe;
}

async function bench(kind: Kind, sizes: number[]): Promise<void> {
  console.log(`\n${kind} runs (4 priced steps each)`);
  const dir = await mkdtemp(join(tmpdir(), 'tw-bench-ledger-'));
  try {
    const found: Record<Holder, Probe[]> = { rows: [], buckets: [] };
    for (const size of sizes) {
      const lines: string[] = [];
      for (let n = 0; n < size; n += 1) {
        const run = runFor(APP.id, n);
        if (kind === 'ok') run.steps = run.steps.map((s) => ({ ...s, status: 'ok' }));
        for (const row of spendEntriesOfRun(APP, run)) lines.push(`${JSON.stringify({ put: row })}\n`);
      }
      await writeFile(join(dir, 'spend.jsonl'), lines.join(''));
      for (const holder of ['rows', 'buckets'] as const) found[holder].push(await measure(dir, holder));
      const [rows, buckets] = [found.rows.at(-1)!, found.buckets.at(-1)!];
      console.log(
        `  ${String(size).padStart(6)} runs: rows in memory (before) heap ${mb(rows.heap, 1)};` +
          ` buckets (now) heap ${mb(buckets.heap)}, month total ${buckets.totalMs.toFixed(1)} ms`,
      );
    }
    const per10k = (probes: Probe[]) =>
      ((probes.at(-1)!.heap - probes[0]!.heap) / ((sizes.at(-1)! - sizes[0]!) / 10_000) / 2 ** 20).toFixed(2);
    console.log(`  heap growth per 10k runs: before ${per10k(found.rows)} MB, now ${per10k(found.buckets)} MB`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'probe') {
  await probe(process.argv[3]!, process.argv[4] as Holder);
} else {
  // runFor spaces runs one second apart from 2026-01-01: 50k runs stay inside January.
  const sizes = [1_000, 10_000, Number(process.argv[2] ?? 50_000)].filter((n, i, all) => all.indexOf(n) === i);
  await bench('dry-run', sizes);
  await bench('ok', sizes);
}
