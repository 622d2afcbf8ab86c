/**
 * What a request would consume, for dry runs: input tokens counted with the model's tokenizer
 * (catalog countTokens, which says how it counted), output tokens from a stated assumption.
 */
import { countTokens, type ModelFacts, type TokenCount } from '../../agent/catalog/index';
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
  if (request.kind === 'text') return { tokens: ASSUMED_OUTPUT_TOKENS.text, why: `about ${ASSUMED_OUTPUT_TOKENS.text} output tokens assumed for a text answer` };
  if (request.kind === 'structured') {
    const properties = Object.keys((request.schema.properties as Record<string, unknown> | undefined) ?? {});
    const isLabel = properties.length === 1 && properties[0] === 'label';
    const tokens = isLabel ? ASSUMED_OUTPUT_TOKENS.label : ASSUMED_OUTPUT_TOKENS.structuredPerField * properties.length;
    return { tokens, why: `about ${tokens} output tokens assumed for ${isLabel ? 'one label' : `${properties.length} extracted fields`}` };
  }
  return { tokens: 0, why: 'one image generated' };
}

export function estimateUsage(model: ModelFacts, request: GenerateRequest): UsageEstimate {
  const tokenCount = countTokens(model, promptText(request));
  const out = outputTokens(request);
  const usage: Usage = { ...emptyUsage(), inputTokens: tokenCount.tokens, outputTokens: out.tokens };
  const assumptions = [`input ${tokenCount.explanation}`, out.why];
  if (request.kind === 'image' || request.kind === 'image-edit') usage.images = 1;
  if (request.kind === 'image-edit') assumptions.push('the reference image\'s input tokens are not estimated (the provider counts them from the pixels)');
  return { usage, tokenCount, assumptions };
}
