/**
 * Provider-neutral requests → one GeminiCall, projected two ways: the @google/genai
 * parameters `generate()` passes to the SDK, and the REST body the SDK puts on the wire
 * (`preview()`), so the dry run shows exactly what a real run sends.
 */
import type { Content, FunctionDeclaration, GenerateContentConfig, GenerateContentParameters, Part, Tool } from '@google/genai';
import { ProviderError } from '../errors';
import { keepKeywords } from '../json-schema-walk';
import { oncePerList } from '../once-per-list';
import type { ChatMessage, ToolSpec } from '../messages';
import type { ChatRequest, GenerateRequest, WireRequest } from '../provider';
import { toolResultPayload } from '../tool-wire';

/** Prefix of tool-call ids made up here because Gemini sent none; never sent back. */
export const SYNTHETIC_ID_PREFIX = 'gemini-call-';
/** Gemini's documented stand-in when a function call in history has no thought signature. */
const SKIP_SIGNATURE = 'skip_thought_signature_validator';

/** The fields of generateContent's `generationConfig` this adapter uses. */
type GenerationConfig = Pick<
  GenerateContentConfig,
  'temperature' | 'thinkingConfig' | 'responseMimeType' | 'responseJsonSchema' | 'responseModalities' | 'imageConfig'
>;

export interface GeminiCall {
  model: string;
  contents: Content[];
  systemInstruction?: Content;
  tools?: Tool[];
  generationConfig: GenerationConfig;
  /** Sentences for the result: options this model does not take. */
  warnings: string[];
}

export function toChatCall(request: ChatRequest): GeminiCall {
  const warnings: string[] = [];
  return {
    model: request.model,
    contents: mergeTurns(request.messages.map((m) => toContent(m, request.model))),
    ...system(request.system),
    ...(request.tools.length > 0 ? { tools: [{ functionDeclarations: toDeclarations(request.tools) }] } : {}),
    generationConfig: { ...temperature(request.temperature), ...thinking(request.model, request.thinkingLevel, warnings) },
    warnings,
  };
}

export function toGenerateCall(request: GenerateRequest): GeminiCall {
  const warnings: string[] = [];
  const user = (parts: Part[]): Content[] => [{ role: 'user', parts }];
  switch (request.kind) {
    case 'text':
      return {
        model: request.model,
        contents: user([{ text: request.prompt }]),
        ...system(request.system),
        generationConfig: { ...temperature(request.temperature), ...thinking(request.model, request.thinkingLevel, warnings) },
        warnings,
      };
    case 'structured': {
      const { $schema: _dropped, ...schema } = request.schema;
      return {
        model: request.model,
        contents: user([{ text: request.prompt }]),
        ...system(request.system),
        generationConfig: { ...temperature(request.temperature), responseMimeType: 'application/json', responseJsonSchema: schema },
        warnings,
      };
    }
    case 'image':
    case 'image-edit': {
      assertImageModel(request.model);
      const image: Part[] =
        request.kind === 'image-edit' ? [{ inlineData: { mimeType: request.image.mimeType, data: request.image.base64 } }] : [];
      return {
        model: request.model,
        contents: user([...image, { text: request.prompt }]),
        generationConfig: { responseModalities: ['IMAGE'], imageConfig: imageConfig(request, warnings) },
        warnings,
      };
    }
  }
}

export function toSdkParams(call: GeminiCall, abortSignal: AbortSignal): GenerateContentParameters {
  return {
    model: call.model,
    contents: call.contents,
    config: {
      ...(call.systemInstruction ? { systemInstruction: call.systemInstruction } : {}),
      ...(call.tools ? { tools: call.tools } : {}),
      ...call.generationConfig,
      abortSignal,
    },
  };
}

/** The REST request the SDK sends for `toSdkParams(call)` (Gemini API, v1beta); `streamed`: generateContentStream's. */
export function toWireRequest(call: GeminiCall, streamed = false): WireRequest {
  const body = {
    contents: call.contents,
    ...(call.systemInstruction ? { systemInstruction: call.systemInstruction } : {}),
    ...(call.tools ? { tools: call.tools } : {}),
    generationConfig: call.generationConfig,
  };
  const method = streamed ? 'streamGenerateContent?alt=sse' : 'generateContent';
  return { method: 'POST', path: `/v1beta/models/${call.model}:${method}`, body: JSON.parse(JSON.stringify(body)) };
}

function toContent(message: ChatMessage, model: string): Content {
  switch (message.role) {
    case 'user':
      return { role: 'user', parts: [{ text: message.content }] };
    case 'assistant': {
      const calls = message.toolCalls ?? [];
      const parts: Part[] = message.content ? [{ text: message.content }] : [];
      calls.forEach((call, i) => {
        // Gemini 3 refuses a turn whose first function call lost its signature (400).
        const signature = call.signature ?? (i === 0 && isGemini3(model) ? SKIP_SIGNATURE : undefined);
        parts.push({
          functionCall: { name: call.name, args: (call.args ?? {}) as Record<string, unknown>, ...providerId(call.id) },
          ...(signature ? { thoughtSignature: signature } : {}),
        });
      });
      return { role: 'model', parts };
    }
    case 'tool':
      return {
        role: 'user',
        parts: [{ functionResponse: { name: message.toolName, response: toolResultPayload(message), ...providerId(message.toolCallId) } }],
      };
  }
}

/** Gemini wants one content per turn: all function responses of a turn together. */
function mergeTurns(contents: Content[]): Content[] {
  const merged: Content[] = [];
  for (const content of contents) {
    const last = merged.at(-1);
    if (last && last.role === content.role) last.parts = [...(last.parts ?? []), ...(content.parts ?? [])];
    else merged.push({ ...content, parts: [...(content.parts ?? [])] });
  }
  return merged;
}

function providerId(id: string): { id?: string } {
  return id.startsWith(SYNTHETIC_ID_PREFIX) ? {} : { id };
}

/** The JSON Schema keywords Gemini documents for `parametersJsonSchema`. */
export const GEMINI_KEYWORDS: ReadonlySet<string> = new Set([
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
]);

/**
 * parametersJsonSchema takes JSON Schema as is (mutually exclusive with `parameters`).
 * Keywords outside Gemini's documented subset (`$schema`, `pattern`, exclusive bounds) are
 * dropped; zod still enforces them when the tool runs.
 */
// Walking every tool's schema took ~1 ms a turn; each tool list is declared once.
export const toDeclarations = oncePerList((tools: readonly ToolSpec[]): FunctionDeclaration[] =>
  tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    parametersJsonSchema: keepKeywords(tool.inputSchema, GEMINI_KEYWORDS),
  })),
);

function system(text: string | undefined): { systemInstruction?: Content } {
  return text ? { systemInstruction: { parts: [{ text }] } } : {};
}

function temperature(value: number | undefined): GenerationConfig {
  return value === undefined ? {} : { temperature: value };
}

export function isGemini3(model: string): boolean {
  return /^gemini-3/.test(model);
}

/** thinkingLevel exists on Gemini 3 models; Gemini 2.5 budgets thinking in tokens instead. */
function thinking(model: string, level: ChatRequest['thinkingLevel'], warnings: string[]): GenerationConfig {
  if (!level) return {};
  if (!isGemini3(model)) {
    warnings.push(`${model} has no thinking level; "${level}" was ignored.`);
    return {};
  }
  return {
    thinkingConfig: { thinkingLevel: level.toUpperCase() as NonNullable<GenerateContentConfig['thinkingConfig']>['thinkingLevel'] },
  };
}

const ASPECT_RATIOS: Record<string, string> = {
  '1024x1024': '1:1',
  '1536x1024': '3:2',
  '1024x1536': '2:3',
  '1792x1024': '16:9',
  '1024x1792': '9:16',
};

/** Gemini image models take an aspect ratio (and, from Gemini 3, an output size) instead of pixels and quality. */
function imageConfig(request: Extract<GenerateRequest, { kind: 'image' | 'image-edit' }>, warnings: string[]) {
  const aspectRatio = ASPECT_RATIOS[request.size];
  if (!aspectRatio) warnings.push(`Size ${request.size} has no Gemini aspect ratio; the model's default was used.`);
  const imageSize = isGemini3(request.model) ? ({ low: '1K', medium: '2K', high: '4K' } as const)[request.quality] : undefined;
  return { ...(aspectRatio ? { aspectRatio } : {}), ...(imageSize ? { imageSize } : {}) };
}

function assertImageModel(model: string): void {
  if (model.startsWith('imagen')) {
    throw new ProviderError({
      kind: 'unsupported',
      provider: 'google',
      message: `${model} is an Imagen model, which this app cannot call yet. Pick gemini-2.5-flash-image or gemini-3-pro-image for image steps.`,
    });
  }
}
