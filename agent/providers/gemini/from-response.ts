/** GenerateContentResponse → ProviderResult. Thought parts are not content; function calls get ids. */
import { randomUUID } from 'node:crypto';
import type { GenerateContentResponse } from '@google/genai';
import type { ContentPart } from '../messages';
import type { ProviderResult, WireRequest } from '../provider';
import { withParsedObject } from '../structured-output';
import { mapFinishReason } from './map-finish-reason';
import { mapUsage } from './map-usage';
import { SYNTHETIC_ID_PREFIX } from './to-request';

export function fromResponse(
  response: GenerateContentResponse,
  request: WireRequest,
  structured: boolean,
  warnings: string[],
): ProviderResult {
  const candidate = response.candidates?.[0];
  const content: ContentPart[] = [];
  for (const part of candidate?.content?.parts ?? []) {
    if (part.thought) continue;
    if (part.functionCall) {
      content.push({
        type: 'tool-call',
        // Gemini usually sends no id; the loop needs one to pair results with calls.
        id: part.functionCall.id ?? `${SYNTHETIC_ID_PREFIX}${randomUUID()}`,
        name: part.functionCall.name ?? '',
        args: part.functionCall.args ?? {},
        ...(part.thoughtSignature ? { signature: part.thoughtSignature } : {}),
      });
    } else if (part.inlineData?.data) {
      content.push({ type: 'image', mimeType: part.inlineData.mimeType ?? 'image/png', base64: part.inlineData.data });
    } else if (part.text !== undefined) {
      content.push({ type: 'text', text: part.text });
    }
  }
  const images = content.filter((part) => part.type === 'image').length;
  const hasToolCalls = content.some((part) => part.type === 'tool-call');
  const result: ProviderResult = {
    content,
    finishReason: mapFinishReason(candidate?.finishReason, hasToolCalls, response.promptFeedback?.blockReason),
    usage: mapUsage(response.usageMetadata, images),
    request,
    warnings: [...warnings],
  };
  return structured ? withParsedObject(result) : result;
}
