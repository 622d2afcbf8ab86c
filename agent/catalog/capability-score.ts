import type { ModelFacts } from './model-facts';
import { formatTokensShort } from './money';
import { FLAG_CAPABILITIES } from './vocabulary';

export interface CapabilityScore {
  score: number;
  /** The score in words, e.g. "11 capabilities + 4 extra input kinds + 2 for a 1M-token context". */
  explanation: string;
}

/**
 * How much a model can do, counted from its facts only: one point per capability documented
 * as supported, one per input modality beyond text, and 2 points for a context of 1M tokens
 * or more (1 point from 200k). Unknown capabilities score nothing.
 */
export function capabilityScore(model: ModelFacts): CapabilityScore {
  const capabilities = FLAG_CAPABILITIES.filter((c) => model.capabilities[c] === true).length;
  const modalities = model.inputModalities.filter((m) => m !== 'text').length;
  const context = model.maxInputTokens ?? model.contextWindow ?? 0;
  const contextPoints = context >= 1_000_000 ? 2 : context >= 200_000 ? 1 : 0;
  const parts = [
    `${capabilities} capabilit${capabilities === 1 ? 'y' : 'ies'}`,
    modalities > 0 ? `${modalities} extra input kind${modalities === 1 ? '' : 's'}` : null,
    contextPoints > 0 ? `${contextPoints} for a ${formatTokensShort(context >= 1_000_000 ? 1_000_000 : 200_000)}+ token context` : null,
  ].filter((p): p is string => p !== null);
  return { score: capabilities + modalities + contextPoints, explanation: parts.join(' + ') };
}
