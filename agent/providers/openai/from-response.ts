/** OpenAI responses → ProviderResult content, object and warnings. */
import type { ImagesResponse } from 'openai/resources/images';
import type { Response } from 'openai/resources/responses/responses';
import { ProviderError } from '../errors';
import type { ContentPart } from '../messages';
import { endedEarlyError } from '../text-stream';
import type { ProviderResult, WireRequest } from '../provider';
import { withParsedObject } from '../structured-output';
import { parseToolArguments } from '../tool-wire';
import { mapResponsesFinishReason } from './map-finish-reason';
import { mapImagesUsage, mapResponsesUsage } from './map-usage';
import { withWireRequest } from '../wire-request';

export function fromResponses(response: Response, request: () => WireRequest, structured: boolean): ProviderResult {
  const content: ContentPart[] = [];
  const warnings: string[] = [];
  for (const item of response.output ?? []) {
    if (item.type === 'message') {
      for (const part of item.content) {
        if (part.type === 'output_text') content.push({ type: 'text', text: part.text });
        else warnings.push(`The model refused: ${part.refusal}`);
      }
    } else if (item.type === 'function_call') {
      content.push({ type: 'tool-call', id: item.call_id, name: item.name, args: parseToolArguments(item.arguments) });
    }
  }
  const hasToolCalls = content.some((part) => part.type === 'tool-call');
  const result = withWireRequest(
    { content, finishReason: mapResponsesFinishReason(response, hasToolCalls), usage: mapResponsesUsage(response.usage), warnings },
    request,
  );
  if (structured) return withParsedObject(result);
  return result;
}

/**
 * A streamed response as its terminal event gave it:
 * `failed` (a response.failed event) and a response that never completed are errors, not answers.
 */
export function finishedResponse(response: Response): Response {
  if (response.status === 'failed') {
    const said = response.error?.message ? `: ${response.error.message.replace(/[.\s]+$/, '')}` : '';
    throw new ProviderError({
      kind: 'unavailable',
      provider: 'openai',
      message: `OpenAI could not finish the answer${said}. Try again, or pick another model.`,
    });
  }
  if (response.status === 'in_progress' || response.status === 'queued') throw endedEarlyError('openai', 'response.completed');
  return response;
}

export function fromImages(response: ImagesResponse, request: () => WireRequest): ProviderResult {
  const mimeType = `image/${response.output_format ?? 'png'}`;
  const content: ContentPart[] = [];
  const warnings: string[] = [];
  for (const image of response.data ?? []) {
    if (image.b64_json) content.push({ type: 'image', mimeType, base64: image.b64_json });
    else warnings.push('An image came back as a URL instead of base64 and was skipped.');
  }
  return withWireRequest(
    { content, finishReason: { unified: 'stop', raw: undefined }, usage: mapImagesUsage(response), warnings },
    request,
  );
}
