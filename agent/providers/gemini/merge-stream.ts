/**
 * generateContentStream's chunks → one GenerateContentResponse, so a streamed answer goes
 * through the same fromResponse as a whole one. Each chunk carries the next parts of the one
 * candidate; the finish reason and usageMetadata arrive with the last chunk (earlier chunks
 * may carry running counts, so the last one wins).
 */
import { GenerateContentResponse, type Part } from '@google/genai';
import type { TextStream } from '../text-stream';
import { endedEarlyError } from '../text-stream';

export async function mergeStream(chunks: AsyncIterable<GenerateContentResponse>, stream: TextStream): Promise<GenerateContentResponse> {
  const parts: Part[] = [];
  let last: GenerateContentResponse | undefined;
  let finishReason: NonNullable<GenerateContentResponse['candidates']>[number]['finishReason'];
  let usageMetadata: GenerateContentResponse['usageMetadata'];
  let promptFeedback: GenerateContentResponse['promptFeedback'];
  for await (const chunk of chunks) {
    last = chunk;
    const candidate = chunk.candidates?.[0];
    for (const part of candidate?.content?.parts ?? []) {
      if (part.text !== undefined && !part.thought) stream.emit(part.text);
      // The last chunk often carries an empty text part next to the finish reason.
      if (part.text !== '' || part.thoughtSignature) appendPart(parts, part);
    }
    finishReason = candidate?.finishReason ?? finishReason;
    usageMetadata = chunk.usageMetadata ?? usageMetadata;
    promptFeedback = chunk.promptFeedback ?? promptFeedback;
  }
  // A blocked prompt ends with promptFeedback and no candidate; anything else needs a finish reason.
  if (!last || (!finishReason && !promptFeedback?.blockReason)) throw endedEarlyError('google', 'its last chunk (finishReason)');
  return Object.assign(new GenerateContentResponse(), {
    candidates: [{ content: { role: 'model', parts }, ...(finishReason ? { finishReason } : {}), index: 0 }],
    ...(usageMetadata ? { usageMetadata } : {}),
    ...(promptFeedback ? { promptFeedback } : {}),
    modelVersion: last.modelVersion,
    responseId: last.responseId,
  });
}

/** Consecutive text pieces join into one part (as the whole answer would have them); thoughts and calls stay apart. */
function appendPart(parts: Part[], part: Part): void {
  const previous = parts.at(-1);
  const plainText = (p: Part | undefined) =>
    p !== undefined && p.text !== undefined && !p.thought && !p.functionCall && !p.inlineData && !p.thoughtSignature;
  if (plainText(previous) && plainText(part)) previous!.text += part.text!;
  else parts.push({ ...part });
}
