/**
 * Spend on PostgreSQL end to end: real runs (the OpenAI SDK against the emulator) on two
 * server instances sharing one database; GET /api/spend's totals per app, model and day —
 * GROUP BY in SQL — equal the runs' own costs to the cent, whichever instance answers; a hard
 * budget set on one instance refuses the next run on the other before any provider call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRow } from '../../server/store/records';
import { startAutomationHarness, type AutomationHarness } from '../fixtures/automation-harness';
import { json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { createTestDatabase } from '../setup/test-database';

const textApp = (slug: string, model: string) => ({
  specVersion: 1,
  name: `App ${slug}`,
  slug,
  model: { model },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
  steps: [
    { id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write about {{inputs.topic}}' },
    { id: 'tighten', title: 'Tighten', kind: 'generate-text', prompt: 'Shorten: {{steps.draft.text}}', model: { model: 'gpt-5-nano' } },
  ],
});
const cents = (usd: number) => Math.round(usd * 100);

let a: AutomationHarness;
let b: AutomationHarness;
let openai: OpenAIEmulator;
let drop: () => Promise<void>;
const runs: RunRow[] = [];

beforeAll(async () => {
  openai = await startOpenAIEmulator();
  const db = await createTestDatabase('spend_e2e');
  drop = db.drop;
  const env = { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url };
  a = await startAutomationHarness({ databaseUrl: db.url, env });
  b = await startAutomationHarness({ databaseUrl: db.url, env });
  await a.api('POST', '/api/apps', { spec: textApp('pg-reports', 'gpt-5-mini') });
  await b.api('POST', '/api/apps', { spec: textApp('pg-notes', 'gpt-5.1') });
  const plan = [
    [a, 'pg-reports', 41_234, 3_456],
    [b, 'pg-notes', 12_345, 6_789],
    [a, 'pg-notes', 98_765, 4_321],
    [b, 'pg-reports', 7_777, 999],
  ] as const;
  for (const [instance, slug, input, output] of plan) {
    openai.script(
      json(responsesBody({ text: 'A draft.', usage: { input, output } })),
      json(responsesBody({ text: 'Short.', usage: { input: output, output: 120 } })),
    );
    const { status, body } = await instance.api('POST', `/api/apps/${slug}/runs`, { inputs: { topic: 'spend' } });
    expect(status).toBe(201);
    expect(body.run.status).toBe('ok');
    runs.push(body.run);
  }
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await drop?.();
  await openai?.close();
});

describe('spend on PostgreSQL', () => {
  it("per app, model and day, in SQL, equal the runs' own costs to the cent on either instance", async () => {
    const slugOf = new Map<string, string>();
    for (const slug of ['pg-reports', 'pg-notes']) slugOf.set((await a.store.getApp(slug))!.id, slug);
    const byApp = new Map<string, number>();
    const byModel = new Map<string, number>();
    for (const run of runs) {
      byApp.set(slugOf.get(run.appId)!, (byApp.get(slugOf.get(run.appId)!) ?? 0) + run.costUsd);
      for (const step of run.steps) byModel.set(step.model!, (byModel.get(step.model!) ?? 0) + step.costUsd);
    }
    const total = runs.reduce((sum, r) => sum + r.costUsd, 0);
    for (const instance of [a, b]) {
      const report = (await instance.api('GET', '/api/spend')).body;
      expect(cents(report.total.costUsd)).toBe(cents(total));
      expect(report.total.costUsd).toBeCloseTo(total, 9);
      expect(report.total).toMatchObject({ runs: 4, calls: 8 });
      for (const app of report.byApp) expect(app.costUsd).toBeCloseTo(byApp.get(app.slug)!, 9);
      expect(report.byApp).toHaveLength(2);
      for (const model of report.byModel) expect(model.costUsd).toBeCloseTo(byModel.get(model.key)!, 9);
      expect(report.byModel.map((m: { key: string }) => m.key).sort()).toEqual([...byModel.keys()].sort());
      const today = report.byDay.at(-1);
      expect(cents(today.costUsd)).toBe(cents(total));
    }
  });

  it('a hard budget set on one instance refuses the next run on the other, before any provider call', async () => {
    expect((await a.api('PUT', '/api/apps/pg-notes/budget', { monthlyUsd: 0.01, mode: 'hard' })).status).toBe(200);
    const calls = openai.requests.length;
    const { status, body } = await b.api('POST', '/api/apps/pg-notes/runs', { inputs: { topic: 'more' } });
    expect(status).toBe(402);
    expect(body.error.message).toMatch(/the monthly budget of the app "pg-notes" \(\$0\.01, hard\) has \$0 left for \w+ \d{4}/);
    expect(openai.requests.length).toBe(calls);
  });
});
