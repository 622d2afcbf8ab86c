/**
 * Google Gemini adapter via @google/genai: generateContent with function declarations
 * (`parametersJsonSchema`), function responses, thinking levels on Gemini 3, JSON-schema
 * structured output, and image generation/editing with Gemini image models. Sections:
 * to-request, from-response, map-finish-reason, map-usage, map-error.
 */
import { GoogleGenAI } from '@google/genai';
import { ProviderError } from '../errors';
import type { CallOptions, Provider, ProviderConfig, ProviderResult } from '../provider';
import { callWithRetry, retryPolicy } from '../retry';
import { textStream } from '../text-stream';
import { fromResponse } from './from-response';
import { mapError } from './map-error';
import { mergeStream } from './merge-stream';
import { toChatCall, toGenerateCall, toSdkParams, toWireRequest, type GeminiCall } from './to-request';

export const GEMINI_DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com';

export function createGeminiProvider(config: ProviderConfig): Provider {
  const baseURL = config.baseURL ?? GEMINI_DEFAULT_BASE_URL;
  const policy = retryPolicy('google', config);
  let client: GoogleGenAI | undefined;

  // Created on first send, so preview() and dry runs work without a key.
  function getClient(): GoogleGenAI {
    if (!config.apiKey) {
      throw new ProviderError({
        kind: 'auth',
        provider: 'google',
        message: 'No Gemini API key is set. Set GEMINI_API_KEY in Settings or pick another model.',
      });
    }
    // No httpOptions.retryOptions: the SDK then makes one attempt, and retry.ts is the one policy.
    // vertexai: false so a GOOGLE_GENAI_USE_VERTEXAI in the environment cannot redirect calls.
    client ??= new GoogleGenAI({ apiKey: config.apiKey, vertexai: false, httpOptions: { baseUrl: baseURL } });
    return client;
  }

  async function send(call: GeminiCall, structured: boolean, options: CallOptions = {}): Promise<ProviderResult> {
    const stream = options.onTextDelta ? textStream(options.onTextDelta) : undefined;
    // Built once the answer is in, off the way to the first token.
    const wire = () => toWireRequest(call, stream !== undefined);
    return callWithRetry(
      policy,
      async (attemptSignal) => {
        const params = toSdkParams(call, attemptSignal);
        const response = stream
          ? await mergeStream(await getClient().models.generateContentStream(params), stream)
          : await getClient().models.generateContent(params);
        return fromResponse(response, wire(), structured, call.warnings);
      },
      (error) => mapError(error, { baseURL, apiKey: config.apiKey }),
      options.signal,
      stream,
    );
  }

  return {
    id: 'google',
    chat: async (request, options) => send(toChatCall(request), false, options),
    generate: async (request, options) => send(toGenerateCall(request), request.kind === 'structured', options),
    preview: (request, options) => toWireRequest(toGenerateCall(request), options?.stream === true),
  };
}
