/** What one provider call consumed; cost is computed from this and the model directory. */
export interface Usage {
  /** Prompt tokens billed at the text-input rate (cached ones excluded). */
  inputTokens: number;
  /** Prompt tokens served from the provider's cache, billed at the cached-input rate. */
  cachedInputTokens: number;
  /** Completion tokens, thinking/reasoning tokens included. */
  outputTokens: number;
  /** Image tokens in the prompt (image edits, vision), billed at the image-input rate. */
  imageInputTokens: number;
  /** Images generated, billed per image by quality and size. */
  images: number;
  /** The provider's own usage object, kept as it said it. */
  raw?: unknown;
}

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  cachedInputTokens: 0,
  outputTokens: 0,
  imageInputTokens: 0,
  images: 0,
});

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    imageInputTokens: a.imageInputTokens + b.imageInputTokens,
    images: a.images + b.images,
  };
}
