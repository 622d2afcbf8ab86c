/**
 * The spend ledger in the lowdb data folder: spend.jsonl (one row per priced call),
 * budgets.jsonl (one row per scope) and budget-warnings.jsonl (claimed warning keys), each
 * an append-only log table. Totals are computed over the in-memory rows.
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

function groupKey(entry: SpendEntry, by: SpendGroup): string | null {
  if (by === 'day') return entry.at.slice(0, 10);
  return by === 'app' ? entry.appId : entry.model;
}

function add(total: SpendTotal, entry: SpendEntry, runs: Set<string>): void {
  if (entry.dryRun) {
    total.dryRunUsd += entry.costUsd;
    return;
  }
  total.costUsd += entry.costUsd;
  total.calls += 1;
  if (entry.runId && !runs.has(entry.runId)) {
    runs.add(entry.runId);
    total.runs += 1;
  }
  total.inputTokens += entry.inputTokens + entry.cachedInputTokens + entry.imageInputTokens;
  total.outputTokens += entry.outputTokens;
  total.images += entry.images;
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
  const entries = await LogTable.open<SpendEntry>({
    path: join(dir, 'spend.jsonl'),
    key: (r) => r.id,
    check: has(['id', 'workspaceId', 'at', 'costUsd'], 'a spend entry'),
  });
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
    // Puts with no await between share one fsync (group commit).
    flushing = flushing
      .catch(() => undefined)
      .then(() => Promise.all(batch.map((row) => entries.put(row))))
      .then(() => undefined);
    return flushing;
  };

  await rebuildLostRunRows(entries, storedRuns);

  const matching = (query: SpendQuery): SpendEntry[] =>
    [...entries.list(), ...deferred].filter(
      (e) =>
        e.workspaceId === query.workspaceId &&
        e.at >= query.from &&
        e.at < query.to &&
        (query.appId === undefined || e.appId === query.appId),
    );

  return {
    async record(rows) {
      const ofRuns = (row: SpendEntry) => row.source === 'run' && row.runId !== null;
      const now = rows.filter((row) => !ofRuns(row));
      deferred.push(...rows.filter(ofRuns).map((row) => ({ ...row })));
      if (deferred.length > 0 && !timer) {
        timer = setTimeout(() => void flush().catch(() => undefined), RUN_ROWS_DELAY_MS);
        timer.unref();
      }
      // Puts with no await between share one fsync (group commit).
      await Promise.all(now.map((row) => entries.put({ ...row })));
    },
    async list(query) {
      return matching(query)
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, query.limit ?? 500)
        .map((e) => ({ ...e }));
    },
    async totals(query, by) {
      const groups = new Map<string | null, { total: SpendTotal; runs: Set<string> }>();
      for (const entry of matching(query)) {
        const key = groupKey(entry, by);
        let group = groups.get(key);
        if (!group) {
          group = { total: emptyTotal(key), runs: new Set() };
          groups.set(key, group);
        }
        add(group.total, entry, group.runs);
      }
      const out = [...groups.values()].map((g) => g.total);
      if (by === 'day') return out.sort((a, b) => (a.key! < b.key! ? -1 : 1));
      return out.sort((a, b) => b.costUsd - a.costUsd || b.dryRunUsd - a.dryRunUsd || String(a.key).localeCompare(String(b.key)));
    },
    async total(query) {
      const total = emptyTotal(null);
      const runs = new Set<string>();
      for (const entry of matching(query)) add(total, entry, runs);
      return total;
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
async function rebuildLostRunRows(entries: LogTable<SpendEntry>, storedRuns: StoredRuns): Promise<void> {
  const recorded = new Set(entries.list().map((e) => e.runId));
  const lost: SpendEntry[] = [];
  for await (const { app, run } of storedRuns((runId) => !recorded.has(runId))) {
    if (run.finishedAt !== null) lost.push(...spendEntriesOfRun(app, run));
  }
  await Promise.all(lost.map((row) => entries.put(row)));
}
