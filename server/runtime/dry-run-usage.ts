/**
 * What a request would consume, for dry runs: input tokens counted with the model's tokenizer
 * (catalog countTokens, which says how it counted), output tokens from a stated assumption.
 */
import { countTokens, GEMINI_CHARS_PER_TOKEN, type ModelFacts, type TokenCount } from '../../agent/catalog/index';
import type { GenerateRequest } from '../../agent/providers/provider';
import { emptyUsage, type Usage } from '../../agent/providers/usage';

/** Assumed output sizes (tokens) where only the real answer would tell. */
export const ASSUMED_OUTPUT_TOKENS = { text: 500, structuredPerField: 30, label: 10 } as const;

export interface UsageEstimate {
  usage: Usage;
  tokenCount: TokenCount;
  /** The assumptions behind the numbers, as sentences. */
  assumptions: string[];
}

function promptText(request: GenerateRequest): string {
  switch (request.kind) {
    case 'text':
      return [request.system, request.prompt].filter(Boolean).join('\n\n');
    case 'structured':
      return [request.system, request.prompt, JSON.stringify(request.schema)].filter(Boolean).join('\n\n');
    case 'image':
    case 'image-edit':
      return request.prompt;
  }
}

function outputTokens(request: GenerateRequest): { tokens: number; why: string } {
  if (request.kind === 'text')
    return { tokens: ASSUMED_OUTPUT_TOKENS.text, why: `about ${ASSUMED_OUTPUT_TOKENS.text} output tokens assumed for a text answer` };
  if (request.kind === 'structured') {
    const properties = Object.keys((request.schema.properties as Record<string, unknown> | undefined) ?? {});
    const isLabel = properties.length === 1 && properties[0] === 'label';
    const tokens = isLabel ? ASSUMED_OUTPUT_TOKENS.label : ASSUMED_OUTPUT_TOKENS.structuredPerField * properties.length;
    return { tokens, why: `about ${tokens} output tokens assumed for ${isLabel ? 'one label' : `${properties.length} extracted fields`}` };
  }
  return { tokens: 0, why: 'one image generated' };
}

/** A model the directory does not list has no known tokenizer: characters ÷ 4, as for Gemini. */
function approximateTokens(text: string): TokenCount {
  return {
    tokens: Math.ceil(text.length / GEMINI_CHARS_PER_TOKEN),
    method: 'approximation:chars/4',
    explanation: `estimated as characters ÷ ${GEMINI_CHARS_PER_TOKEN} (the server's tokenizer is not known; expect ±25%)`,
  };
}

/** `model` is null for a model an OpenAI-compatible server serves that the directory does not list. */
export function estimateUsage(model: ModelFacts | null, request: GenerateRequest): UsageEstimate {
  const text = promptText(request);
  const tokenCount = model ? countTokens(model, text) : approximateTokens(text);
  const out = outputTokens(request);
  const usage: Usage = { ...emptyUsage(), inputTokens: tokenCount.tokens, outputTokens: out.tokens };
  const assumptions = [`input ${tokenCount.explanation}`, out.why];
  if (request.kind === 'image' || request.kind === 'image-edit') usage.images = 1;
  if (request.kind === 'image-edit')
    assumptions.push("the reference image's input tokens are not estimated (the provider counts them from the pixels)");
  return { usage, tokenCount, assumptions };
}
