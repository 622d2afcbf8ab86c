/**
 * Issue 15: without keys a trial is a dry run that still shows, per model and case, the exact
 * request that would be sent and what it would cost (per run and per month); output checks are
 * "not judged", the cost check is judged on the estimate. A trial of one step binds only that
 * step, and keeping it binds that step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trial } from '../../agent/ports/trials';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  const spec = AppSpecSchema.parse({
    specVersion: 1,
    name: 'Lead notes',
    slug: 'lead-notes',
    model: { model: 'gpt-5-mini' },
    inputs: [{ name: 'note', label: 'Note', type: 'longText', required: true }],
    steps: [
      { id: 'kind', title: 'Sort it', kind: 'classify', prompt: 'Hot or cold? {{inputs.note}}', labels: ['hot', 'cold'] },
      { id: 'summary', title: 'Summarise', kind: 'generate-text', prompt: 'Summarise: {{inputs.note}}' },
    ],
    tests: [
      {
        id: 't1',
        name: 'Warm lead',
        inputs: [{ name: 'note', value: 'Wants a demo next week, budget approved.' }],
        checks: [
          { kind: 'label-in', step: null, labels: ['hot'] },
          { kind: 'max-cost', usd: 1 },
          { kind: 'max-latency', ms: 10_000 },
        ],
        fromRun: null,
      },
    ],
  });
  await t.store.createApp({ workspaceId: 'default', spec, createdBy: null });
});

afterAll(() => t.close());

describe('a trial without keys', () => {
  it('is a dry run showing each request and its cost per run and per month; output checks are not judged', async () => {
    const { status, body } = await t.api('POST', '/api/apps/lead-notes/trials', {
      bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3.1-pro-preview' }],
    });
    expect(status).toBe(201);
    const trial = body.trial as Trial;
    expect(trial.volume).toBe('assumed');
    for (const lane of trial.lanes) {
      expect(lane.status).toBe('dry-run');
      const [c] = lane.cases;
      expect(c!.status).toBe('dry-run');
      expect(c!.costUsd).toBeGreaterThan(0);
      expect(lane.costPerMonthUsd).toBeCloseTo(lane.costPerRunUsd * trial.runsPerMonth, 12);
      expect(c!.outputs.map((o) => [o.stepId, o.status])).toEqual([
        ['kind', 'dry-run'],
        ['summary', 'dry-run'],
      ]);
      expect(JSON.stringify(c!.outputs[1]!.request)).toContain('Summarise: Wants a demo next week, budget approved.');
      expect(c!.checks.map((k) => k.passed)).toEqual([null, true, null]);
    }
    expect(JSON.stringify(trial.lanes[1]!.cases[0]!.outputs[1]!.request)).toContain('contents');
    expect(body.summary).toContain('Without a key a binding runs dry');
    // Dry runs are on the ledger as what they would have cost, never summed into spend.
    const rows = await t.store.spend.list({ workspaceId: 'default', from: '2000-01-01T00:00:00.000Z', to: '2999-01-01T00:00:00.000Z' });
    expect(rows.filter((r) => r.source === 'trial').every((r) => r.dryRun)).toBe(true);
  });

  it('tries one step, leaving the others on their model, and keeping it binds that step', async () => {
    const { body } = await t.api('POST', '/api/apps/lead-notes/trials', {
      bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }],
      step: 'summary',
      inputs: [{ name: 'note', value: 'Asked for pricing.' }],
    });
    const trial = body.trial as Trial;
    expect(trial).toMatchObject({ step: 'summary', source: 'input' });
    const flash = trial.lanes[1]!.cases[0]!;
    expect(JSON.stringify(flash.outputs[0]!.request)).not.toContain('gemini');
    expect(JSON.stringify(flash.outputs[1]!.request)).toContain('contents');
    const kept = await t.api('POST', `/api/apps/lead-notes/trials/${trial.id}/keep`, { lane: 1 });
    expect(kept.body.summary).toMatch(/^lead-notes now uses gemini-3-flash-preview for step summary./);
    const app = (await t.store.getApp('lead-notes'))!;
    expect(app.spec.model.model).toBe('gpt-5-mini');
    expect(app.spec.steps.find((s) => s.id === 'summary')!.model?.model).toBe('gemini-3-flash-preview');
  });
});
