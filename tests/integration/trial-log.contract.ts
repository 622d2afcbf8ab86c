/**
 * The trial log's behaviour on every store adapter: a trial comes back exactly as saved (after
 * a reopen too), an app's trials list newest first and only its own, and a trial goes with its
 * app. Each adapter's test file is a short call.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Trial } from '../../agent/ports/trials';
import { emptyUsage } from '../../agent/providers/usage';
import type { Store } from '../../server/store/store';
import { specFor } from './store.contract';

export interface TrialContractOptions {
  name: string;
  open: () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> }>;
}

function trialOf(appId: string, id: string, createdAt: string): Trial {
  return {
    id,
    workspaceId: 'ws',
    appId,
    appSlug: 'tried',
    appVersion: 3,
    step: null,
    source: 'test-set',
    runsPerMonth: 2167,
    volume: 'workload',
    createdBy: 'user-1',
    createdAt,
    lanes: ['gpt-5-mini', 'gemini-3-flash-preview'].map((model, i) => ({
      binding: { model, options: i === 0 ? {} : { thinkingLevel: 'low' as const } },
      costPerRunUsd: 0.000123,
      costPerMonthUsd: 0.266541,
      latencyMs: 840,
      inputTokens: 1170,
      outputTokens: 130,
      passed: 2,
      failed: 1,
      notJudged: 0,
      status: 'ok' as const,
      cases: [
        {
          caseId: 't1',
          name: 'Double charge',
          status: 'ok' as const,
          error: null,
          latencyMs: 840,
          usage: { ...emptyUsage(), inputTokens: 400, outputTokens: 60 },
          costUsd: 0.000123,
          outputs: [
            {
              stepId: 'reply',
              kind: 'generate-text' as const,
              status: 'ok',
              text: 'We will refund it — “today”.',
              label: null,
              fields: null,
              image: null,
              request: { model, input: [{ role: 'user', content: 'Reply' }] },
              error: null,
            },
          ],
          checks: [
            { check: 'contains “refund”', passed: true, detail: 'The output contains “refund”.' },
            { check: 'takes at most 10 ms', passed: false, detail: 'Took 840 ms.' },
            { check: 'costs at most $0.01', passed: null, detail: 'Not judged.' },
          ],
        },
      ],
    })),
  };
}

export function runTrialLogContract(options: TrialContractOptions): void {
  describe(`trial log (${options.name})`, () => {
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

    it('keeps every field of a trial, across a reopen', async () => {
      const app = await store.createApp({ workspaceId: 'ws', spec: specFor('tried'), createdBy: null });
      const trial = trialOf(app.id, 'trial-1', '2026-11-20T10:00:00.000Z');
      await store.trials.saveTrial(trial);
      expect(await store.trials.getTrial('trial-1')).toEqual(trial);
      await store.close();
      store = await reopen();
      expect(await store.trials.getTrial('trial-1')).toEqual(trial);
      expect(await store.trials.getTrial('no-such-trial')).toBeNull();
    });

    it("lists an app's trials newest first, only its own, up to the limit", async () => {
      const a = await store.createApp({ workspaceId: 'ws', spec: specFor('tried'), createdBy: null });
      const b = await store.createApp({ workspaceId: 'ws', spec: specFor('other'), createdBy: null });
      await store.trials.saveTrial(trialOf(a.id, 'old', '2026-11-20T10:00:00.000Z'));
      await store.trials.saveTrial(trialOf(b.id, 'elsewhere', '2026-11-21T10:00:00.000Z'));
      await store.trials.saveTrial(trialOf(a.id, 'new', '2026-11-22T10:00:00.000Z'));
      expect((await store.trials.listTrials(a.id)).map((t) => t.id)).toEqual(['new', 'old']);
      expect((await store.trials.listTrials(a.id, { limit: 1 })).map((t) => t.id)).toEqual(['new']);
      expect((await store.trials.listTrials(b.id)).map((t) => t.id)).toEqual(['elsewhere']);
      expect(await store.trials.listTrials('no-such-app')).toEqual([]);
    });

    it('a trial goes with its app', async () => {
      const app = await store.createApp({ workspaceId: 'ws', spec: specFor('tried'), createdBy: null });
      const other = await store.createApp({ workspaceId: 'ws', spec: specFor('kept'), createdBy: null });
      await store.trials.saveTrial(trialOf(app.id, 'gone', '2026-11-20T10:00:00.000Z'));
      await store.trials.saveTrial(trialOf(other.id, 'stays', '2026-11-20T11:00:00.000Z'));
      await store.deleteApp('tried');
      expect(await store.trials.getTrial('gone')).toBeNull();
      expect(await store.trials.listTrials(app.id)).toEqual([]);
      await store.close();
      store = await reopen();
      expect(await store.trials.getTrial('gone')).toBeNull();
      expect((await store.trials.getTrial('stays'))?.appId).toBe(other.id);
    });
  });
}
