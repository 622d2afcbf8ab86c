/**
 * Budgets over real HTTP, with the real OpenAI SDK against the emulator: a hard budget refuses
 * the next run before any provider call (402 with the sentence), and a scheduled and a webhook
 * run are stored as refused with nothing sent; a named fallback runs instead and the run says
 * so; a soft budget sends exactly one warning per threshold (80%, 100%) per month through the
 * app's notify channel (a loopback receiver); budget changes are validated and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSpecInput } from '../../agent/spec/app-spec';
import { createScheduledRunner } from '../../server/scheduler/run-scheduled-job';
import { triggerKey } from '../../server/scheduler/scheduler';
import type { RunRow } from '../../server/store/records';
import { startReceiver, type Receiver } from '../fixtures/automation-harness';
import { json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const SCHEDULE = { kind: 'schedule' as const, cron: '0 9 * * 1', timezone: 'Europe/Berlin', inputs: [{ name: 'topic', value: 'weekly' }] };

const draftsSpec = (slug: string, notifyUrl: string): AppSpecInput => ({
  specVersion: 1,
  name: `Drafts ${slug}`,
  slug,
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
  steps: [
    { id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write a short note about {{inputs.topic}}' },
    {
      id: 'tell',
      title: 'Tell',
      kind: 'notify',
      channel: 'webhook',
      target: `${notifyUrl}/${slug}`,
      message: 'Drafted: {{steps.draft.text}}',
    },
  ],
  triggers: [SCHEDULE, { kind: 'webhook' }],
});

// gpt-5-mini: $0.25 / 1M input, $2 / 1M output → 1000 in + 200 out = $0.00065.
const RUN_USD = (1000 * 0.25 + 200 * 2) / 1e6;
const modelCalls = (openai: OpenAIEmulator) => openai.requests.filter((r) => r.path === '/v1/responses').length;

let t: TestServer;
let openai: OpenAIEmulator;
let receiver: Receiver;

beforeAll(async () => {
  openai = await startOpenAIEmulator();
  receiver = await startReceiver([{ status: 200 }]);
  t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url, OUTBOUND_ALLOW: '127.0.0.1' } });
});
afterAll(async () => {
  await t.close();
  await openai.close();
  await receiver.close();
});

async function realRun(slug: string): Promise<RunRow> {
  openai.script(json(responsesBody({ text: 'A note.', usage: { input: 1000, output: 200 } })));
  const { status, body } = await t.api('POST', `/api/apps/${slug}/runs`, { inputs: { topic: 'the roadmap' } });
  expect(status).toBe(201);
  expect(body.run.status).toBe('ok');
  return body.run;
}

/** Newest first, whole: the list carries summaries, each run's own route the rest. */
async function runsOf(slug: string): Promise<RunRow[]> {
  const items: { id: string }[] = (await t.api('GET', `/api/apps/${slug}/runs?limit=500`)).body.items;
  return Promise.all(items.map(async ({ id }) => (await t.api('GET', `/api/apps/${slug}/runs/${id}`)).body.run as RunRow));
}

describe('a hard budget', () => {
  beforeAll(async () => {
    expect((await t.api('POST', '/api/apps', { spec: draftsSpec('capped', receiver.url) })).status).toBe(201);
  });

  it("puts each priced step of a run in the ledger at the run's own cost", async () => {
    const run = await realRun('capped');
    expect(run.costUsd).toBeCloseTo(RUN_USD, 12);
    const app = (await t.api('GET', '/api/apps/capped/spend')).body;
    expect(app.total).toMatchObject({ runs: 1, calls: 1 });
    expect(Math.round(app.total.costUsd * 100)).toBe(Math.round(run.costUsd * 100));
    expect(app.total.costUsd).toBeCloseTo(run.costUsd, 12);
    expect(app.costPerRunUsd).toBeCloseTo(run.costUsd, 12);
  });

  it('refuses the next run before any provider call, with a sentence naming the budget and what is left', async () => {
    const put = await t.api('PUT', '/api/apps/capped/budget', { monthlyUsd: 0.0007, mode: 'hard' });
    expect(put.status).toBe(200);
    expect(put.body.budget).toMatchObject({
      appId: expect.any(String),
      monthlyUsd: 0.0007,
      mode: 'hard',
      fallback: null,
      appSlug: 'capped',
    });
    const calls = modelCalls(openai);
    const { status, body } = await t.api('POST', '/api/apps/capped/runs', { inputs: { topic: 'the roadmap' } });
    expect(status).toBe(402);
    expect(body.error.code).toBe('budget_exceeded');
    expect(body.error.message).toMatch(
      /^Refused before any model was called: the monthly budget of the app "capped" \(\$0\.0007, hard\) has \$0\.00005 left for \w+ \d{4} and this run is estimated at \$0\.\d+\. Raise the budget/,
    );
    expect(modelCalls(openai)).toBe(calls);
    const [latest] = await runsOf('capped');
    expect(latest).toMatchObject({ status: 'refused', steps: [], costUsd: 0, error: body.error.message, trigger: { kind: 'api' } });
  });

  it('records a scheduled run as refused and sends nothing to the emulator', async () => {
    const calls = modelCalls(openai);
    const runner = createScheduledRunner({ store: t.store, runtime: t.server.runtime });
    await runner({
      key: 'k1',
      appSlug: 'capped',
      triggerKey: triggerKey(SCHEDULE),
      fireAt: '2026-12-07T08:00:00.000Z',
      since: '2026-11-30T08:00:00.000Z',
    });
    const [latest] = await runsOf('capped');
    expect(latest).toMatchObject({ status: 'refused', trigger: { kind: 'schedule' } });
    expect(latest!.error).toMatch(/monthly budget of the app "capped"/);
    expect(modelCalls(openai)).toBe(calls);
  });

  it('records a webhook run as refused and sends nothing to the emulator', async () => {
    const calls = modelCalls(openai);
    const before = (await runsOf('capped')).length;
    const hook = (await t.api('GET', '/api/apps/capped/hook')).body;
    const answer = await fetch(t.url + hook.path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: 'from a hook' }),
    });
    expect(answer.status).toBe(202);
    // The webhook run goes on in the background: wait until it is stored.
    let runs = await runsOf('capped');
    while (runs.length === before) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      runs = await runsOf('capped');
    }
    expect(runs[0]).toMatchObject({ status: 'refused', trigger: { kind: 'webhook' }, inputs: { topic: 'from a hook' } });
    expect(modelCalls(openai)).toBe(calls);
  });

  it('runs on the named fallback instead of refusing, and the run records which ran and why', async () => {
    expect(
      (await t.api('PUT', '/api/apps/capped/budget', { monthlyUsd: 0.0007, mode: 'hard', fallback: { model: 'gpt-5-nano' } })).status,
    ).toBe(200);
    openai.script(json(responsesBody({ text: 'A cheaper note.', usage: { input: 1000, output: 200 } })));
    const { status, body } = await t.api('POST', '/api/apps/capped/runs', { inputs: { topic: 'the roadmap' } });
    expect(status).toBe(201);
    expect(body.run.status).toBe('ok');
    expect(body.run.steps[0]).toMatchObject({ model: 'gpt-5-nano', status: 'ok' });
    expect(body.run.budget).toMatchObject({ fallback: 'gpt-5-nano', steps: ['draft'] });
    expect(body.run.budget.reason).toMatch(
      /^Ran on the fallback gpt-5-nano: the monthly budget of the app "capped" \(\$0\.0007, hard\) has \$0\.00005 left/,
    );
    expect(body.summary).toContain('Ran on the fallback gpt-5-nano');
    expect((openai.requests.at(-1)!.body as { model: string }).model).toBe('gpt-5-nano');
  });

  it("refuses on the workspace's hard budget too, naming it", async () => {
    expect((await t.api('DELETE', '/api/apps/capped/budget')).status).toBe(204);
    expect((await t.api('PUT', '/api/budgets/workspace', { monthlyUsd: 0.001 })).status).toBe(200);
    const { status, body } = await t.api('POST', '/api/apps/capped/runs', { inputs: { topic: 'x' } });
    expect(status).toBe(402);
    // Spent so far: the first run and the fallback run.
    expect(body.error.message).toMatch(/the workspace's monthly budget \(\$0\.001, hard\) has \$0\.000\d+ left for \w+ \d{4}/);
    expect((await t.api('DELETE', '/api/budgets/workspace')).status).toBe(204);
  });

  it('validates budget changes with sentences and audits every change', async () => {
    const bad = [
      [await t.api('PUT', '/api/apps/capped/budget', { monthlyUsd: -1 }), 400, /body\.monthlyUsd: must be more than 0/],
      [
        await t.api('PUT', '/api/apps/capped/budget', { monthlyUsd: 5, mode: 'hard', fallback: { model: 'gpt-9000' } }),
        422,
        /no model "gpt-9000"/,
      ],
      [
        await t.api('PUT', '/api/apps/capped/budget', { monthlyUsd: 5, mode: 'hard', fallback: { model: 'gpt-image-1-mini' } }),
        422,
        /cannot run any AI step of "capped"/,
      ],
      [
        await t.api('PUT', '/api/budgets/workspace', { monthlyUsd: 5, fallback: { model: 'gpt-5-nano' } }),
        422,
        /belongs to an app's budget/,
      ],
      [
        await t.api('PUT', '/api/apps/capped/budget', { monthlyUsd: 5, mode: 'soft', fallback: { model: 'gpt-5-nano' } }),
        422,
        /only applies to a hard budget/,
      ],
      [await t.api('PUT', '/api/apps/nobody/budget', { monthlyUsd: 5 }), 404, /no app "nobody"/],
      [await t.api('DELETE', '/api/apps/capped/budget'), 404, /has no budget/],
      [await t.api('GET', '/api/spend?month=2026-13'), 400, /YYYY-MM/],
    ] as const;
    for (const [answer, status, message] of bad) {
      expect(answer.status).toBe(status);
      expect(answer.body.error.message).toMatch(message);
      expect(answer.body.error.message).toMatch(/\.$/);
    }
    const audit = (await t.store.listAudit('default', { limit: 100 })).filter(
      (e) => e.action === 'budget.set' || e.action === 'budget.delete',
    );
    expect(audit.map((e) => `${e.action} ${e.target}`)).toEqual([
      'budget.delete workspace',
      'budget.set workspace',
      'budget.delete capped',
      'budget.set capped',
      'budget.set capped',
    ]);
    expect(audit[3]!.detail).toMatchObject({
      before: { monthlyUsd: 0.0007, fallback: null },
      after: { fallback: { model: 'gpt-5-nano' } },
    });
  });
});

describe('a soft budget', () => {
  beforeAll(async () => {
    expect((await t.api('POST', '/api/apps', { spec: draftsSpec('watched', receiver.url) })).status).toBe(201);
  });

  it("sends exactly one warning per threshold per month through the app's notify channel, and never refuses", async () => {
    // 80% of $0.002 is reached by the 3rd run ($0.00195), 100% by the 4th ($0.0026).
    expect((await t.api('PUT', '/api/apps/watched/budget', { monthlyUsd: 0.002, mode: 'soft' })).status).toBe(200);
    const warnings = () =>
      receiver.requests
        .filter((r) => r.path === '/watched' && JSON.parse(r.body).kind === 'budget.warning')
        .map((r) => JSON.parse(r.body).text as string);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      await realRun('watched');
      seen.push(warnings().length);
    }
    expect(seen).toEqual([0, 0, 1, 2, 2, 2]);
    const [at80, at100] = warnings();
    expect(at80).toMatch(
      /^Toolwright budget warning: \$0\.00195 of the monthly budget of the app "watched" \(\$0\.002\) is spent in \w+ \d{4}, 98% — past the 80% mark\. Runs continue/,
    );
    expect(at100).toMatch(
      /\$0\.0026 of the monthly budget of the app "watched" \(\$0\.002\) is spent in \w+ \d{4}, 130% — past the 100% mark/,
    );
    // The app's own notify step still posted every run.
    expect(receiver.requests.filter((r) => r.path === '/watched' && JSON.parse(r.body).text.startsWith('Drafted:'))).toHaveLength(6);
    const audit = (await t.store.listAudit('default', { limit: 100 })).filter(
      (e) => e.action === 'budget.warning' && e.target === 'watched',
    );
    expect(audit.map((e) => e.detail.threshold)).toEqual([1, 0.8]);
  });
});
