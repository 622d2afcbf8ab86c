/** OpenAI usage objects → Usage. Cached prompt tokens are split out because they bill at their own rate. */
import type { ImagesResponse } from 'openai/resources/images';
import type { ResponseUsage } from 'openai/resources/responses/responses';
import type { CompletionUsage } from 'openai/resources/completions';
import { emptyUsage, type Usage } from '../usage';

/** Responses API: `output_tokens` already includes reasoning tokens. */
export function mapResponsesUsage(usage: ResponseUsage | null | undefined): Usage {
  if (!usage) return emptyUsage();
  const cached = usage.input_tokens_details?.cached_tokens ?? 0;
  return {
    ...emptyUsage(),
    inputTokens: usage.input_tokens - cached,
    cachedInputTokens: cached,
    outputTokens: usage.output_tokens,
    raw: usage,
  };
}

/** Chat Completions (OpenAI-compatible servers; many omit the details). */
export function mapChatUsage(usage: CompletionUsage | null | undefined): Usage {
  if (!usage) return emptyUsage();
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    ...emptyUsage(),
    inputTokens: usage.prompt_tokens - cached,
    cachedInputTokens: cached,
    outputTokens: usage.completion_tokens,
    raw: usage,
  };
}

/** Images API: billed per image (from the directory); tokens kept for gpt-image models, which report them. */
export function mapImagesUsage(response: ImagesResponse): Usage {
  const images = response.data?.length ?? 0;
  const usage = response.usage;
  if (!usage) return { ...emptyUsage(), images };
  const imageInput = usage.input_tokens_details?.image_tokens ?? 0;
  return {
    inputTokens: usage.input_tokens_details?.text_tokens ?? usage.input_tokens - imageInput,
    cachedInputTokens: 0,
    outputTokens: usage.output_tokens,
    imageInputTokens: imageInput,
    images,
    raw: usage,
  };
}
