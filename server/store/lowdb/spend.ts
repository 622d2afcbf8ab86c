/**
 * The spend ledger in the lowdb data folder: spend.jsonl (one row per priced call, on disk
 * only: spend-rows.ts), budgets.jsonl (one row per scope) and budget-warnings.jsonl (claimed
 * warning keys), the last two append-only log tables. Totals come from per-day buckets held in
 * memory (spend-buckets.ts); only a bucket a query's time range cuts through, and list(), read
 * rows back from disk. Row ids are unique (a run's rows are `<run>:<step index>`), so rows are
 * only ever appended.
 *
 * A run's rows are derived from the run, which the store has already fsynced: they are held in
 * memory and written in one batch a second later (and on close), so a run pays no fsync of
 * its own for them. On open, any run whose rows a crash lost gets them rebuilt from its row.
 * Agent turns and trials are not derivable and are durable before record() resolves.
 */
import { join } from 'node:path';
import type { RunRow, StoredApp } from '../records';
import { spendEntriesOfRun } from '../run-spend-entries';
import {
  emptyTotal,
  type Budget,
  type SpendEntry,
  type SpendGroup,
  type SpendLedger,
  type SpendQuery,
  type SpendTotal,
} from '../../../agent/ports/spend';
import { LogTable } from './log-table';
import { addBucket, addTo, groupKey, mergeRanges, SpendBuckets } from './spend-buckets';
import { SpendRowFile } from './spend-rows';

interface ClaimedWarning {
  key: string;
  workspaceId: string;
  at: string;
}

const budgetKey = (workspaceId: string, appId: string | null) => `${workspaceId}\u0001${appId ?? ''}`;

function has<T>(fields: readonly string[], what: string): (row: unknown) => asserts row is T {
  return (row) => {
    const r = row as Record<string, unknown> | null;
    if (!r || fields.some((f) => !(f in r))) throw new Error(`the row is not ${what} (${fields.join(', ')})`);
  };
}

export interface LowdbSpendLedger extends SpendLedger {
  close(): Promise<void>;
}

/** How long a run's rows wait in memory before their batched write. */
const RUN_ROWS_DELAY_MS = 1_000;

/** The stored runs (with their apps) whose id `wanted` accepts, for rebuilding rows a crash lost; only those are read from disk. */
export type StoredRuns = (
  wanted: (runId: string) => boolean,
) => AsyncIterable<{ app: Pick<StoredApp, 'id' | 'slug' | 'workspaceId'>; run: RunRow }>;

export async function openLowdbSpendLedger(dir: string, storedRuns: StoredRuns): Promise<LowdbSpendLedger> {
  const buckets = new SpendBuckets();
  // Rows handed to the file and not yet on it; counted as if written.
  const inFlight = new Set<SpendEntry>();
  // While opening: every run with rows, to find the runs whose rows a crash lost.
  let recorded: Set<string | null> | null = new Set();
  const entries = await SpendRowFile.open<SpendEntry>(
    join(dir, 'spend.jsonl'),
    has(['id', 'workspaceId', 'at', 'costUsd'], 'a spend entry'),
    (row, lines) => {
      buckets.add(row, lines);
      inFlight.delete(row);
      recorded?.add(row.runId);
    },
    (rows) => {
      for (const row of rows) inFlight.delete(row);
    },
  );
  const append = (rows: SpendEntry[]): Promise<void> => {
    const written = entries.append(rows);
    // Its callbacks come after the write's first await, so these are in place by then.
    for (const row of rows) inFlight.add(row);
    return written;
  };
  const budgets = await LogTable.open<Budget>({
    path: join(dir, 'budgets.jsonl'),
    key: (r) => budgetKey(r.workspaceId, r.appId),
    check: has(['workspaceId', 'appId', 'monthlyUsd', 'mode'], 'a budget'),
  });
  const warnings = await LogTable.open<ClaimedWarning>({
    path: join(dir, 'budget-warnings.jsonl'),
    key: (r) => r.key,
    check: has(['key', 'workspaceId'], 'a budget warning'),
  });

  // A run's rows waiting for their batched write; counted as if written.
  let deferred: SpendEntry[] = [];
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = deferred;
    deferred = [];
    flushing = flushing
      .catch(() => undefined)
      .then(() => append(batch))
      .then(() => undefined);
    return flushing;
  };

  await rebuildLostRunRows(recorded, storedRuns, append);
  recorded = null;

  const inRange = (query: SpendQuery) => (e: SpendEntry) =>
    e.workspaceId === query.workspaceId && e.at >= query.from && e.at < query.to && (query.appId === undefined || e.appId === query.appId);
  // Rows not in a bucket yet: taken in the same tick as the buckets, so each row counts once.
  const unwritten = (query: SpendQuery) => [...deferred, ...inFlight].filter(inRange(query));

  async function grouped(query: SpendQuery, by: SpendGroup | null): Promise<SpendTotal[]> {
    const groups = new Map<string | null, { total: SpendTotal; runs: Set<string> }>();
    const group = (key: string | null) => {
      let found = groups.get(key);
      if (!found) {
        found = { total: emptyTotal(key), runs: new Set() };
        groups.set(key, found);
      }
      return found;
    };
    const { whole, cut } = buckets.touched(query);
    for (const bucket of whole) {
      const g = group(groupKey(bucket, by));
      addBucket(g.total, bucket);
      for (const runId of bucket.runs) g.runs.add(runId);
    }
    const pending = unwritten(query);
    const inCut = SpendBuckets.holder(cut);
    const read = cut.length > 0 ? await entries.read(mergeRanges(cut.map((b) => b.lines))) : [];
    const rows = [...read.filter((e) => inRange(query)(e) && inCut(e)), ...pending];
    for (const entry of rows) {
      const g = group(groupKey({ ...entry, day: entry.at.slice(0, 10) }, by));
      addTo(g.total, entry);
      if (!entry.dryRun && entry.runId) g.runs.add(entry.runId);
    }
    return [...groups.values()].map(({ total, runs }) => ({ ...total, runs: runs.size }));
  }

  return {
    async record(rows) {
      const ofRuns = (row: SpendEntry) => row.source === 'run' && row.runId !== null;
      const now = rows.filter((row) => !ofRuns(row));
      for (const row of rows.filter(ofRuns)) deferred.push({ ...row });
      if (deferred.length > 0 && !timer) {
        timer = setTimeout(() => void flush().catch(() => undefined), RUN_ROWS_DELAY_MS);
        timer.unref();
      }
      await append(now.map((row) => ({ ...row })));
    },
    async list(query) {
      const { whole, cut } = buckets.touched(query);
      const pending = unwritten(query);
      const read = await entries.read(mergeRanges([...whole, ...cut].map((b) => b.lines)));
      return [...read.filter(inRange(query)), ...pending.map((e) => ({ ...e }))]
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, query.limit ?? 500);
    },
    async totals(query, by) {
      const out = await grouped(query, by);
      if (by === 'day') return out.sort((a, b) => (a.key! < b.key! ? -1 : 1));
      return out.sort((a, b) => b.costUsd - a.costUsd || b.dryRunUsd - a.dryRunUsd || String(a.key).localeCompare(String(b.key)));
    },
    async total(query) {
      return (await grouped(query, null))[0] ?? emptyTotal(null);
    },

    async putBudget(budget) {
      await budgets.put({ ...budget });
      return { ...budget };
    },
    async listBudgets(workspaceId) {
      return budgets
        .list()
        .filter((b) => b.workspaceId === workspaceId)
        .map((b) => ({ ...b }));
    },
    async deleteBudget(workspaceId, appId) {
      const key = budgetKey(workspaceId, appId);
      if (!budgets.rows.has(key)) return false;
      await budgets.delete(key);
      return true;
    },
    async claimWarning(workspaceId, key) {
      // Checked and set with no await between, so two runs cannot both claim it.
      if (warnings.rows.has(key)) return false;
      await warnings.put({ key, workspaceId, at: new Date().toISOString() });
      return true;
    },

    async close() {
      await flush();
      await entries.close();
      await budgets.close();
      await warnings.close();
    },
  };
}

/** Rows for every stored run that has priced steps but none in the ledger (a crash came between). */
async function rebuildLostRunRows(
  recorded: ReadonlySet<string | null>,
  storedRuns: StoredRuns,
  append: (rows: SpendEntry[]) => Promise<void>,
): Promise<void> {
  const lost: SpendEntry[] = [];
  for await (const { app, run } of storedRuns((runId) => !recorded.has(runId))) {
    if (run.finishedAt !== null) lost.push(...spendEntriesOfRun(app, run));
  }
  await append(lost);
}
