/**
 * lowdb keeps the spend ledger's rows on disk and only per-day buckets in memory: totals over
 * ranges that take buckets whole, cut through them, or hold rows not yet written must equal a
 * plain sum over the rows — before and after a reopen, with runs spread over several models
 * and across midnight counted once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { emptyTotal, type SpendEntry, type SpendGroup, type SpendQuery, type SpendTotal } from '../../agent/ports/spend';
import { openLowdbStore } from '../../server/store/lowdb';

const WS = 'ws-buckets';

function entry(n: number): SpendEntry {
  // Runs of three calls, 7 minutes apart, on two models and two apps; every fifth a dry run.
  const runNo = Math.floor(n / 3);
  return {
    id: `e${n}`,
    workspaceId: n % 17 === 0 ? 'ws-other' : WS,
    at: new Date(Date.UTC(2026, 10, 3, 20) + n * 7 * 60_000).toISOString(),
    source: n % 11 === 0 ? 'agent' : 'run',
    appId: n % 11 === 0 ? null : `app-${runNo % 2}`,
    appSlug: null,
    runId: n % 11 === 0 ? null : `run-${runNo}`,
    stepId: null,
    conversationId: null,
    model: n % 2 === 0 ? 'gpt-5-mini' : 'gemini-2.5-flash',
    provider: 'openai',
    inputTokens: n,
    cachedInputTokens: 1,
    outputTokens: 2 * n,
    imageInputTokens: 0,
    images: n % 4 === 0 ? 1 : 0,
    costUsd: 0.001 * (n % 13) + 0.000_01,
    basis: 'reported',
    dryRun: runNo % 5 === 4,
    pricesAsOf: null,
  };
}

function reference(rows: SpendEntry[], query: SpendQuery, by: SpendGroup | null): SpendTotal[] {
  const groups = new Map<string | null, { total: SpendTotal; runs: Set<string> }>();
  for (const e of rows) {
    if (e.workspaceId !== query.workspaceId || e.at < query.from || e.at >= query.to) continue;
    if (query.appId !== undefined && e.appId !== query.appId) continue;
    const key = by === null ? null : by === 'day' ? e.at.slice(0, 10) : by === 'app' ? e.appId : e.model;
    const g = groups.get(key) ?? { total: emptyTotal(key), runs: new Set<string>() };
    groups.set(key, g);
    if (e.dryRun) {
      g.total.dryRunUsd += e.costUsd;
      continue;
    }
    g.total.costUsd += e.costUsd;
    g.total.calls += 1;
    g.total.inputTokens += e.inputTokens + e.cachedInputTokens + e.imageInputTokens;
    g.total.outputTokens += e.outputTokens;
    g.total.images += e.images;
    if (e.runId) g.runs.add(e.runId);
  }
  return [...groups.values()].map(({ total, runs }) => ({ ...total, runs: runs.size }));
}

const rounded = (totals: SpendTotal[]) =>
  totals
    .map((t) => ({ ...t, costUsd: t.costUsd.toFixed(9), dryRunUsd: t.dryRunUsd.toFixed(9) }))
    .sort((a, b) => String(a.key).localeCompare(String(b.key)));

it('lowdb: totals from day buckets, cut buckets and unwritten rows equal a plain sum over the rows', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'toolwright-spend-buckets-'));
  const rows = Array.from({ length: 600 }, (_, n) => entry(n));
  const queries: SpendQuery[] = [
    { workspaceId: WS, from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
    { workspaceId: WS, from: '2026-11-04T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' },
    { workspaceId: WS, from: '2026-11-03T22:13:00.000Z', to: '2026-11-05T07:41:30.000Z' },
    { workspaceId: WS, from: '2026-11-04T23:30:00.000Z', to: '2026-11-05T00:30:00.000Z', appId: 'app-1' },
  ];
  const check = async (ledger: Awaited<ReturnType<typeof openLowdbStore>>['spend']) => {
    for (const query of queries) {
      expect(rounded([await ledger.total(query)])).toEqual(rounded(reference(rows, query, null)));
      for (const by of ['day', 'app', 'model'] as const) {
        expect(rounded(await ledger.totals(query, by))).toEqual(rounded(reference(rows, query, by)));
      }
      const listed = await ledger.list({ ...query, limit: 10_000 });
      expect(listed.map((e) => e.id).sort()).toEqual(rowsIn(rows, query));
    }
  };
  const rowsIn = (all: SpendEntry[], q: SpendQuery) =>
    all
      .filter((e) => e.workspaceId === q.workspaceId && e.at >= q.from && e.at < q.to && (q.appId === undefined || e.appId === q.appId))
      .map((e) => e.id)
      .sort();
  try {
    let store = await openLowdbStore({ dir });
    // Half written and reopened (rows on disk), half recorded after: some still waiting for their batch.
    for (let i = 0; i < 300; i += 3) await store.spend.record(rows.slice(i, i + 3));
    await store.close();
    store = await openLowdbStore({ dir });
    for (let i = 300; i < 600; i += 3) await store.spend.record(rows.slice(i, i + 3));
    await check(store.spend);
    await store.close();
    store = await openLowdbStore({ dir });
    await check(store.spend);
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('records and totals a batch as large as a rebuild after a crash (200k rows) without overflowing the stack', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tw-spend-large-'));
  const store = await openLowdbStore({ dir });
  try {
    const rows = Array.from({ length: 200_000 }, (_, n) => ({
      ...entry(n),
      id: `big${n}`,
      source: 'agent' as const,
      runId: null,
      dryRun: false,
    }));
    await store.spend.record(rows);
    const total = await store.spend.total({ workspaceId: WS, from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' });
    expect(total.calls).toBe(rows.filter((r) => r.workspaceId === WS).length);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});
