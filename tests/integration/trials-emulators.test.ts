/**
 * Acceptance (issue 15, items 1–3): a test set of three cases (two given, one saved from a run)
 * run on two bindings — gpt-5-mini through the OpenAI emulator, gemini-3-flash-preview through
 * the Gemini emulator, both with their real SDKs — gives per-case outputs, tokens, costs and
 * check results; the trial writes no records and no run history; keeping the winner saves a
 * version with records untouched, and undo restores the previous binding. Bad input to every
 * new route answers 4xx with a sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trial } from '../../agent/ports/trials';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { generateContentBody, startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';
import { json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { emulatedModelsEnv } from '../fixtures/emulated-env';

let t: TestServer;
let openai: OpenAIEmulator;
let gemini: GeminiEmulator;
let appId: string;

const SPEC = AppSpecSchema.parse({
  specVersion: 1,
  name: 'Refund replies',
  slug: 'refund-replies',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
  steps: [
    { id: 'reply', title: 'Draft reply', kind: 'generate-text', prompt: 'Reply to this ticket: {{inputs.ticket}}' },
    {
      id: 'keep',
      title: 'Keep it',
      kind: 'save-record',
      collection: 'tickets',
      values: [{ name: 'reply', value: '{{steps.reply.text}}' }],
    },
  ],
  collections: [{ name: 'tickets', label: 'Tickets', fields: [{ name: 'reply', label: 'Reply', type: 'longText' }] }],
  workload: [{ amount: 500, unit: 'tickets', per: 'week' }],
});

const CHECKS = [
  { kind: 'contains', step: null, text: 'refund' },
  { kind: 'not-contains', step: 'reply', text: 'sorry' },
  { kind: 'matches', step: null, pattern: '^(we|our)\\b' },
  { kind: 'max-cost', usd: 0.01 },
];

beforeAll(async () => {
  openai = await startOpenAIEmulator();
  gemini = await startGeminiEmulator();
  t = await startTestServer({
    env: emulatedModelsEnv(openai, gemini),
  });
  const app = await t.store.createApp({ workspaceId: 'default', spec: SPEC, createdBy: null });
  appId = app.id;
  await t.store.insertRecord({ appId, collection: 'tickets', values: { reply: 'kept from before' }, createdBy: null });
});

afterAll(async () => {
  await t.close();
  await openai.close();
  await gemini.close();
});

describe('a test set tried on two models', () => {
  let trial: Trial;

  it('saves three test cases: two given, one from the latest run (each a new version)', async () => {
    const run = await t.api('POST', '/api/apps/refund-replies/runs', { inputs: { ticket: 'Charged twice for May.' } });
    expect(run.status).toBe(201);
    const first = await t.api('POST', '/api/apps/refund-replies/tests', {
      name: 'Double charge',
      inputs: [{ name: 'ticket', value: 'I was charged twice, please refund.' }],
      checks: CHECKS,
    });
    expect(first.status).toBe(201);
    expect(first.body.summary).toContain('Saved test case t1 "Double charge" on refund-replies with 4 checks');
    const second = await t.api('POST', '/api/apps/refund-replies/tests', {
      name: 'Late parcel',
      inputs: [{ name: 'ticket', value: 'My parcel is late.' }],
      checks: [{ kind: 'not-contains', step: null, text: 'sorry' }],
    });
    expect(second.status).toBe(201);
    const fromRun = await t.api('POST', '/api/apps/refund-replies/tests', { checks: [{ kind: 'max-latency', ms: 3_600_000 }] });
    expect(fromRun.status).toBe(201);
    const app = (await t.store.getApp('refund-replies'))!;
    expect(app.version).toBe(4);
    expect(app.spec.tests?.map((c) => [c.id, c.inputs])).toEqual([
      ['t1', [{ name: 'ticket', value: 'I was charged twice, please refund.' }]],
      ['t2', [{ name: 'ticket', value: 'My parcel is late.' }]],
      ['t3', [{ name: 'ticket', value: 'Charged twice for May.' }]],
    ]);
    expect(app.spec.tests?.[2]?.fromRun).toBe(run.body.run?.id ?? run.body.id);
  });

  it('runs every case on both bindings: per-case outputs, tokens, costs and checks', async () => {
    openai.script(
      json(responsesBody({ text: 'We will refund the second charge today.', usage: { input: 400, output: 60 } })),
      json(responsesBody({ text: 'Our courier says it arrives Friday.', usage: { input: 380, output: 40 } })),
      json(responsesBody({ text: 'We have refunded May.', usage: { input: 390, output: 30 } })),
    );
    gemini.script(
      json(generateContentBody({ text: 'Sorry about that! A refund is on its way.', usage: { prompt: 410, candidates: 80 } })),
      json(generateContentBody({ text: 'Sorry, it is delayed.', usage: { prompt: 390, candidates: 50 } })),
      json(generateContentBody({ text: 'We refunded it.', usage: { prompt: 395, candidates: 20 } })),
    );
    const openaiBefore = openai.requests.length;
    const { status, body } = await t.api('POST', '/api/apps/refund-replies/trials', {
      bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }],
    });
    expect(status).toBe(201);
    trial = body.trial as Trial;
    expect(openai.requests.length - openaiBefore).toBe(3);
    expect(gemini.requests).toHaveLength(3);
    expect(trial).toMatchObject({
      appSlug: 'refund-replies',
      appVersion: 4,
      step: null,
      source: 'test-set',
      volume: 'workload',
      runsPerMonth: 2167,
    });
    const [gpt, flash] = trial.lanes;
    expect(gpt!.binding.model).toBe('gpt-5-mini');
    expect(flash!.binding.model).toBe('gemini-3-flash-preview');

    expect(gpt!.cases.map((c) => [c.caseId, c.status, c.outputs[0]!.text, c.outputs[1]!.status])).toEqual([
      ['t1', 'ok', 'We will refund the second charge today.', 'skipped'],
      ['t2', 'ok', 'Our courier says it arrives Friday.', 'skipped'],
      ['t3', 'ok', 'We have refunded May.', 'skipped'],
    ]);
    expect(flash!.cases.map((c) => c.outputs[0]!.text)).toEqual([
      'Sorry about that! A refund is on its way.',
      'Sorry, it is delayed.',
      'We refunded it.',
    ]);
    expect(gpt!.cases[0]!.usage).toMatchObject({ inputTokens: 400, outputTokens: 60 });
    expect(flash!.cases[0]!.usage).toMatchObject({ inputTokens: 410, outputTokens: 80 });
    for (const lane of trial.lanes) {
      for (const c of lane.cases) expect(c.costUsd).toBeGreaterThan(0);
      const mean = lane.cases.reduce((s, c) => s + c.costUsd, 0) / 3;
      expect(lane.costPerRunUsd).toBeCloseTo(mean, 12);
      expect(lane.costPerMonthUsd).toBeCloseTo(mean * 2167, 9);
      expect(lane.status).toBe('ok');
    }
    expect(gpt!.inputTokens).toBe(1170);
    expect(gpt!.outputTokens).toBe(130);

    // Checks per case: gpt-5-mini passes all; Gemini apologises, so its "does not contain sorry" fail.
    expect(gpt!.cases[0]!.checks.map((c) => [c.check, c.passed])).toEqual([
      ['contains “refund”', true],
      ['does not contain “sorry” (reply)', true],
      ['matches /^(we|our)\\b/', true],
      ['costs at most $0.01', true],
    ]);
    expect(flash!.cases[0]!.checks.map((c) => c.passed)).toEqual([true, false, false, true]);
    expect(flash!.cases[0]!.checks[1]!.detail).toBe('The output contains “sorry”.');
    expect(flash!.cases[1]!.checks.map((c) => c.passed)).toEqual([false]);
    expect(flash!.cases[2]!.checks.map((c) => c.passed)).toEqual([true]);
    expect([gpt!.passed, gpt!.failed, gpt!.notJudged]).toEqual([6, 0, 0]);
    expect([flash!.passed, flash!.failed, flash!.notJudged]).toEqual([3, 3, 0]);
    expect(body.summary).toContain('gpt-5-mini: 6/6 checks passed');
    expect(body.summary).toContain('gemini-3-flash-preview: 3/6 checks passed');
  });

  it('writes no records and no run history, files its spend as a trial, and lists the trial', async () => {
    const records = await t.store.listRecords(appId, 'tickets', {});
    // The one real run saved its record (the emulator's plain "ok"); the trial's six runs saved none.
    expect(records.items.map((r) => r.values.reply)).toEqual(['ok', 'kept from before']);
    expect((await t.store.listRuns(appId)).total).toBe(1);
    const spent = await t.store.spend.list({ workspaceId: 'default', from: '2000-01-01T00:00:00.000Z', to: '2999-01-01T00:00:00.000Z' });
    const trialRows = spent.filter((e) => e.source === 'trial');
    expect(trialRows).toHaveLength(6);
    expect(trialRows.every((e) => e.runId === trial.id && e.appId === appId && !e.dryRun)).toBe(true);
    const total = trial.lanes.flatMap((l) => l.cases).reduce((s, c) => s + c.costUsd, 0);
    expect(trialRows.reduce((s, e) => s + e.costUsd, 0)).toBeCloseTo(total, 12);

    const list = await t.api('GET', '/api/apps/refund-replies/trials');
    expect(list.body.trials.map((x: Trial) => x.id)).toEqual([trial.id]);
    const one = await t.api('GET', `/api/apps/refund-replies/trials/${trial.id}`);
    expect(one.body.trial).toEqual(trial);
  });

  it('keeps the winner as a new version with records untouched, and undo restores the previous binding', async () => {
    const before = (await t.store.getApp('refund-replies'))!;
    const recordsBefore = await t.store.listRecords(appId, 'tickets', {});
    const kept = await t.api('POST', `/api/apps/refund-replies/trials/${trial.id}/keep`, { lane: 1 });
    expect(kept.status).toBe(200);
    expect(kept.body.summary).toBe('refund-replies now uses gemini-3-flash-preview for the app default.');
    expect(kept.body.undo).toEqual({ version: before.version });
    const after = (await t.store.getApp('refund-replies'))!;
    expect(after.version).toBe(before.version + 1);
    expect(after.spec.model.model).toBe('gemini-3-flash-preview');
    expect(after.spec.tests).toEqual(before.spec.tests);
    expect({ ...after.spec, model: before.spec.model }).toEqual(before.spec);
    expect(await t.store.listRecords(appId, 'tickets', {})).toEqual(recordsBefore);

    const undo = await t.api('POST', `/api/apps/refund-replies/versions/${kept.body.undo.version}/restore`, {});
    expect(undo.status).toBe(200);
    const restored = (await t.store.getApp('refund-replies'))!;
    expect(restored.version).toBe(after.version + 1);
    expect(restored.spec).toEqual(before.spec);
    expect(await t.store.listRecords(appId, 'tickets', {})).toEqual(recordsBefore);
  });

  it('restoring an older version restores its test set', async () => {
    const { status } = await t.api('POST', '/api/apps/refund-replies/versions/2/restore', {});
    expect(status).toBe(200);
    expect((await t.store.getApp('refund-replies'))!.spec.tests?.map((c) => c.id)).toEqual(['t1']);
  });
});

describe('bad input to the new routes answers 4xx with a sentence', () => {
  const cases: Array<[string, string, string, unknown, number, RegExp]> = [
    ['one binding', 'POST', '/api/apps/refund-replies/trials', { bindings: [{ model: 'gpt-5-mini' }] }, 400, /bindings/],
    ['five bindings', 'POST', '/api/apps/refund-replies/trials', { bindings: Array(5).fill({ model: 'gpt-5-mini' }) }, 400, /bindings/],
    [
      'the same model twice',
      'POST',
      '/api/apps/refund-replies/trials',
      { bindings: [{ model: 'gpt-5-mini' }, { model: 'gpt-5-mini' }], inputs: [{ name: 'ticket', value: 'x' }] },
      400,
      /listed twice/,
    ],
    [
      'an unknown model',
      'POST',
      '/api/apps/refund-replies/trials',
      { bindings: [{ model: 'gpt-5-mini' }, { model: 'no-such-model-9' }], inputs: [{ name: 'ticket', value: 'x' }] },
      404,
      /no-such-model-9/,
    ],
    [
      'an image model for a text step',
      'POST',
      '/api/apps/refund-replies/trials',
      { bindings: [{ model: 'gpt-5-mini' }, { model: 'gpt-image-1-mini' }], inputs: [{ name: 'ticket', value: 'x' }] },
      422,
      /gpt-image-1-mini/,
    ],
    [
      'a step that uses no model',
      'POST',
      '/api/apps/refund-replies/trials',
      { bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }], step: 'keep', inputs: [{ name: 'ticket', value: 'x' }] },
      422,
      /does not use a model/,
    ],
    [
      'an input the form lacks',
      'POST',
      '/api/apps/refund-replies/trials',
      { bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }], inputs: [{ name: 'nope', value: 'x' }] },
      400,
      /./,
    ],
    [
      'an unknown app',
      'POST',
      '/api/apps/no-such-app/trials',
      { bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }] },
      404,
      /no app "no-such-app"/,
    ],
    ['a keep without a lane', 'POST', '/api/apps/refund-replies/trials/whatever/keep', {}, 400, /lane/],
    ['a keep of an unknown trial', 'POST', '/api/apps/refund-replies/trials/whatever/keep', { lane: 0 }, 404, /no trial "whatever"/],
    ['an unknown trial', 'GET', '/api/apps/refund-replies/trials/whatever', undefined, 404, /no trial "whatever"/],
    [
      'a catastrophic pattern',
      'POST',
      '/api/apps/refund-replies/tests',
      { inputs: [{ name: 'ticket', value: 'x' }], checks: [{ kind: 'matches', step: null, pattern: '(a+)+$' }] },
      400,
      /exponential time/,
    ],
    [
      'a pattern that does not compile',
      'POST',
      '/api/apps/refund-replies/tests',
      { inputs: [{ name: 'ticket', value: 'x' }], checks: [{ kind: 'matches', step: null, pattern: '(' }] },
      400,
      /does not compile/,
    ],
    [
      'a check of an unknown kind',
      'POST',
      '/api/apps/refund-replies/tests',
      { inputs: [{ name: 'ticket', value: 'x' }], checks: [{ kind: 'vibes' }] },
      400,
      /checks\[0\]/,
    ],
    [
      'a test input the app lacks',
      'POST',
      '/api/apps/refund-replies/tests',
      { inputs: [{ name: 'nope', value: 'x' }] },
      400,
      /Input "nope" does not exist/,
    ],
    [
      'a check on a step that is not there',
      'POST',
      '/api/apps/refund-replies/tests',
      { inputs: [{ name: 'ticket', value: 'x' }], checks: [{ kind: 'contains', step: 'ghost', text: 'x' }] },
      400,
      /names step "ghost"/,
    ],
    ['a body that is not an object', 'POST', '/api/apps/refund-replies/tests', [1, 2], 400, /./],
    ['removing a case that is not there', 'DELETE', '/api/apps/refund-replies/tests/t42', undefined, 404, /no test case "t42"/],
    ['a malformed case id', 'DELETE', '/api/apps/refund-replies/tests/Not-An-Id', undefined, 400, /testId/],
  ];
  it.each(cases)('%s', async (_name, method, path, body, want, sentence) => {
    const { status, body: answer } = await t.api(method, path, body);
    expect(status).toBe(want);
    expect(answer.error.message).toMatch(sentence);
    expect(answer.error.message).toMatch(/[.!?]$/);
  });

  it('a trial of an app without test cases and without inputs says how to add one', async () => {
    await t.store.createApp({ workspaceId: 'default', spec: { ...SPEC, slug: 'no-tests', tests: undefined }, createdBy: null });
    const { status, body } = await t.api('POST', '/api/apps/no-tests/trials', {
      bindings: [{ model: 'gpt-5-mini' }, { model: 'gemini-3-flash-preview' }],
    });
    expect(status).toBe(422);
    expect(body.error.message).toBe('no-tests has no test cases yet; save a run as a test (save_test_case) or give the inputs to try.');
  });
});
