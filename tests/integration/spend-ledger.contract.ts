/**
 * The spend ledger's behaviour on every store adapter: rows from app runs (each step),
 * trials and builder-agent turns keep every field; totals per day, app and model equal the
 * runs' own costs to the cent; dry runs are shown apart, never summed; budgets are one per
 * scope; a warning key is claimed once. Each adapter's test file is a short call.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyUsage } from '../../agent/providers/usage';
import type { RunRow, StepRun, StoredApp } from '../../server/store/records';
import type { SpendEntry } from '../../agent/ports/spend';
import type { Store } from '../../server/store/store';
import { agentTurnEntry } from '../../server/spend/metered-agent-provider';
import { spendEntriesOfRun } from '../../server/store/run-spend-entries';
import { specFor } from './store.contract';

export interface SpendContractOptions {
  name: string;
  open: () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> }>;
}

const WS = 'ws-spend';
const NOVEMBER = { workspaceId: WS, from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
const cents = (usd: number) => Math.round(usd * 100);

function step(stepId: string, model: string | null, costUsd: number, finishedAt: string, status: StepRun['status'] = 'ok'): StepRun {
  const usage = model ? { ...emptyUsage(), inputTokens: 1200, outputTokens: 300, cachedInputTokens: 100 } : emptyUsage();
  return {
    stepId,
    kind: model ? 'generate-text' : 'save-record',
    model,
    status,
    output: {},
    usage,
    costUsd,
    request: null,
    error: null,
    startedAt: finishedAt,
    finishedAt,
  };
}

function run(app: StoredApp, id: string, steps: StepRun[]): RunRow {
  const status = steps.some((s) => s.status === 'dry-run') ? 'dry-run' : 'ok';
  return {
    id,
    appId: app.id,
    appVersion: 1,
    trigger: { kind: 'api' },
    status,
    inputs: {},
    steps,
    usage: emptyUsage(),
    costUsd: steps.reduce((sum, s) => sum + s.costUsd, 0),
    error: null,
    createdBy: null,
    startedAt: steps[0]!.startedAt,
    finishedAt: steps.at(-1)!.finishedAt,
  };
}

export function runSpendLedgerContract(options: SpendContractOptions): void {
  describe(`spend ledger contract: ${options.name}`, () => {
    let store: Store;
    let reopen: () => Promise<Store>;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, reopen, cleanup } = await options.open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    async function seed() {
      const drafts = await store.createApp({ workspaceId: WS, spec: specFor('drafts'), createdBy: null });
      const shots = await store.createApp({ workspaceId: WS, spec: specFor('shots'), createdBy: null });
      // Costs with many decimals, as real per-token prices give.
      const runs = [
        run(drafts, 'r1', [
          step('draft', 'gpt-5-mini', 0.000_712_5, '2026-11-03T09:00:01.000Z'),
          step('save', null, 0, '2026-11-03T09:00:02.000Z'),
        ]),
        run(drafts, 'r2', [
          step('draft', 'gpt-5-mini', 0.013_337_77, '2026-11-03T23:59:59.999Z'),
          step('check', 'gemini-2.5-flash', 0.004_21, '2026-11-03T23:59:59.999Z'),
        ]),
        run(shots, 'r3', [
          step('shot', 'gpt-image-1-mini', 0.011, '2026-11-04T00:00:00.000Z'),
          step('shot2', 'gpt-image-1-mini', 0.011, '2026-11-04T00:00:00.500Z'),
        ]),
        run(shots, 'r4', [step('shot', 'gpt-image-1-mini', 0.019_999_9, '2026-11-20T12:00:00.000Z')]),
        // Outside the month: never in November's totals.
        run(shots, 'r-oct', [step('shot', 'gpt-image-1-mini', 5, '2026-10-31T23:59:59.999Z')]),
        run(drafts, 'r-dec', [step('draft', 'gpt-5-mini', 7, '2026-12-01T00:00:00.000Z')]),
      ];
      const dry = run(drafts, 'r-dry', [step('draft', 'gpt-5-mini', 0.25, '2026-11-05T10:00:00.000Z', 'dry-run')]);
      for (const r of [...runs, dry]) await store.spend.record(spendEntriesOfRun(drafts.id === r.appId ? drafts : shots, r));
      const agent = agentTurnEntry(
        'openai',
        { ...emptyUsage(), inputTokens: 2000, outputTokens: 150 },
        { workspaceId: WS, conversationId: 'c1', model: 'gpt-5-mini' },
        new Date('2026-11-04T08:00:00.000Z'),
      );
      const trial: SpendEntry = {
        ...agent,
        id: 'trial-1',
        source: 'trial',
        conversationId: null,
        runId: 'trial-run-1',
        appId: shots.id,
        appSlug: 'shots',
        model: 'gemini-2.5-flash',
        provider: 'google',
        costUsd: 0.000_9,
        at: '2026-11-20T13:00:00.000Z',
        basis: 'estimated',
      };
      await store.spend.record([agent, trial]);
      // Another workspace's spend never shows.
      await store.spend.record([{ ...agent, id: 'elsewhere', workspaceId: 'ws-other', costUsd: 100 }]);
      const inMonth = runs.filter((r) => r.steps[0]!.finishedAt.startsWith('2026-11'));
      return { drafts, shots, inMonth, agent, trial, dry };
    }

    it('keeps every field of run, trial and agent-turn rows', async () => {
      const { drafts, agent, trial } = await seed();
      const rows = await store.spend.list({ ...NOVEMBER, limit: 100 });
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get('r2:1')).toEqual({
        id: 'r2:1',
        workspaceId: WS,
        at: '2026-11-03T23:59:59.999Z',
        source: 'run',
        appId: drafts.id,
        appSlug: 'drafts',
        runId: 'r2',
        stepId: 'check',
        conversationId: null,
        model: 'gemini-2.5-flash',
        provider: 'google',
        inputTokens: 1200,
        cachedInputTokens: 100,
        outputTokens: 300,
        imageInputTokens: 0,
        images: 0,
        costUsd: 0.004_21,
        basis: 'reported',
        dryRun: false,
        pricesAsOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(byId.get(agent.id)).toEqual(agent);
      expect(agent).toMatchObject({ source: 'agent', conversationId: 'c1', provider: 'openai', model: 'gpt-5-mini' });
      // gpt-5-mini: $0.25 / 1M input, $2 / 1M output.
      expect(agent.costUsd).toBeCloseTo((2000 * 0.25 + 150 * 2) / 1e6, 12);
      expect(byId.get('trial-1')).toEqual(trial);
      expect(byId.get('r-dry:0')).toMatchObject({ dryRun: true, basis: 'estimated' });
      // No row for a step that used no model; nothing outside the month or workspace.
      expect(byId.has('r1:1')).toBe(false);
      expect([...byId.keys()].some((id) => id.startsWith('r-oct') || id.startsWith('r-dec') || id === 'elsewhere')).toBe(false);
      expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort().reverse());
    });

    it("sums per day, app and model equal the runs' own costs to the cent; dry runs apart", async () => {
      const { drafts, shots, inMonth, agent, trial } = await seed();
      const runCost = (pick: (s: StepRun, r: RunRow) => boolean) =>
        inMonth.reduce((sum, r) => sum + r.steps.filter((s) => pick(s, r)).reduce((a, s) => a + s.costUsd, 0), 0);

      const total = await store.spend.total(NOVEMBER);
      const allRuns = inMonth.reduce((sum, r) => sum + r.costUsd, 0);
      expect(cents(total.costUsd)).toBe(cents(allRuns + agent.costUsd + trial.costUsd));
      expect(total.costUsd).toBeCloseTo(allRuns + agent.costUsd + trial.costUsd, 9);
      expect(total.dryRunUsd).toBeCloseTo(0.25, 9);
      expect(total.calls).toBe(8);
      expect(total.runs).toBe(5); // r1, r2, r3, r4 and the trial's run id

      const byApp = await store.spend.totals(NOVEMBER, 'app');
      expect(byApp.map((t) => t.key)).toEqual([shots.id, drafts.id, null]);
      expect(cents(byApp[0]!.costUsd)).toBe(cents(runCost((_s, r) => r.appId === shots.id) + trial.costUsd));
      expect(byApp[0]!.costUsd).toBeCloseTo(runCost((_s, r) => r.appId === shots.id) + trial.costUsd, 9);
      expect(byApp[1]!.costUsd).toBeCloseTo(
        runCost((_s, r) => r.appId === drafts.id),
        9,
      );
      expect(byApp[1]).toMatchObject({ runs: 2, calls: 3, dryRunUsd: 0.25 });
      expect(byApp[2]!.costUsd).toBeCloseTo(agent.costUsd, 9);

      const byModel = await store.spend.totals(NOVEMBER, 'model');
      expect(byModel.map((t) => t.key)).toEqual(['gpt-image-1-mini', 'gpt-5-mini', 'gemini-2.5-flash']);
      expect(byModel[1]!.costUsd).toBeCloseTo(runCost((s) => s.model === 'gpt-5-mini') + agent.costUsd, 9);
      expect(byModel[2]!.costUsd).toBeCloseTo(runCost((s) => s.model === 'gemini-2.5-flash') + trial.costUsd, 9);

      const byDay = await store.spend.totals(NOVEMBER, 'day');
      expect(byDay.map((t) => t.key)).toEqual(['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-20']);
      expect(byDay[0]!.costUsd).toBeCloseTo(0.000_712_5 + 0.013_337_77 + 0.004_21, 9);
      expect(byDay[1]!.costUsd).toBeCloseTo(0.022 + agent.costUsd, 9);
      expect(byDay[2]).toMatchObject({ costUsd: 0, calls: 0, dryRunUsd: 0.25 });
      expect(cents(byDay.reduce((s, d) => s + d.costUsd, 0))).toBe(cents(total.costUsd));

      const oneApp = await store.spend.total({ ...NOVEMBER, appId: drafts.id });
      expect(oneApp.costUsd).toBeCloseTo(
        runCost((_s, r) => r.appId === drafts.id),
        9,
      );
    });

    it('keeps rows and budgets across a reopen', async () => {
      await seed();
      const before = await store.spend.total(NOVEMBER);
      await store.spend.putBudget({
        workspaceId: WS,
        appId: null,
        monthlyUsd: 50,
        mode: 'hard',
        fallback: null,
        updatedBy: 'u1',
        updatedAt: '2026-11-02T10:00:00.000Z',
      });
      await store.close();
      store = await reopen();
      expect(await store.spend.total(NOVEMBER)).toEqual(before);
      expect(await store.spend.listBudgets(WS)).toHaveLength(1);
    });

    it('keeps one budget per scope, replaces and deletes it', async () => {
      const at = '2026-11-02T10:00:00.000Z';
      const workspace = {
        workspaceId: WS,
        appId: null,
        monthlyUsd: 50,
        mode: 'hard' as const,
        fallback: null,
        updatedBy: 'u1',
        updatedAt: at,
      };
      const app = {
        workspaceId: WS,
        appId: 'app-1',
        monthlyUsd: 12.5,
        mode: 'soft' as const,
        fallback: { model: 'gpt-5-nano', options: {} },
        updatedBy: 'u1',
        updatedAt: at,
      };
      expect(await store.spend.putBudget(workspace)).toEqual(workspace);
      await store.spend.putBudget(app);
      await store.spend.putBudget({ ...workspace, monthlyUsd: 75.25 });
      const listed = await store.spend.listBudgets(WS);
      expect(listed).toHaveLength(2);
      expect(listed.find((b) => b.appId === null)).toEqual({ ...workspace, monthlyUsd: 75.25 });
      expect(listed.find((b) => b.appId === 'app-1')).toEqual(app);
      expect(await store.spend.listBudgets('ws-other')).toEqual([]);
      expect(await store.spend.deleteBudget(WS, 'app-1')).toBe(true);
      expect(await store.spend.deleteBudget(WS, 'app-1')).toBe(false);
      expect((await store.spend.listBudgets(WS)).map((b) => b.appId)).toEqual([null]);
    });

    it('claims a warning key once, even when asked at the same time', async () => {
      const key = `${WS}:workspace:2026-11:80`;
      const claims = await Promise.all([1, 2, 3].map(() => store.spend.claimWarning(WS, key)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.spend.claimWarning(WS, key)).toBe(false);
      expect(await store.spend.claimWarning(WS, `${WS}:workspace:2026-11:100`)).toBe(true);
    });
  });
}
