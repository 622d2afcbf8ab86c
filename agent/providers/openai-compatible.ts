/**
 * OpenAI-compatible servers (Ollama, vLLM, LM Studio, OpenRouter) via the `openai` package
 * pointed at their base URL, using Chat Completions — the API they all implement — for
 * tool calling, text and json_schema structured output. Image steps are refused: these
 * servers do not serve the Images API. Same sections as every adapter.
 */
import { randomUUID } from 'node:crypto';
import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParams,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { ProviderError } from './errors';
import type { ChatMessage, ContentPart, ToolSpec } from './messages';
import { mapChatFinishReason } from './openai/map-finish-reason';
import { mapOpenAIError } from './openai/map-error';
import { mapChatUsage } from './openai/map-usage';
import type { CallOptions, ChatRequest, GenerateRequest, Provider, ProviderConfig, ProviderResult, WireRequest } from './provider';
import { callWithRetry, retryPolicy } from './retry';
import { textStream } from './text-stream';
import { toStrictJsonSchema } from './strict-schema';
import { withParsedObject } from './structured-output';
import { parseToolArguments, stringifyToolArguments, toolResultText } from './tool-wire';
import { withWireRequest } from './wire-request';

// Local servers ignore the key but the SDK insists on one.
const NO_KEY = 'not-needed';

export function createOpenAICompatibleProvider(config: ProviderConfig): Provider {
  const policy = retryPolicy('openai-compatible', config);
  let client: OpenAI | undefined;

  function getClient(): OpenAI {
    if (!config.baseURL) {
      throw new ProviderError({
        kind: 'auth',
        provider: 'openai-compatible',
        message:
          'No OpenAI-compatible server is set. Set OPENAI_COMPATIBLE_BASE_URL in Settings (for Ollama: http://localhost:11434/v1) or pick another model.',
      });
    }
    client ??= new OpenAI({ apiKey: config.apiKey || NO_KEY, baseURL: config.baseURL, maxRetries: 0, timeout: policy.timeoutMs + 1_000 });
    return client;
  }

  async function send(
    body: ChatCompletionCreateParamsNonStreaming,
    structured: boolean,
    warnings: string[],
    options: CallOptions = {},
  ): Promise<ProviderResult> {
    const stream = options.onTextDelta ? textStream(options.onTextDelta) : undefined;
    const sent = stream ? streamed(body) : body;
    // Built only if the result's `request` is read (runtime steps record it; the agent loop never does).
    const request = () => toWireRequest(sent);
    return callWithRetry(
      policy,
      async (attemptSignal) => {
        if (!stream)
          return fromResponse(await getClient().chat.completions.create(body, { signal: attemptSignal }), request, structured, warnings);
        // The SDK's ChatCompletionStream accumulates the chunks (text, tool-call pieces, usage) into one completion.
        const chunks = getClient().chat.completions.stream({ ...sent, stream: true }, { signal: attemptSignal });
        chunks.on('content.delta', (event) => stream.emit(event.delta));
        return fromResponse(await chunks.finalChatCompletion(), request, structured, warnings);
      },
      (error) =>
        mapOpenAIError(error, {
          provider: 'openai-compatible',
          baseURL: config.baseURL ?? '',
          baseURLEnv: 'OPENAI_COMPATIBLE_BASE_URL',
          apiKey: config.apiKey,
        }),
      options.signal,
      stream,
    );
  }

  return {
    id: 'openai-compatible',
    chat: async (request, options) => {
      const warnings = request.thinkingLevel ? [`Thinking level "${request.thinkingLevel}" is not sent to OpenAI-compatible servers.`] : [];
      return send(toChatBody(request), false, warnings, options);
    },
    generate: async (request, options) => send(toGenerateBody(request), request.kind === 'structured', [], options),
    preview: (request, options) => toWireRequest(options?.stream ? streamed(toGenerateBody(request)) : toGenerateBody(request)),
  };
}

// ── toRequest ────────────────────────────────────────────────────────────────────────────

export function toChatBody(request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  return {
    model: request.model,
    messages: [...systemMessage(request.system), ...request.messages.flatMap(toMessages)],
    ...(request.tools.length > 0 ? { tools: request.tools.map(toTool) } : {}),
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
  };
}

export function toGenerateBody(request: GenerateRequest): ChatCompletionCreateParamsNonStreaming {
  if (request.kind === 'image' || request.kind === 'image-edit') {
    throw new ProviderError({
      kind: 'unsupported',
      provider: 'openai-compatible',
      message: `OpenAI-compatible servers cannot ${request.kind === 'image' ? 'generate' : 'edit'} images here. Bind this step to an image model such as gpt-image-1-mini or gemini-2.5-flash-image.`,
    });
  }
  return {
    model: request.model,
    messages: [...systemMessage(request.system), { role: 'user', content: request.prompt }],
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.kind === 'structured'
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: request.schemaName, schema: toStrictJsonSchema(request.schema), strict: true },
          },
        }
      : {}),
  };
}

/** The body as streamed: usage comes in one last chunk, and only when asked for (stream_options.include_usage). */
function streamed(body: ChatCompletionCreateParamsNonStreaming): ChatCompletionCreateParams {
  return { ...body, stream: true, stream_options: { include_usage: true } };
}

function toWireRequest(body: ChatCompletionCreateParams): WireRequest {
  return { method: 'POST', path: '/chat/completions', body: JSON.parse(JSON.stringify(body)) };
}

function systemMessage(system: string | undefined): ChatCompletionMessageParam[] {
  return system ? [{ role: 'system', content: system }] : [];
}

function toMessages(message: ChatMessage): ChatCompletionMessageParam[] {
  switch (message.role) {
    case 'user':
      return [{ role: 'user', content: message.content }];
    case 'assistant': {
      const calls = message.toolCalls ?? [];
      return [
        {
          role: 'assistant',
          content: message.content || null,
          ...(calls.length > 0
            ? {
                tool_calls: calls.map((call) => ({
                  id: call.id,
                  type: 'function' as const,
                  function: { name: call.name, arguments: stringifyToolArguments(call.args) },
                })),
              }
            : {}),
        },
      ];
    }
    case 'tool':
      return [{ role: 'tool', tool_call_id: message.toolCallId, content: toolResultText(message) }];
  }
}

function toTool(tool: ToolSpec): ChatCompletionTool {
  return {
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: toStrictJsonSchema(tool.inputSchema), strict: true },
  };
}

// ── fromResponse (finish reasons, usage and errors: ./openai/map-*.ts, shared with OpenAI) ──

function fromResponse(response: ChatCompletion, request: () => WireRequest, structured: boolean, warnings: string[]): ProviderResult {
  const choice = response.choices?.[0];
  const content: ContentPart[] = [];
  if (choice?.message.content) content.push({ type: 'text', text: choice.message.content });
  for (const call of choice?.message.tool_calls ?? []) {
    if (call.type !== 'function') continue;
    // Some servers omit the id; the loop needs one to pair the result with the call.
    content.push({
      type: 'tool-call',
      id: call.id || `call_${randomUUID()}`,
      name: call.function.name,
      args: parseToolArguments(call.function.arguments),
    });
  }
  const result = withWireRequest(
    { content, finishReason: mapChatFinishReason(choice?.finish_reason), usage: mapChatUsage(response.usage), warnings: [...warnings] },
    request,
  );
  return structured ? withParsedObject(result) : result;
}
