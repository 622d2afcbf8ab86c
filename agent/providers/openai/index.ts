/**
 * OpenAI adapter via the `openai` package: agent turns through the Responses API with
 * strict function tools; runtime steps through Responses (text, json_schema structured
 * output) and the Images API (generate, edit). Sections: to-request, from-response,
 * map-finish-reason, map-usage, map-error — the same skeleton as every adapter.
 */
import OpenAI, { toFile } from 'openai';
import { ProviderError } from '../errors';
import type { CallOptions, ChatRequest, GenerateRequest, Provider, ProviderConfig, ProviderResult } from '../provider';
import { callWithRetry, retryPolicy } from '../retry';
import { textStream } from '../text-stream';
import { finishedResponse, fromImages, fromResponses } from './from-response';
import { mapOpenAIError } from './map-error';
import { streamResponse } from './stream-response';
import { undiciFetch } from './undici-fetch';
import { toChatCall, toGenerateCall, toWireRequest, type OpenAICall } from './to-request';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export function createOpenAIProvider(config: ProviderConfig): Provider {
  const baseURL = config.baseURL ?? OPENAI_DEFAULT_BASE_URL;
  const policy = retryPolicy('openai', config);
  const errorContext = { provider: 'openai' as const, baseURL, baseURLEnv: 'OPENAI_BASE_URL', apiKey: config.apiKey };
  const clients: { plain?: OpenAI; streamed?: OpenAI } = {};

  // Created on first send, so preview() and dry runs work without a key. Streamed turns (the
  // agent's, where the time to the first token counts) have a client on undici's `request`.
  function getClient(kind: keyof typeof clients): OpenAI {
    if (!config.apiKey) {
      throw new ProviderError({
        kind: 'auth',
        provider: 'openai',
        message: 'No OpenAI API key is set. Set OPENAI_API_KEY in Settings or pick another model.',
      });
    }
    // maxRetries 0: retry.ts is the one retry policy. Timeouts are retry.ts's too.
    clients[kind] ??= new OpenAI({
      apiKey: config.apiKey,
      baseURL,
      maxRetries: 0,
      timeout: policy.timeoutMs + 1_000,
      ...(kind === 'streamed' ? { fetch: undiciFetch } : {}),
    });
    return clients[kind];
  }

  async function send(call: OpenAICall, structured: boolean, options: CallOptions = {}): Promise<ProviderResult> {
    // Only the Responses API streams text; image calls answer in one piece.
    const stream = options.onTextDelta && call.endpoint === 'responses' ? textStream(options.onTextDelta) : undefined;
    // Built only if the result's `request` is read (runtime steps record it; the agent loop never does).
    const wire = () => toWireRequest(call, stream !== undefined);
    return callWithRetry(
      policy,
      async (attemptSignal) => {
        const openai = getClient(stream ? 'streamed' : 'plain');
        switch (call.endpoint) {
          case 'responses': {
            if (!stream) return fromResponses(await openai.responses.create(call.body, { signal: attemptSignal }), wire, structured);
            // The terminal event carries the final response (usage from response.completed).
            return fromResponses(finishedResponse(await streamResponse(openai, call.body, stream, attemptSignal)), wire, structured);
          }
          case 'images.generate':
            return fromImages(await openai.images.generate(call.body, { signal: attemptSignal }), wire);
          case 'images.edit': {
            const image = await toFile(Buffer.from(call.image.base64, 'base64'), call.image.filename, { type: call.image.mimeType });
            return fromImages(await openai.images.edit({ ...call.body, image }, { signal: attemptSignal }), wire);
          }
        }
      },
      (error) => mapOpenAIError(error, errorContext),
      options.signal,
      stream,
    );
  }

  return {
    id: 'openai',
    chat: async (request: ChatRequest, options) => send(toChatCall(request), false, options),
    generate: async (request: GenerateRequest, options) => send(toGenerateCall(request), request.kind === 'structured', options),
    preview: (request, options) =>
      toWireRequest(toGenerateCall(request), options?.stream === true && request.kind !== 'image' && request.kind !== 'image-edit'),
  };
}
