/**
 * usageMetadata → Usage. `promptTokenCount` includes cached and image tokens, so they are
 * taken out to bill each at its own rate; thinking tokens bill as output.
 */
import type { GenerateContentResponseUsageMetadata } from '@google/genai';
import { emptyUsage, type Usage } from '../usage';

export function mapUsage(usage: GenerateContentResponseUsageMetadata | undefined, imagesOut: number): Usage {
  if (!usage) return { ...emptyUsage(), images: imagesOut };
  const prompt = usage.promptTokenCount ?? 0;
  const cached = usage.cachedContentTokenCount ?? 0;
  const imageInput = (usage.promptTokensDetails ?? [])
    .filter((d) => d.modality === 'IMAGE')
    .reduce((sum, d) => sum + (d.tokenCount ?? 0), 0);
  return {
    inputTokens: Math.max(0, prompt - cached - imageInput),
    cachedInputTokens: cached,
    outputTokens: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0),
    imageInputTokens: imageInput,
    images: imagesOut,
    raw: usage,
  };
}
