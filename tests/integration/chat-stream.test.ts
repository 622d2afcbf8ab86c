/**
 * The builder chat streams over a real WebSocket with a real model provider (gpt-5-mini
 * through the OpenAI SDK against the emulator): assistant.delta events arrive one per piece
 * as the model sends them, usage is the final chunk's, and chat.cancel mid-answer aborts the
 * provider request (the emulator sees the connection closed) and ends the turn cancelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseServerEvent, type ServerEvent } from '../../server/ws/events';
import { responsesBody, responsesEvents, sse, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const DELTAS = ['I can ', 'build that: ', 'a form, ', 'a draft ', 'and a table.'];

describe('chat replies stream', () => {
  let t: TestServer;
  let openai: OpenAIEmulator;
  beforeAll(async () => {
    openai = await startOpenAIEmulator();
    t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url, AGENT_MODEL: 'gpt-5-mini' } });
  });
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  /** Sends one message; `onEvent` may answer on the socket; resolves with the turn's events up to done. */
  async function turn(text: string, onEvent: (event: ServerEvent, socket: WebSocket) => void = () => {}): Promise<ServerEvent[]> {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/ws`);
    await new Promise((resolve) => socket.once('open', resolve));
    const events: ServerEvent[] = [];
    const done = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const event = parseServerEvent(String(data));
        events.push(event);
        onEvent(event, socket);
        if (event.type === 'done') resolve();
      }),
    );
    socket.send(JSON.stringify({ type: 'chat.send', conversationId: null, text }));
    await done;
    socket.close();
    return events;
  }

  it('each piece of the reply is its own assistant.delta, in order; usage comes from the final chunk', async () => {
    openai.script(
      sse(responsesEvents(responsesBody({ text: DELTAS.join(''), usage: { input: 3000, output: 40 } }), { deltas: DELTAS }), {
        intervalMs: 10,
      }),
    );
    const events = await turn('a tool that drafts replies to tickets');
    expect(events.flatMap((e) => (e.type === 'assistant.delta' ? [e.text] : []))).toEqual(DELTAS);
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'final', usage: { inputTokens: 3000, outputTokens: 40 } });
    expect((openai.requests.at(-1)!.body as { stream?: boolean }).stream).toBe(true);
  });

  it('chat.cancel mid-answer stops the provider request and ends the turn cancelled', async () => {
    openai.script(sse(responsesEvents(responsesBody({ text: DELTAS.join('') }), { deltas: DELTAS }), { intervalMs: 60 }));
    let cancelled = false;
    const events = await turn('a tool that drafts replies to tickets', (event, socket) => {
      if (event.type === 'assistant.delta' && !cancelled) {
        cancelled = true;
        socket.send(JSON.stringify({ type: 'chat.cancel' }));
      }
    });
    const shown = events.flatMap((e) => (e.type === 'assistant.delta' ? [e.text] : []));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(DELTAS.length);
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'cancelled' });
    const call = openai.requests.at(-1)!.callNumber;
    while (!openai.closedEarly.includes(call)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(openai.closedEarly).toContain(call);
  });
});
