/**
 * Whether one prompt fits a model: its input limit (the stated maximum input, else the
 * context window) against the prompt's tokens, with the sentence the dry run and binding
 * refusals show ("fits in 1,048,576 tokens", "does not fit: 410k tokens > 400k").
 */
import type { ModelFacts } from './model-facts';
import { formatCount, formatTokensShort } from './money';

/** Most input tokens one request may carry; null when the directory states none. */
export function inputLimit(model: ModelFacts): number | null {
  return model.maxInputTokens ?? model.contextWindow;
}

export interface ContextFit {
  model: string;
  /** Tokens of the prompt (or the stated estimate). */
  inputTokens: number;
  /** The model's input limit in tokens; null when unknown (then `fits` is true: nothing to refuse on). */
  limit: number | null;
  fits: boolean;
  /** "fits in 1,048,576 tokens" / "does not fit: 410k tokens > 400k". */
  sentence: string;
}

/** Rounded up, so an overflow never reads as equal ("401k > 400k"). */
function roughTokens(n: number): string {
  if (n >= 1_000_000) return `${(Math.ceil(n / 100_000) / 10).toLocaleString('en-US')}M`;
  if (n >= 10_000) return `${formatCount(Math.ceil(n / 1_000))}k`;
  return formatCount(n);
}

export function contextFit(model: ModelFacts, inputTokens: number): ContextFit {
  const limit = inputLimit(model);
  if (limit === null) return { model: model.id, inputTokens, limit, fits: true, sentence: `${model.id} states no input limit` };
  const fits = inputTokens <= limit;
  const sentence = fits
    ? `fits in ${formatCount(limit)} tokens`
    : `does not fit: ${roughTokens(inputTokens)} tokens > ${formatTokensShort(limit)}`;
  return { model: model.id, inputTokens, limit, fits, sentence };
}
