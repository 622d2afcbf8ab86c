/**
 * The OpenAI-compatible adapter (Chat Completions) through the real `openai` SDK against
 * the loopback emulator, as it would talk to Ollama, vLLM, LM Studio or OpenRouter.
 */
import { describe, expect, it } from 'vitest';
import { createOpenAICompatibleProvider } from '../../agent/providers/openai-compatible';
import { ProviderError } from '../../agent/providers/errors';
import type { ChatRequest, GenerateRequest } from '../../agent/providers/provider';
import type { ToolSpec } from '../../agent/providers/messages';
import { chatCompletionBody, delay, error, json, startOpenAIEmulator } from '../fixtures/openai-emulator';
import { useEmulatedProvider } from '../fixtures/emulated-provider';

const createApp: ToolSpec = {
  name: 'create_app',
  description: 'Create an app',
  inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
};

const emulated = useEmulatedProvider(startOpenAIEmulator, createOpenAICompatibleProvider, {});
const provider = emulated.provider;

const textRequest: GenerateRequest = { kind: 'text', model: 'llama3.1:8b', prompt: 'Write a post', system: 'Be brief' };

describe('OpenAI-compatible provider against the emulated.emulator', () => {
  it('generates text over Chat Completions and maps usage', async () => {
    emulated.emulator.script(json(chatCompletionBody({ text: 'Hello', usage: { input: 50, output: 9 } })));
    const result = await provider().generate(textRequest);
    expect(result.content).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(result.finishReason).toEqual({ unified: 'stop', raw: 'stop' });
    expect(result.usage).toMatchObject({ inputTokens: 50, cachedInputTokens: 0, outputTokens: 9 });
    const sent = emulated.emulator.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.body).toStrictEqual({
      model: 'llama3.1:8b',
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Write a post' },
      ],
    });
    expect(result.request).toStrictEqual(provider().preview(textRequest));
  });

  it('returns tool calls and sends history back as tool_calls and tool messages', async () => {
    emulated.emulator.script(
      json(chatCompletionBody({ toolCalls: [{ name: 'create_app', args: { name: 'Posts' }, callId: 'call_a' }] })),
      json(chatCompletionBody({ text: 'Done' })),
    );
    const p = provider();
    const request: ChatRequest = {
      model: 'qwen3',
      messages: [{ role: 'user', content: 'Build' }],
      tools: [createApp],
      thinkingLevel: 'high',
    };
    const first = await p.chat(request);
    expect(first.finishReason).toEqual({ unified: 'tool-calls', raw: 'tool_calls' });
    expect(first.content).toEqual([{ type: 'tool-call', id: 'call_a', name: 'create_app', args: { name: 'Posts' } }]);
    expect(first.warnings).toEqual(['Thinking level "high" is not sent to OpenAI-compatible servers.']);
    expect((emulated.emulator.requests[0]!.body as { tools: unknown }).tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'create_app',
          description: 'Create an app',
          strict: true,
          parameters: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false },
        },
      },
    ]);

    await p.chat({
      ...request,
      messages: [
        ...request.messages,
        { role: 'assistant', content: '', toolCalls: first.content.filter((c) => c.type === 'tool-call') },
        { role: 'tool', toolCallId: 'call_a', toolName: 'create_app', result: { slug: 'posts' } },
      ],
    });
    expect((emulated.emulator.requests[1]!.body as { messages: unknown }).messages).toEqual([
      { role: 'user', content: 'Build' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'create_app', arguments: '{"name":"Posts"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_a', content: '{"slug":"posts"}' },
    ]);
  });

  it('asks for json_schema structured output and parses the object', async () => {
    emulated.emulator.script(json(chatCompletionBody({ text: '{"title":"Hi"}' })));
    const request: GenerateRequest = {
      kind: 'structured',
      model: 'llama3.1:8b',
      prompt: 'Extract',
      schemaName: 'post',
      schema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'], additionalProperties: false },
    };
    const result = await provider().generate(request);
    expect(result.object).toEqual({ title: 'Hi' });
    expect((emulated.emulator.requests[0]!.body as { response_format: unknown }).response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'post', strict: true, schema: request.schema },
    });
    expect(emulated.emulator.requests[0]!.body).toStrictEqual(provider().preview(request).body);
  });

  it('refuses image steps with a sentence naming image models', async () => {
    const p = provider();
    const image: GenerateRequest = { kind: 'image', model: 'x', prompt: 'cat', quality: 'low', size: '1024x1024' };
    const e = (await p.generate(image).catch((x: unknown) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject({ kind: 'unsupported', provider: 'openai-compatible', retryable: false });
    expect(e.message).toBe(
      'OpenAI-compatible servers cannot generate images here. Bind this step to an image model such as gpt-image-1-mini or gemini-2.5-flash-image.',
    );
    expect(() => p.preview(image)).toThrow(ProviderError);
    expect(emulated.emulator.requests).toHaveLength(0);
  });

  it('401 becomes an auth error naming OPENAI_COMPATIBLE_API_KEY', async () => {
    emulated.emulator.script(error(401));
    const e = (await provider({ apiKey: 'sk-or-v1-secretsecret' })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'auth', status: 401 });
    expect(e.message).toBe(
      'The OpenAI-compatible server refused the API key (401). Set OPENAI_COMPATIBLE_API_KEY in Settings or pick another model.',
    );
    expect(emulated.emulator.requests[0]!.headers.authorization).toBe('Bearer sk-or-v1-secretsecret');
  });

  it('429 then success is retried and succeeds', async () => {
    emulated.emulator.script(error(429, { retryAfterSeconds: 1 }), json(chatCompletionBody({ text: 'ok now' })));
    const result = await provider().generate(textRequest);
    expect(result.content).toEqual([{ type: 'text', text: 'ok now' }]);
    expect(emulated.emulator.requests).toHaveLength(2);
    expect(emulated.delays).toEqual([1000]);
  });

  it('500 becomes unavailable after bounded retries', async () => {
    emulated.emulator.script(error(500), error(500));
    const e = (await provider({ maxRetries: 1 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'unavailable', attempts: 2 });
    expect(emulated.emulator.requests).toHaveLength(2);
  });

  it('a slow answer becomes a timeout error', async () => {
    emulated.emulator.script(delay(2_000, json(chatCompletionBody({ text: 'slow' }))));
    const e = (await provider({ timeoutMs: 100, maxRetries: 0 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'timeout', provider: 'openai-compatible' });
  });

  it('a server that is not running is unavailable, naming the base URL setting', async () => {
    const closed = await startOpenAIEmulator();
    const url = closed.url;
    await closed.close();
    const e = (await provider({ baseURL: url, maxRetries: 0 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'unavailable', status: null });
    expect(e.message).toBe(
      `The OpenAI-compatible server could not be reached at ${url}. Check that it is running and that OPENAI_COMPATIBLE_BASE_URL is right, or pick another model.`,
    );
  });

  it('without a base URL, preview works and sending says which setting to add', async () => {
    const p = createOpenAICompatibleProvider({});
    expect(p.preview(textRequest).path).toBe('/chat/completions');
    const e = (await p.generate(textRequest).catch((x: unknown) => x)) as ProviderError;
    expect(e.message).toContain('Set OPENAI_COMPATIBLE_BASE_URL in Settings');
  });
});
