/**
 * Text steps stream end to end over real HTTP and WebSocket against the OpenAI emulator: the
 * run API answers `Accept: text/event-stream` with the run's events (step.delta per piece of
 * text) and then the stored run; the chat socket gets the same step.delta events; cancelling
 * mid-answer aborts the provider request (the emulator sees the connection closed) and keeps
 * the partial text on a cancelled run; a dropped connection fails the step with a sentence
 * and keeps the partial text on the stored run.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseServerEvent, type ServerEvent } from '../../server/ws/events';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { postForSse } from '../fixtures/sse-client';
import { json, responsesBody, responsesEvents, sse, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import type { AppSpecInput } from '../../agent/spec/app-spec';

const DELTAS = ['Sorry about ', 'the crash; ', 'a fix ', 'ships today.'];
const TEXT = DELTAS.join('');

const draftSpec: AppSpecInput = {
  specVersion: 1,
  name: 'Draft reply',
  slug: 'draft-reply',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
  steps: [
    { id: 'draft', title: 'Draft a reply', kind: 'generate-text', prompt: 'Write a reply to: {{inputs.ticket}}' },
    { id: 'shorter', title: 'Shorten it', kind: 'generate-text', prompt: 'Shorten: {{steps.draft.text}}' },
  ],
  collections: [],
};

const paced = (options: { intervalMs?: number; dropAfter?: number } = {}) =>
  sse(responsesEvents(responsesBody({ text: TEXT, usage: { input: 1000, output: 200 } }), { deltas: DELTAS }), {
    intervalMs: 10,
    ...options,
  });

describe('streamed text steps', () => {
  let t: TestServer;
  let openai: OpenAIEmulator;
  const runsUrl = () => `${t.url}/api/apps/draft-reply/runs`;
  beforeAll(async () => {
    openai = await startOpenAIEmulator();
    t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url } });
    await t.api('POST', '/api/apps', { spec: draftSpec });
  });
  afterEach(() => openai.script());
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  it('the run API streams server-sent events: a step.delta per piece, usage and cost from the final chunk, then the stored run', async () => {
    openai.script(paced(), json(responsesBody({ text: 'Fix ships today.', usage: { input: 50, output: 5 } })));
    const answer = await postForSse(runsUrl(), { inputs: { ticket: 'the export crashes' } });
    expect(answer.status).toBe(201);
    expect(answer.contentType).toMatch(/^text\/event-stream/);
    const names = answer.events.map((e) => e.event);
    expect(names.slice(0, 2)).toEqual(['run.started', 'step.started']);
    expect(names.at(-2)).toBe('run.finished');
    expect(names.at(-1)).toBe('run');
    const deltas = answer.events.filter((e) => e.event === 'step.delta').map((e) => e.data as { stepId: string; text: string });
    expect(deltas.filter((d) => d.stepId === 'draft').map((d) => d.text)).toEqual(DELTAS);
    // Each delta came before its step finished.
    const firstFinished = names.indexOf('step.finished');
    expect(names.indexOf('step.delta')).toBeLessThan(firstFinished);
    const { run, summary } = answer.events.at(-1)!.data as { run: any; summary: string };
    expect(run.status).toBe('ok');
    expect(run.steps[0]).toMatchObject({ status: 'ok', output: { text: TEXT }, usage: { inputTokens: 1000, outputTokens: 200 } });
    expect(run.steps[0].costUsd).toBeCloseTo((1000 * 0.25 + 200 * 2) / 1e6, 9);
    expect(run.steps[0].request.body.stream).toBe(true);
    expect(summary).toMatch(/finished and cost/);
    expect(openai.requests.map((r) => (r.body as { stream?: boolean }).stream)).toEqual([true, true]);
  });

  it('refused inputs still get a 400 JSON sentence, not a stream', async () => {
    const response = await fetch(runsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ inputs: {} }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/ticket/);
  });

  it('the chat socket carries the same step.delta events, in order', async () => {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/ws`);
    const frames: ServerEvent[] = [];
    socket.on('message', (data) => frames.push(parseServerEvent(String(data))));
    await new Promise((resolve) => socket.once('open', resolve));
    openai.script(paced(), json(responsesBody({ text: 'short' })));
    const { body } = await t.api('POST', '/api/apps/draft-reply/runs', { inputs: { ticket: 'crash' } });
    while (!frames.some((f) => f.type === 'run.finished' && f.runId === body.run.id)) await new Promise((r) => setTimeout(r, 5));
    socket.close();
    const mine = frames.filter((f) => 'runId' in f && f.runId === body.run.id);
    const deltas = mine.flatMap((f) => (f.type === 'step.delta' && f.stepId === 'draft' ? [f.text] : []));
    expect(deltas).toEqual(DELTAS);
  });

  it('cancelling mid-answer aborts the provider request and stores a cancelled run with the partial text', async () => {
    openai.script(paced({ intervalMs: 40 }));
    let cancel: Promise<Response> | null = null;
    const answer = await postForSse(runsUrl(), { inputs: { ticket: 'crash' } }, (event) => {
      const runId = (event.data as { runId?: string }).runId;
      // At the first piece of text, a person presses Cancel.
      if (event.event === 'step.delta' && !cancel && runId) cancel = fetch(`${runsUrl()}/${runId}/cancel`, { method: 'POST' });
    });
    expect((await cancel!).status).toBe(202);
    const { run, summary } = answer.events.at(-1)!.data as { run: any; summary: string };
    expect(run.status).toBe('cancelled');
    expect(run.steps[0].status).toBe('cancelled');
    expect(TEXT.startsWith(run.steps[0].output.text)).toBe(true);
    expect(run.steps[0].output.text.length).toBeGreaterThan(0);
    expect(run.steps[0].error).toMatch(/Cancelled while the answer was arriving\. The \d+ characters that arrived are kept\./);
    // No final chunk, no reported usage: the step says its cost is not counted rather than claiming it was free.
    expect(run.steps[0].error).toMatch(/No usage came with a stopped answer, so its cost is not counted here\.$/);
    expect(run.steps[1]).toMatchObject({ status: 'skipped', error: 'Not run: the run was cancelled.' });
    expect(summary).toMatch(/cancelled/);
    const call = openai.requests.at(-1)!.callNumber;
    while (!openai.closedEarly.includes(call)) await new Promise((r) => setTimeout(r, 5));
    const stored = await t.api('GET', `/api/apps/draft-reply/runs/${run.id}`);
    expect(stored.body.run).toMatchObject({ status: 'cancelled', steps: [{ output: { text: run.steps[0].output.text } }, {}] });
    // Nothing left to cancel once it is over.
    const again = await t.api('POST', `/api/apps/draft-reply/runs/${run.id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already finished \(cancelled\)/);
    expect((await t.api('POST', '/api/apps/draft-reply/runs/nope/cancel')).status).toBe(404);
  });

  it('a connection dropped mid-answer fails the step with a sentence and keeps the partial text on the stored run', async () => {
    const events = responsesEvents(responsesBody({ text: TEXT }), { deltas: DELTAS });
    const secondDelta = events.findIndex((e) => JSON.stringify(e.data).includes(DELTAS[1]!));
    openai.script(paced({ dropAfter: secondDelta + 1 }));
    const before = openai.requests.length;
    const { status, body } = await t.api('POST', '/api/apps/draft-reply/runs', { inputs: { ticket: 'crash' } });
    expect(status).toBe(201);
    expect(body.run.status).toBe('error');
    expect(body.run.steps[0]).toMatchObject({ status: 'error', output: { text: DELTAS[0]! + DELTAS[1]! } });
    expect(body.run.steps[0].error).toMatch(/^OpenAI stopped sending its answer after 23 characters .*The text so far is kept/);
    expect(body.summary).toMatch(/The run failed: Step "draft" failed: OpenAI stopped sending/);
    const stored = await t.api('GET', `/api/apps/draft-reply/runs/${body.run.id}`);
    expect(stored.body.run.steps[0].output.text).toBe(DELTAS[0]! + DELTAS[1]!);
    // Not retried: the text that arrived would have been repeated.
    expect(openai.requests.length - before).toBe(1);
  });
});
