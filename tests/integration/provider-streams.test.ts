/**
 * Streamed answers through the real SDKs against the emulators, for the three adapters that
 * stream: OpenAI (Responses events), OpenAI-compatible (Chat Completions chunks with
 * stream_options.include_usage) and Gemini (:streamGenerateContent?alt=sse). Text arrives in
 * order as it is sent, usage comes from the final chunk, an error or a dropped connection
 * after text is a broken-off answer (not retried, text kept by the caller), and aborting
 * closes the connection the emulator sees.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createGeminiProvider } from '../../agent/providers/gemini';
import { createOpenAIProvider } from '../../agent/providers/openai';
import { createOpenAICompatibleProvider } from '../../agent/providers/openai-compatible';
import { ProviderError } from '../../agent/providers/errors';
import type { ToolSpec } from '../../agent/providers/messages';
import type { GenerateRequest, Provider } from '../../agent/providers/provider';
import { useEmulatedProvider, type EmulatedProvider } from '../fixtures/emulated-provider';
import type { ScriptedResponse, ScriptedServer, SseEvent } from '../fixtures/emulators/scripted-server';
import {
  chatCompletionBody,
  chatCompletionChunks,
  error,
  openaiErrorBody,
  responsesBody,
  responsesErrorEvent,
  responsesEvents,
  sse,
  startOpenAIEmulator,
} from '../fixtures/openai-emulator';
import { generateContentBody, generateContentChunks, geminiStreamError, startGeminiEmulator } from '../fixtures/gemini-emulator';

const DELTAS = ['Thanks for ', 'writing in; ', 'a fix ', 'ships today.'];
const TEXT = DELTAS.join('');

interface Case {
  name: string;
  emulated: EmulatedProvider<ScriptedServer>;
  model: string;
  /** The whole answer's events, text cut into DELTAS, with 100 input / 20 output tokens. */
  answer(): SseEvent[];
  /** An answer with one tool call (name `create_app`, args `{ name: 'Posts' }`). */
  toolCall(): ScriptedResponse;
  /** The provider's error event, as it comes mid-stream. */
  errorEvent: SseEvent;
  /** What the broken-off answer's sentence says of that event: the provider's own account. */
  errorSaid: RegExp;
  /** How the wire request says it streams. */
  streamed(request: { path: string; query: Record<string, string>; body: unknown }): boolean;
}

const createApp: ToolSpec = {
  name: 'create_app',
  description: 'Create an app',
  inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
};

const cases: Case[] = [
  {
    name: 'OpenAI Responses',
    emulated: useEmulatedProvider(startOpenAIEmulator, createOpenAIProvider, { apiKey: 'sk-test-stream-0000' }),
    model: 'gpt-5-mini',
    answer: () => responsesEvents(responsesBody({ text: TEXT, usage: { input: 100, output: 20 } }), { deltas: DELTAS }),
    toolCall: () => sse(responsesEvents(responsesBody({ toolCalls: [{ name: 'create_app', args: { name: 'Posts' }, callId: 'call_7' }] }))),
    errorEvent: responsesErrorEvent(),
    errorSaid: /\(OpenAI reported an error while answering: The server had an error while processing your request/,
    streamed: (r) => (r.body as { stream?: boolean }).stream === true,
  },
  {
    name: 'OpenAI-compatible Chat Completions',
    emulated: useEmulatedProvider(startOpenAIEmulator, createOpenAICompatibleProvider, {}),
    model: 'llama3.1:8b',
    answer: () =>
      chatCompletionChunks(chatCompletionBody({ text: TEXT, usage: { input: 100, output: 20 } }), { deltas: DELTAS, includeUsage: true }),
    toolCall: () =>
      sse(
        chatCompletionChunks(chatCompletionBody({ toolCalls: [{ name: 'create_app', args: { name: 'Posts' }, callId: 'call_7' }] }), {
          includeUsage: true,
        }),
      ),
    errorEvent: { data: openaiErrorBody(500).body },
    errorSaid: /\(The OpenAI-compatible server reported an error while answering: The server had an error/,
    streamed: (r) => {
      const body = r.body as { stream?: boolean; stream_options?: { include_usage?: boolean } };
      return body.stream === true && body.stream_options?.include_usage === true;
    },
  },
  {
    name: 'Gemini streamGenerateContent',
    emulated: useEmulatedProvider(startGeminiEmulator, createGeminiProvider, { apiKey: 'AIzaSyStreamTestKey00000000000000000' }),
    model: 'gemini-3-flash-preview',
    answer: () => generateContentChunks(generateContentBody({ text: TEXT, usage: { prompt: 100, candidates: 20 } }), { deltas: DELTAS }),
    toolCall: () =>
      sse(generateContentChunks(generateContentBody({ functionCalls: [{ name: 'create_app', args: { name: 'Posts' }, id: 'call_7' }] }))),
    errorEvent: geminiStreamError(503),
    errorSaid: /\(Google Gemini is unavailable \(503\)/,
    streamed: (r) => r.path.endsWith(':streamGenerateContent') && r.query.alt === 'sse',
  },
];

async function generate(provider: Provider, model: string, signal?: AbortSignal, onDelta?: (text: string, all: string[]) => void) {
  const deltas: string[] = [];
  const request: GenerateRequest = { kind: 'text', model, prompt: 'Reply to the ticket' };
  const outcome = await provider
    .generate(request, {
      ...(signal ? { signal } : {}),
      onTextDelta: (text) => {
        deltas.push(text);
        onDelta?.(text, deltas);
      },
    })
    .then(
      (result) => ({ result, error: null }),
      (error: unknown) => ({ result: null, error }),
    );
  return { deltas, ...outcome };
}

describe.each(cases)('$name streams', (c) => {
  it('hands over each piece of text in order; the result has the whole text and the usage from the final chunk', async () => {
    c.emulated.emulator.script(sse(c.answer(), { intervalMs: 5 }));
    const { deltas, result } = await generate(c.emulated.provider(), c.model);
    expect(deltas).toEqual(DELTAS);
    expect(result?.content).toEqual([{ type: 'text', text: TEXT }]);
    expect(result?.finishReason.unified).toBe('stop');
    expect(result?.usage).toMatchObject({ inputTokens: 100, outputTokens: 20 });
    const sent = c.emulated.emulator.requests[0]!;
    expect(c.streamed(sent)).toBe(true);
    // The request kept with the run says it streamed, as it went on the wire, and a dry run shows that same request.
    expect(JSON.stringify(result?.request)).toMatch(/stream/);
    expect(result?.request).toEqual(
      c.emulated.provider().preview({ kind: 'text', model: c.model, prompt: 'Reply to the ticket' }, { stream: true }),
    );
  });

  it('assembles a streamed tool call for the agent', async () => {
    c.emulated.emulator.script(c.toolCall());
    const result = await c.emulated
      .provider()
      .chat({ model: c.model, messages: [{ role: 'user', content: 'make posts' }], tools: [createApp] }, { onTextDelta: () => {} });
    expect(result.content).toEqual([expect.objectContaining({ type: 'tool-call', name: 'create_app', args: { name: 'Posts' } })]);
    expect(result.finishReason.unified).toBe('tool-calls');
  });

  it('an error event after text is a broken-off answer: a sentence, no retry, the text handed over kept', async () => {
    const events = c.answer();
    const lastDelta = events.findIndex((e) => JSON.stringify(e.data).includes(DELTAS.at(-1)!));
    c.emulated.emulator.script(sse([...events.slice(0, lastDelta + 1), c.errorEvent]));
    const { deltas, error: failure } = await generate(c.emulated.provider(), c.model);
    expect(deltas.join('')).toBe(TEXT);
    expect(ProviderError.isInstance(failure)).toBe(true);
    expect((failure as ProviderError).message).toMatch(/stopped sending its answer after \d+ characters .*The text so far is kept/);
    expect((failure as ProviderError).message).toMatch(c.errorSaid);
    expect((failure as ProviderError).retryable).toBe(false);
    expect(c.emulated.emulator.requests).toHaveLength(1);
  });

  it('a dropped connection mid-answer is a broken-off answer too', async () => {
    const events = c.answer();
    const firstDelta = events.findIndex((e) => JSON.stringify(e.data).includes(DELTAS[0]!));
    c.emulated.emulator.script(sse(events, { dropAfter: firstDelta + 2 }));
    const { deltas, error: failure } = await generate(c.emulated.provider(), c.model);
    expect(deltas).toEqual(DELTAS.slice(0, 2));
    expect((failure as ProviderError).message).toMatch(/stopped sending its answer after 23 characters \(the connection broke off\)/);
    expect(c.emulated.emulator.requests).toHaveLength(1);
  });

  it('a refusal before any text is retried as without streaming', async () => {
    c.emulated.emulator.script(error(429, { retryAfterSeconds: 0 }), sse(c.answer()));
    const { deltas, result } = await generate(c.emulated.provider(), c.model);
    expect(deltas).toEqual(DELTAS);
    expect(result?.content).toEqual([{ type: 'text', text: TEXT }]);
    expect(c.emulated.emulator.requests).toHaveLength(2);
  });

  it('aborting mid-answer stops the request: the emulator sees the connection closed', async () => {
    const emulator = c.emulated.emulator;
    emulator.script(sse(c.answer(), { intervalMs: 30 }));
    const controller = new AbortController();
    const { deltas, error: failure } = await generate(c.emulated.provider(), c.model, controller.signal, (_text, all) => {
      if (all.length === 2) controller.abort();
    });
    expect(deltas).toEqual(DELTAS.slice(0, 2));
    expect(ProviderError.isInstance(failure)).toBe(false);
    const call = emulator.requests[0]!.callNumber;
    while (!emulator.closedEarly.includes(call)) await sleep(5);
    expect(emulator.closedEarly).toContain(call);
  });
});
