/** USD for what a step consumed (or, in a dry run, would consume), priced from the model directory. */
import { estimateCost, type CostEstimate, type ModelFacts } from '../../agent/catalog/index';
import type { GenerateRequest } from '../../agent/providers/provider';
import type { Usage } from '../../agent/providers/usage';

export function stepCost(model: ModelFacts, usage: Usage, request: GenerateRequest): CostEstimate {
  const image = request.kind === 'image' || request.kind === 'image-edit' ? { imageQuality: request.quality, imageSize: request.size } : {};
  // Not strict: a Gemini image model priced "flat" still gets a price for a "medium" request, with a note.
  return estimateCost(
    model,
    {
      inputTokens: usage.inputTokens,
      cachedInputTokens: usage.cachedInputTokens,
      outputTokens: usage.outputTokens,
      imageInputTokens: usage.imageInputTokens,
      images: usage.images,
      ...image,
    },
    { strictImageOptions: false },
  );
}
