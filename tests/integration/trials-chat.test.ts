/**
 * Issue 15 from the chat (the built-in planner over the HTTP chat door, which the socket shares):
 * "save the last run as a test", "try this on …" (a stored trial, linked), and a model switch
 * on an app with a test set, which offers to run it first and, on "yes", reports the trial's
 * outcome in the reply that confirms the switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { parseServerEvent } from '../../server/ws/events';
import { turnOf } from '../fixtures/chat-client';
import { startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { emulatedModelsEnv } from '../fixtures/emulated-env';

let t: TestServer;
let openai: OpenAIEmulator;
let gemini: GeminiEmulator;

beforeAll(async () => {
  openai = await startOpenAIEmulator();
  gemini = await startGeminiEmulator();
  t = await startTestServer({
    env: emulatedModelsEnv(openai, gemini),
  });
  const spec = AppSpecSchema.parse({
    specVersion: 1,
    name: 'Ticket replies',
    slug: 'ticket-replies',
    model: { model: 'gpt-5-mini' },
    inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
    steps: [{ id: 'reply', title: 'Draft reply', kind: 'generate-text', prompt: 'Reply to: {{inputs.ticket}}' }],
  });
  await t.store.createApp({ workspaceId: 'default', spec, createdBy: null });
});

afterAll(async () => {
  await t.close();
  await openai.close();
  await gemini.close();
});

async function say(conversationId: string | null, text: string) {
  const path = conversationId ? `/api/conversations/${conversationId}/messages` : '/api/conversations';
  const body = conversationId ? { text } : { text, appSlug: 'ticket-replies' };
  const answer = await t.api('POST', path, body, { accept: 'application/json' });
  expect(answer.status).toBeLessThan(300);
  const turn = turnOf((answer.body.events as unknown[]).map((e) => parseServerEvent(JSON.stringify(e))));
  return { conversationId: (answer.body.conversationId as string) ?? conversationId, ...turn };
}

describe('test cases and trials from the chat', () => {
  let conversation: string;

  it('"save the last run as a test" saves the latest run’s inputs as a test case', async () => {
    const run = await t.api('POST', '/api/apps/ticket-replies/runs', { inputs: { ticket: 'Where is my refund?' } });
    expect(run.status).toBe(201);
    const turn = await say(null, 'save the last run as a test');
    conversation = turn.conversationId;
    expect(turn.tools).toEqual(['save_test_case']);
    expect(turn.text).toContain('Saved test case t1');
    expect((await t.store.getApp('ticket-replies'))!.spec.tests).toEqual([
      {
        id: 't1',
        name: expect.stringMatching(/^Run /),
        inputs: [{ name: 'ticket', value: 'Where is my refund?' }],
        checks: [],
        fromRun: expect.any(String),
      },
    ]);
  });

  it('"try this on Gemini 3 Flash and GPT-5 mini" runs the test set on both and links the trial', async () => {
    const turn = await say(conversation, 'try this on Gemini 3 Flash and GPT-5 mini');
    expect(turn.tools).toEqual(['try_models']);
    const app = (await t.store.getApp('ticket-replies'))!;
    const [trial] = await t.store.trials.listTrials(app.id);
    expect(trial!.lanes.map((l) => l.binding.model)).toEqual(['gemini-3-flash-preview', 'gpt-5-mini']);
    expect(trial!.lanes.every((l) => l.cases.length === 1 && l.status === 'ok')).toBe(true);
    expect(turn.text).toContain(`/apps/ticket-replies?trial=${trial!.id}`);
    expect(turn.text).toContain('gemini-3-flash-preview: no checks');
  });

  it('a model switch offers to run the test set first; "yes" runs it, switches, and reports both', async () => {
    const before = (await t.store.getApp('ticket-replies'))!;
    const offer = await say(conversation, 'switch to Gemini 3 Flash');
    expect(offer.tools).toEqual([]);
    expect(offer.text).toContain('Ticket replies has 1 test case.');
    expect(offer.text.endsWith('Try them first — yes, or switch anyway?')).toBe(true);
    expect((await t.store.getApp('ticket-replies'))!.version).toBe(before.version);

    const answer = await say(conversation, 'yes');
    expect(answer.tools).toEqual(['try_models', 'bind_model']);
    expect(answer.text).toMatch(/^First the test set, side by side: Tried 1 test case\(s\) of ticket-replies on 2 models/);
    expect(answer.text).toContain('gpt-5-mini: no checks');
    expect(answer.text).toContain('gemini-3-flash-preview');
    const after = (await t.store.getApp('ticket-replies'))!;
    expect(after.version).toBe(before.version + 1);
    expect(after.spec.model.model).toBe('gemini-3-flash-preview');
  });

  it('"switch anyway" switches without a trial', async () => {
    const offer = await say(conversation, 'switch to GPT-5 mini');
    expect(offer.text.endsWith('Try them first — yes, or switch anyway?')).toBe(true);
    const app = (await t.store.getApp('ticket-replies'))!;
    const trials = (await t.store.trials.listTrials(app.id)).length;
    const answer = await say(conversation, 'switch anyway');
    expect(answer.tools).toEqual(['bind_model']);
    expect((await t.store.getApp('ticket-replies'))!.spec.model.model).toBe('gpt-5-mini');
    expect((await t.store.trials.listTrials(app.id)).length).toBe(trials);
  });
});
