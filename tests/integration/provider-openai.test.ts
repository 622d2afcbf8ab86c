/**
 * The OpenAI adapter through the real `openai` SDK against the loopback emulator.
 */
import { describe, expect, it } from 'vitest';
import { createOpenAIProvider } from '../../agent/providers/openai';
import { ProviderError } from '../../agent/providers/errors';
import type { ChatRequest, GenerateRequest } from '../../agent/providers/provider';
import type { ToolSpec } from '../../agent/providers/messages';
import { toChatCall } from '../../agent/providers/openai/to-request';
import { delay, error, imagesBody, json, responsesBody, responsesEvents, sse, startOpenAIEmulator } from '../fixtures/openai-emulator';
import { TINY_PNG_BASE64 } from '../fixtures/emulators/tiny-png';
import { useEmulatedProvider } from '../fixtures/emulated-provider';

const KEY = 'sk-test-abcdefghijklmnop1234';

const createApp: ToolSpec = {
  name: 'create_app',
  description: 'Create an app',
  inputSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { name: { type: 'string' }, note: { type: 'string' } },
    required: ['name'],
  },
};

const emulated = useEmulatedProvider(startOpenAIEmulator, createOpenAIProvider, { apiKey: KEY });
const provider = emulated.provider;

const textRequest: GenerateRequest = { kind: 'text', model: 'gpt-5-mini', prompt: 'Write a post', system: 'Be brief' };

describe('OpenAI provider against the emulated.emulator', () => {
  it('generates text and maps usage (cached tokens split out, reasoning inside output)', async () => {
    emulated.emulator.script(json(responsesBody({ text: 'Hello there', usage: { input: 100, cached: 40, output: 30, reasoning: 10 } })));
    const result = await provider().generate(textRequest);
    expect(result.content).toEqual([{ type: 'text', text: 'Hello there' }]);
    expect(result.finishReason).toEqual({ unified: 'stop', raw: 'completed' });
    expect(result.usage).toMatchObject({ inputTokens: 60, cachedInputTokens: 40, outputTokens: 30, imageInputTokens: 0, images: 0 });
    const sent = emulated.emulator.requests[0]!;
    expect(sent.path).toBe('/v1/responses');
    expect(sent.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent.body).toMatchObject({ model: 'gpt-5-mini', instructions: 'Be brief', input: 'Write a post', store: false });
  });

  it('returns tool calls and sends history back as function_call / function_call_output items', async () => {
    emulated.emulator.script(
      json(responsesBody({ toolCalls: [{ name: 'create_app', args: { name: 'Posts', note: null }, callId: 'call_1' }] })),
      json(responsesBody({ text: 'Done' })),
    );
    const p = provider();
    const request: ChatRequest = {
      model: 'gpt-5',
      system: 'You build apps',
      messages: [{ role: 'user', content: 'Build it' }],
      tools: [createApp],
      thinkingLevel: 'low',
    };
    const first = await p.chat(request);
    expect(first.finishReason.unified).toBe('tool-calls');
    expect(first.content).toEqual([{ type: 'tool-call', id: 'call_1', name: 'create_app', args: { name: 'Posts', note: null } }]);

    const firstBody = emulated.emulator.requests[0]!.body as Record<string, unknown>;
    expect(firstBody.tools).toEqual([
      {
        type: 'function',
        name: 'create_app',
        description: 'Create an app',
        strict: true,
        parameters: {
          type: 'object',
          properties: { name: { type: 'string' }, note: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
          required: ['name', 'note'],
          additionalProperties: false,
        },
      },
    ]);
    expect(firstBody.reasoning).toEqual({ effort: 'low' });

    const second = await p.chat({
      ...request,
      messages: [
        ...request.messages,
        { role: 'assistant', content: '', toolCalls: first.content.filter((c) => c.type === 'tool-call') },
        { role: 'tool', toolCallId: 'call_1', toolName: 'create_app', result: { slug: 'posts' } },
        { role: 'tool', toolCallId: 'call_2', toolName: 'create_app', result: 'name taken', isError: true },
      ],
    });
    expect(second.content).toEqual([{ type: 'text', text: 'Done' }]);
    expect((emulated.emulator.requests[1]!.body as { input: unknown }).input).toEqual([
      { role: 'user', content: 'Build it' },
      { type: 'function_call', call_id: 'call_1', name: 'create_app', arguments: '{"name":"Posts","note":null}' },
      { type: 'function_call_output', call_id: 'call_1', output: '{"slug":"posts"}' },
      { type: 'function_call_output', call_id: 'call_2', output: '{"error":"name taken"}' },
    ]);
  });

  it('keeps invalid tool-call JSON for the loop to report', async () => {
    emulated.emulator.script(json(responsesBody({ toolCalls: [{ name: 'create_app', args: '{"name": ', callId: 'c' }] })));
    const result = await provider().chat({ model: 'gpt-5', messages: [{ role: 'user', content: 'x' }], tools: [createApp] });
    expect(result.content[0]).toMatchObject({ type: 'tool-call', args: { __invalidJson: '{"name": ' } });
  });

  it('asks for strict json_schema structured output and parses the object', async () => {
    emulated.emulator.script(json(responsesBody({ text: '{"title":"Hi","tags":["a"]}' })));
    const request: GenerateRequest = {
      kind: 'structured',
      model: 'gpt-5-mini',
      prompt: 'Extract',
      schemaName: 'post',
      schema: {
        type: 'object',
        properties: { title: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
        required: ['title', 'tags'],
        additionalProperties: false,
      },
    };
    const result = await provider().generate(request);
    expect(result.object).toEqual({ title: 'Hi', tags: ['a'] });
    expect((emulated.emulator.requests[0]!.body as { text: unknown }).text).toEqual({
      format: { type: 'json_schema', name: 'post', strict: true, schema: request.schema },
    });
  });

  it('generates an image with quality and size, base64 out, usage with the image count', async () => {
    emulated.emulator.script(json(imagesBody({ usage: { textInput: 15, output: 272 } })));
    const request: GenerateRequest = { kind: 'image', model: 'gpt-image-1-mini', prompt: 'A cat', quality: 'low', size: '1024x1024' };
    const result = await provider().generate(request);
    expect(result.content).toEqual([{ type: 'image', mimeType: 'image/png', base64: TINY_PNG_BASE64 }]);
    expect(result.usage).toMatchObject({ inputTokens: 15, outputTokens: 272, imageInputTokens: 0, images: 1 });
    expect(emulated.emulator.requests[0]!.path).toBe('/v1/images/generations');
    expect(emulated.emulator.requests[0]!.body).toEqual({
      model: 'gpt-image-1-mini',
      prompt: 'A cat',
      n: 1,
      quality: 'low',
      size: '1024x1024',
    });
  });

  it('edits an uploaded image (multipart) and counts image input tokens', async () => {
    emulated.emulator.script(json(imagesBody({ usage: { textInput: 10, imageInput: 323, output: 272 } })));
    const request: GenerateRequest = {
      kind: 'image-edit',
      model: 'gpt-image-1',
      prompt: 'Make it blue',
      image: { mimeType: 'image/png', base64: TINY_PNG_BASE64, filename: 'photo.png' },
      quality: 'medium',
      size: '1024x1024',
    };
    const p = provider();
    const result = await p.generate(request);
    expect(result.usage).toMatchObject({ inputTokens: 10, imageInputTokens: 323, outputTokens: 272, images: 1 });
    const sent = emulated.emulator.requests[0]!;
    expect(sent.path).toBe('/v1/images/edits');
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data/);
    const body = sent.body as Record<string, unknown>;
    expect(body.image).toMatchObject({ filename: 'photo.png', type: 'image/png', base64: TINY_PNG_BASE64 });
    // preview shows the multipart fields, the file as its size
    const preview = p.preview(request);
    expect(preview.path).toBe('/images/edits');
    const { image: previewImage, ...previewFields } = preview.body as Record<string, unknown>;
    const { image: sentImage, ...sentFields } = body;
    expect(sentFields).toEqual(Object.fromEntries(Object.entries(previewFields).map(([k, v]) => [k, String(v)])));
    expect(previewImage).toEqual({ filename: 'photo.png', mimeType: 'image/png', bytes: (sentImage as { size: number }).size });
  });

  it('preview() equals what the emulated.emulator received for the same request', async () => {
    const requests: GenerateRequest[] = [
      textRequest,
      {
        kind: 'structured',
        model: 'gpt-5-mini',
        prompt: 'p',
        schemaName: 's',
        schema: { type: 'object', properties: { a: { type: 'number' } } },
      },
      { kind: 'image', model: 'gpt-image-1', prompt: 'p', quality: 'high', size: '1536x1024' },
      { kind: 'image', model: 'dall-e-3', prompt: 'p', quality: 'high', size: '1024x1024' },
    ];
    const p = provider();
    for (const [i, request] of requests.entries()) {
      const result = await p.generate(request);
      const preview = p.preview(request);
      expect(emulated.emulator.requests[i]!.path).toBe(`/v1${preview.path}`);
      expect(emulated.emulator.requests[i]!.body).toStrictEqual(preview.body);
      expect(result.request).toStrictEqual(preview);
    }
  });

  it('a streamed agent turn sends its body as JSON with the tools, and its result is what response.completed carries', async () => {
    const events = responsesEvents(responsesBody({ text: 'Here it is.', usage: { input: 90, output: 4 } }), {
      deltas: ['Here ', 'it is.'],
    });
    emulated.emulator.script(sse(events));
    const request: ChatRequest = {
      model: 'gpt-5-mini',
      system: 'You build apps',
      messages: [{ role: 'user', content: 'Build it' }],
      tools: [createApp],
    };
    const deltas: string[] = [];
    const result = await provider().chat(request, { onTextDelta: (text) => deltas.push(text) });
    expect(deltas).toEqual(['Here ', 'it is.']);
    expect(result.content).toEqual([{ type: 'text', text: 'Here it is.' }]);
    expect(result.usage).toMatchObject({ inputTokens: 90, outputTokens: 4 });
    const sent = emulated.emulator.requests[0]!;
    expect(sent.headers['content-type']).toBe('application/json');
    const call = toChatCall(request);
    expect(sent.body).toStrictEqual(JSON.parse(JSON.stringify({ ...call.body, stream: true })));
  });

  it('a stream that ends without its terminal event says the answer ended early', async () => {
    const events = responsesEvents(responsesBody({ text: 'Half' }));
    emulated.emulator.script(sse(events.slice(0, -1)));
    const e = (await provider()
      .generate(textRequest, { onTextDelta: () => {} })
      .catch((x: unknown) => x)) as ProviderError;
    expect(ProviderError.isInstance(e)).toBe(true);
    expect(e.message).toMatch(/after 4 characters \(OpenAI ended its answer before response\.completed\./);
  });

  it('401 becomes an auth error with a sentence that names the setting and not the key', async () => {
    emulated.emulator.script(error(401));
    const failure = await provider()
      .generate(textRequest)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProviderError);
    const e = failure as ProviderError;
    expect(e).toMatchObject({ kind: 'auth', provider: 'openai', status: 401, retryable: false });
    expect(e.message).toBe('OpenAI refused the API key (401). Set OPENAI_API_KEY in Settings or pick another model.');
    expect(JSON.stringify({ message: e.message, cause: String(e.cause) })).not.toContain('sk-test');
    expect(emulated.emulator.requests).toHaveLength(1);
  });

  it('429 then success is retried, honouring Retry-After, and succeeds', async () => {
    emulated.emulator.script(error(429, { retryAfterSeconds: 2 }), json(responsesBody({ text: 'finally' })));
    const result = await provider().generate(textRequest);
    expect(result.content).toEqual([{ type: 'text', text: 'finally' }]);
    expect(emulated.emulator.requests).toHaveLength(2);
    expect(emulated.delays).toEqual([2000]);
  });

  it('a 429 for an exhausted quota is not retried and says to add credit', async () => {
    emulated.emulator.script(
      json(
        {
          error: {
            message: 'You exceeded your current quota, please check your plan and billing details.',
            type: 'insufficient_quota',
            param: null,
            code: 'insufficient_quota',
          },
        },
        429,
      ),
    );
    const e = (await provider()
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'rate-limit', retryable: false, status: 429 });
    expect(e.message).toBe(
      "OpenAI says this account has run out of quota (429). Add credit or raise the limit in the provider's billing settings, or pick another model.",
    );
    expect(emulated.emulator.requests).toHaveLength(1);
  });

  it('500 becomes unavailable after bounded retries', async () => {
    emulated.emulator.script(error(500), error(500), error(500), json(responsesBody({ text: 'too late' })));
    const e = (await provider({ maxRetries: 2 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'unavailable', status: 500, attempts: 3 });
    expect(e.message).toBe('OpenAI is unavailable (500) after 3 attempts. Try again in a few minutes, or pick another model.');
    expect(emulated.emulator.requests).toHaveLength(3);
  });

  it('a slow answer becomes a timeout error', async () => {
    emulated.emulator.script(delay(2_000, json(responsesBody({ text: 'slow' }))));
    const e = (await provider({ timeoutMs: 100, maxRetries: 0 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject({ kind: 'timeout', retryable: true });
    expect(e.message).toBe('OpenAI did not answer within 100 ms. Try again, raise the request timeout, or pick a faster model.');
  });

  it('400 is a bad request carrying what OpenAI said, not retried', async () => {
    emulated.emulator.script(error(400, { message: "Invalid value: 'huge'. Supported values are: 'low', 'medium', 'high'." }));
    const e = (await provider()
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(e.message).toBe(
      "OpenAI rejected the request (400): Invalid value: 'huge'. Supported values are: 'low', 'medium', 'high'. Check the model id and the step's settings.",
    );
    expect(emulated.emulator.requests).toHaveLength(1);
  });

  it('without a key, preview works and sending says which key to set', async () => {
    const p = createOpenAIProvider({ baseURL: emulated.emulator.url });
    expect(p.preview(textRequest).path).toBe('/responses');
    const e = (await p.generate(textRequest).catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'auth' });
    expect(e.message).toBe('No OpenAI API key is set. Set OPENAI_API_KEY in Settings or pick another model.');
    expect(emulated.emulator.requests).toHaveLength(0);
  });

  it('a caller abort cancels without a provider error', async () => {
    emulated.emulator.script(delay(5_000, json(responsesBody({ text: 'never' }))));
    const controller = new AbortController();
    const pending = provider()
      .generate(textRequest, { signal: controller.signal })
      .catch((x: unknown) => x);
    setTimeout(() => controller.abort(new Error('stopped by user')), 50);
    const e = await pending;
    expect(ProviderError.isInstance(e)).toBe(false);
    expect((e as Error).message).toBe('stopped by user');
  });
});
