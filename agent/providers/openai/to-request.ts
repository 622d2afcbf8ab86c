/**
 * Provider-neutral requests → OpenAI wire requests. Pure and synchronous, so `preview()`
 * shows exactly what `chat()`/`generate()` send (the dry run and the real run share it).
 */
import type { ImageEditParamsNonStreaming, ImageGenerateParamsNonStreaming } from 'openai/resources/images';
import type { ResponseCreateParamsNonStreaming, ResponseInputItem } from 'openai/resources/responses/responses';
import type { ChatMessage } from '../messages';
import type { ChatRequest, GenerateRequest, WireRequest } from '../provider';
import { toStrictJsonSchema } from '../strict-schema';
import { stringifyToolArguments, toolResultText } from '../tool-wire';
import { toFunctionTools } from './function-tools';

/** One call to make: which endpoint, and its body. */
export type OpenAICall =
  | { endpoint: 'responses'; body: ResponseCreateParamsNonStreaming }
  | { endpoint: 'images.generate'; body: ImageGenerateParamsNonStreaming }
  | {
      endpoint: 'images.edit';
      /** Everything but the image, which is uploaded as a multipart file. */
      body: Omit<ImageEditParamsNonStreaming, 'image'>;
      image: Extract<GenerateRequest, { kind: 'image-edit' }>['image'];
    };

export function toChatCall(request: ChatRequest): OpenAICall {
  return {
    endpoint: 'responses',
    body: {
      model: request.model,
      ...(request.system ? { instructions: request.system } : {}),
      input: request.messages.flatMap(toInputItems),
      ...(request.tools.length > 0 ? { tools: toFunctionTools(request.tools) } : {}),
      ...reasoning(request.model, request.thinkingLevel),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      // The whole history is sent each turn; nothing needs to be kept on OpenAI's side.
      store: false,
    },
  };
}

export function toGenerateCall(request: GenerateRequest): OpenAICall {
  switch (request.kind) {
    case 'text':
    case 'structured':
      return {
        endpoint: 'responses',
        body: {
          model: request.model,
          ...(request.system ? { instructions: request.system } : {}),
          input: request.prompt,
          ...(request.kind === 'text' ? reasoning(request.model, request.thinkingLevel) : {}),
          ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          ...(request.kind === 'structured'
            ? {
                text: {
                  format: { type: 'json_schema', name: request.schemaName, schema: toStrictJsonSchema(request.schema), strict: true },
                },
              }
            : {}),
          store: false,
        },
      };
    case 'image':
      return { endpoint: 'images.generate', body: { model: request.model, prompt: request.prompt, n: 1, ...imageOptions(request) } };
    case 'image-edit':
      return {
        endpoint: 'images.edit',
        body: { model: request.model, prompt: request.prompt, n: 1, ...editOptions(request) },
        image: request.image,
      };
  }
}

/** The call as it goes on the wire; multipart bodies show the image as its size. `streamed`: sent with `stream: true`. */
export function toWireRequest(call: OpenAICall, streamed = false): WireRequest {
  switch (call.endpoint) {
    case 'responses':
      return { method: 'POST', path: '/responses', body: wireJson(streamed ? { ...call.body, stream: true } : call.body) };
    case 'images.generate':
      return { method: 'POST', path: '/images/generations', body: wireJson(call.body) };
    case 'images.edit':
      return {
        method: 'POST',
        path: '/images/edits',
        body: {
          ...wireJson(call.body),
          image: { filename: call.image.filename, mimeType: call.image.mimeType, bytes: Buffer.byteLength(call.image.base64, 'base64') },
        },
      };
  }
}

function toInputItems(message: ChatMessage): ResponseInputItem[] {
  switch (message.role) {
    case 'user':
      return [{ role: 'user', content: message.content }];
    case 'assistant':
      return [
        ...(message.content ? [{ role: 'assistant' as const, content: message.content }] : []),
        ...(message.toolCalls ?? []).map(
          (call): ResponseInputItem => ({
            type: 'function_call',
            call_id: call.id,
            name: call.name,
            arguments: stringifyToolArguments(call.args),
          }),
        ),
      ];
    case 'tool':
      return [{ type: 'function_call_output', call_id: message.toolCallId, output: toolResultText(message) }];
  }
}

/** Reasoning effort only for the models that take it (gpt-5 family, o-series); others refuse it. */
function reasoning(
  model: string,
  level: ChatRequest['thinkingLevel'],
): { reasoning?: { effort: NonNullable<ChatRequest['thinkingLevel']> } } {
  return level && /^(gpt-5|o\d)/.test(model) ? { reasoning: { effort: level } } : {};
}

/** gpt-image models take low/medium/high and always answer base64; DALL·E takes standard/hd and must be asked for base64. */
function imageOptions(request: Extract<GenerateRequest, { kind: 'image' | 'image-edit' }>) {
  if (request.model.startsWith('dall-e')) {
    return {
      ...(request.model === 'dall-e-3' ? { quality: request.quality === 'high' ? ('hd' as const) : ('standard' as const) } : {}),
      size: request.size,
      response_format: 'b64_json' as const,
    };
  }
  return { quality: request.quality, size: request.size };
}

/** Of the DALL·E models only dall-e-2 edits, and it takes no quality. */
function editOptions(request: Extract<GenerateRequest, { kind: 'image-edit' }>) {
  if (request.model.startsWith('dall-e')) return { size: request.size, response_format: 'b64_json' as const };
  return { quality: request.quality, size: request.size };
}

/** What JSON.stringify puts on the wire (undefined fields vanish), so previews compare equal to it. */
function wireJson(body: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
}
