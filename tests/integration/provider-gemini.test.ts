/**
 * The Gemini adapter through the real @google/genai SDK against the loopback emulator.
 */
import { describe, expect, it } from 'vitest';
import { createGeminiProvider } from '../../agent/providers/gemini';
import { ProviderError } from '../../agent/providers/errors';
import type { ChatRequest, GenerateRequest } from '../../agent/providers/provider';
import type { ToolCallPart, ToolSpec } from '../../agent/providers/messages';
import { delay, error, hang, generateContentBody, geminiInvalidKeyBody, json, startGeminiEmulator } from '../fixtures/gemini-emulator';
import { TINY_PNG_BASE64 } from '../fixtures/emulators/tiny-png';
import { useEmulatedProvider } from '../fixtures/emulated-provider';

const KEY = 'AIzaTestKey-abcdefghijklmnop';

const createApp: ToolSpec = {
  name: 'create_app',
  description: 'Create an app',
  inputSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { name: { type: 'string' } },
    required: ['name'],
    additionalProperties: false,
  },
};

const emulated = useEmulatedProvider(startGeminiEmulator, createGeminiProvider, { apiKey: KEY });
const provider = emulated.provider;

const textRequest: GenerateRequest = {
  kind: 'text',
  model: 'gemini-3-flash-preview',
  prompt: 'Write a post',
  system: 'Be brief',
  thinkingLevel: 'low',
};

describe('Gemini provider against the emulated.emulator', () => {
  it('generates text with a thinking level and maps usage (cached and thoughts)', async () => {
    emulated.emulator.script(
      json(generateContentBody({ text: 'Hello', usage: { prompt: 100, cached: 30, candidates: 20, thoughts: 12 } })),
    );
    const result = await provider().generate(textRequest);
    expect(result.content).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(result.finishReason).toEqual({ unified: 'stop', raw: 'STOP' });
    expect(result.usage).toMatchObject({ inputTokens: 70, cachedInputTokens: 30, outputTokens: 32, imageInputTokens: 0, images: 0 });
    const sent = emulated.emulator.requests[0]!;
    expect(sent.path).toBe('/v1beta/models/gemini-3-flash-preview:generateContent');
    expect(sent.headers['x-goog-api-key']).toBe(KEY);
    expect(sent.body).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'Write a post' }] }],
      systemInstruction: { parts: [{ text: 'Be brief' }] },
      generationConfig: { thinkingConfig: { thinkingLevel: 'LOW' } },
    });
  });

  it('skips the thinking level on Gemini 2.5 with a warning', async () => {
    const result = await provider().generate({ ...textRequest, model: 'gemini-2.5-flash' });
    expect(result.warnings).toEqual(['gemini-2.5-flash has no thinking level; "low" was ignored.']);
    expect((emulated.emulator.requests[0]!.body as { generationConfig: unknown }).generationConfig).toEqual({});
  });

  it('returns function calls with synthesised ids and signatures, and sends function responses back', async () => {
    emulated.emulator.script(
      json(
        generateContentBody({
          functionCalls: [
            { name: 'create_app', args: { name: 'Posts' }, thoughtSignature: 'sig-1' },
            { name: 'create_app', args: { name: 'Images' } },
          ],
        }),
      ),
      json(generateContentBody({ text: 'Both made' })),
    );
    const p = provider();
    const request: ChatRequest = {
      model: 'gemini-3-pro-preview',
      system: 'You build apps',
      messages: [{ role: 'user', content: 'Build' }],
      tools: [createApp],
    };
    const first = await p.chat(request);
    expect(first.finishReason).toEqual({ unified: 'tool-calls', raw: 'STOP' });
    const calls = first.content as ToolCallPart[];
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ type: 'tool-call', name: 'create_app', args: { name: 'Posts' }, signature: 'sig-1' });
    expect(calls[0]!.id).not.toBe(calls[1]!.id);
    expect(calls[0]!.id).toMatch(/^gemini-call-/);

    expect((emulated.emulator.requests[0]!.body as { tools: unknown }).tools).toEqual([
      {
        functionDeclarations: [
          {
            name: 'create_app',
            description: 'Create an app',
            parametersJsonSchema: {
              type: 'object',
              properties: { name: { type: 'string' } },
              required: ['name'],
              additionalProperties: false,
            },
          },
        ],
      },
    ]);

    await p.chat({
      ...request,
      messages: [
        ...request.messages,
        { role: 'assistant', content: '', toolCalls: calls },
        { role: 'tool', toolCallId: calls[0]!.id, toolName: 'create_app', result: { slug: 'posts' } },
        { role: 'tool', toolCallId: calls[1]!.id, toolName: 'create_app', result: 'slug taken', isError: true },
      ],
    });
    expect((emulated.emulator.requests[1]!.body as { contents: unknown }).contents).toEqual([
      { role: 'user', parts: [{ text: 'Build' }] },
      {
        role: 'model',
        parts: [
          { functionCall: { name: 'create_app', args: { name: 'Posts' } }, thoughtSignature: 'sig-1' },
          { functionCall: { name: 'create_app', args: { name: 'Images' } } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { name: 'create_app', response: { output: { slug: 'posts' } } } },
          { functionResponse: { name: 'create_app', response: { error: 'slug taken' } } },
        ],
      },
    ]);
  });

  it('keeps Gemini-issued call ids and fills a missing Gemini 3 signature with the documented stand-in', async () => {
    emulated.emulator.script(
      json(generateContentBody({ functionCalls: [{ name: 'create_app', args: { name: 'A' }, id: 'fc-7' }] })),
      json(generateContentBody({ text: 'ok' })),
    );
    const p = provider();
    const first = await p.chat({ model: 'gemini-3-pro-preview', messages: [{ role: 'user', content: 'x' }], tools: [createApp] });
    const call = first.content[0] as ToolCallPart;
    expect(call.id).toBe('fc-7');
    await p.chat({
      model: 'gemini-3-pro-preview',
      tools: [createApp],
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: 'Making it', toolCalls: [call] },
        { role: 'tool', toolCallId: 'fc-7', toolName: 'create_app', result: 1 },
      ],
    });
    const contents = (emulated.emulator.requests[1]!.body as { contents: Array<{ parts: unknown[] }> }).contents;
    expect(contents[1]!.parts).toEqual([
      { text: 'Making it' },
      { functionCall: { name: 'create_app', args: { name: 'A' }, id: 'fc-7' }, thoughtSignature: 'skip_thought_signature_validator' },
    ]);
    expect(contents[2]!.parts).toEqual([{ functionResponse: { name: 'create_app', response: { output: 1 }, id: 'fc-7' } }]);
  });

  it('asks for JSON with responseJsonSchema and parses the object', async () => {
    emulated.emulator.script(json(generateContentBody({ text: '{"title":"Hi"}' })));
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { title: { type: 'string' } },
      required: ['title'],
    };
    const result = await provider().generate({
      kind: 'structured',
      model: 'gemini-2.5-flash',
      prompt: 'Extract',
      schemaName: 'post',
      schema,
    });
    expect(result.object).toEqual({ title: 'Hi' });
    expect((emulated.emulator.requests[0]!.body as { generationConfig: unknown }).generationConfig).toEqual({
      responseMimeType: 'application/json',
      responseJsonSchema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
    });
  });

  it('generates an image with responseModalities IMAGE and counts it', async () => {
    emulated.emulator.script(json(generateContentBody({ images: 1, usage: { prompt: 10, candidates: 1290 } })));
    const result = await provider().generate({
      kind: 'image',
      model: 'gemini-3-pro-image',
      prompt: 'A cat',
      quality: 'low',
      size: '1536x1024',
    });
    expect(result.content).toEqual([{ type: 'image', mimeType: 'image/png', base64: TINY_PNG_BASE64 }]);
    expect(result.usage).toMatchObject({ inputTokens: 10, outputTokens: 1290, images: 1 });
    expect((emulated.emulator.requests[0]!.body as { generationConfig: unknown }).generationConfig).toEqual({
      responseModalities: ['IMAGE'],
      imageConfig: { aspectRatio: '3:2', imageSize: '1K' },
    });
  });

  it('edits an image sent as inlineData and counts image input tokens', async () => {
    emulated.emulator.script(json(generateContentBody({ images: 1, usage: { prompt: 300, promptImage: 258, candidates: 1290 } })));
    const result = await provider().generate({
      kind: 'image-edit',
      model: 'gemini-2.5-flash-image',
      prompt: 'Make it blue',
      image: { mimeType: 'image/png', base64: TINY_PNG_BASE64, filename: 'a.png' },
      quality: 'medium',
      size: '1024x1024',
    });
    expect(result.usage).toMatchObject({ inputTokens: 42, imageInputTokens: 258, images: 1 });
    expect((emulated.emulator.requests[0]!.body as { contents: unknown }).contents).toEqual([
      { role: 'user', parts: [{ inlineData: { mimeType: 'image/png', data: TINY_PNG_BASE64 } }, { text: 'Make it blue' }] },
    ]);
  });

  it('refuses Imagen models with a sentence naming the alternatives', async () => {
    const e = (await provider()
      .generate({ kind: 'image', model: 'imagen-4.0-generate-001', prompt: 'x', quality: 'low', size: '1024x1024' })
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'unsupported', provider: 'google' });
    expect(e.message).toContain('Pick gemini-2.5-flash-image or gemini-3-pro-image');
    expect(emulated.emulator.requests).toHaveLength(0);
  });

  it('preview() equals what the emulated.emulator received for the same request', async () => {
    const requests: GenerateRequest[] = [
      textRequest,
      {
        kind: 'structured',
        model: 'gemini-2.5-pro',
        prompt: 'p',
        schemaName: 's',
        schema: { type: 'object', properties: { a: { type: 'number' } } },
        temperature: 0.2,
      },
      { kind: 'image', model: 'gemini-2.5-flash-image', prompt: 'p', quality: 'high', size: '1024x1024' },
      {
        kind: 'image-edit',
        model: 'gemini-3-pro-image',
        prompt: 'p',
        quality: 'high',
        size: '1024x1536',
        image: { mimeType: 'image/png', base64: TINY_PNG_BASE64, filename: 'x.png' },
      },
    ];
    const p = provider();
    for (const [i, request] of requests.entries()) {
      const result = await p.generate(request);
      const preview = p.preview(request);
      expect(emulated.emulator.requests[i]!.path).toBe(preview.path);
      expect(emulated.emulator.requests[i]!.body).toStrictEqual(preview.body);
      expect(result.request).toStrictEqual(preview);
    }
  });

  it('401 UNAUTHENTICATED and a 400 API_KEY_INVALID both become auth errors naming GEMINI_API_KEY', async () => {
    emulated.emulator.script(error(401), json(geminiInvalidKeyBody(), 400));
    for (const status of [401, 400]) {
      const e = (await provider()
        .generate(textRequest)
        .catch((x: unknown) => x)) as ProviderError;
      expect(e).toBeInstanceOf(ProviderError);
      expect(e).toMatchObject({ kind: 'auth', provider: 'google', status, retryable: false });
      expect(e.message).toBe(`Google Gemini refused the API key (${status}). Set GEMINI_API_KEY in Settings or pick another model.`);
      expect(e.message).not.toContain(KEY);
    }
    expect(emulated.emulator.requests).toHaveLength(2);
  });

  it('429 RESOURCE_EXHAUSTED then success is retried after the RetryInfo delay', async () => {
    emulated.emulator.script(error(429, { retryAfterSeconds: 3 }), json(generateContentBody({ text: 'finally' })));
    const result = await provider().generate(textRequest);
    expect(result.content).toEqual([{ type: 'text', text: 'finally' }]);
    expect(emulated.emulator.requests).toHaveLength(2);
    expect(emulated.delays).toEqual([3000]);
  });

  it('500 INTERNAL becomes unavailable after bounded retries', async () => {
    emulated.emulator.script(error(500), error(500), error(500));
    const e = (await provider({ maxRetries: 2 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'unavailable', status: 500, attempts: 3 });
    expect(e.message).toBe('Google Gemini is unavailable (500) after 3 attempts. Try again in a few minutes, or pick another model.');
    expect(emulated.emulator.requests).toHaveLength(3);
  });

  it('a slow answer becomes a timeout error', async () => {
    emulated.emulator.script(delay(2_000, json(generateContentBody({ text: 'slow' }))));
    const e = (await provider({ timeoutMs: 100, maxRetries: 0 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'timeout', provider: 'google' });
    expect(e.message).toBe('Google Gemini did not answer within 100 ms. Try again, raise the request timeout, or pick a faster model.');
  });

  it('a server that never answers times out on every attempt, then reports the attempts', async () => {
    emulated.emulator.script(hang(), hang());
    const e = (await provider({ timeoutMs: 50, maxRetries: 1 })
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(e.message).toBe(
      'Google Gemini did not answer within 50 ms after 2 attempts. Try again, raise the request timeout, or pick a faster model.',
    );
    expect(emulated.emulator.requests).toHaveLength(2);
  });

  it('400 INVALID_ARGUMENT is a bad request with what Google said', async () => {
    emulated.emulator.script(error(400, { message: 'Function call is missing a thought_signature in functionCall parts.' }));
    const e = (await provider()
      .generate(textRequest)
      .catch((x: unknown) => x)) as ProviderError;
    expect(e).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(e.message).toBe(
      "Google Gemini rejected the request (400): Function call is missing a thought_signature in functionCall parts. Check the model id and the step's settings.",
    );
  });

  it('without a key, preview works and sending says which key to set', async () => {
    const p = createGeminiProvider({ baseURL: emulated.emulator.url });
    expect(p.preview(textRequest).path).toBe('/v1beta/models/gemini-3-flash-preview:generateContent');
    const e = (await p.generate(textRequest).catch((x: unknown) => x)) as ProviderError;
    expect(e.message).toBe('No Gemini API key is set. Set GEMINI_API_KEY in Settings or pick another model.');
    expect(emulated.emulator.requests).toHaveLength(0);
  });
});
