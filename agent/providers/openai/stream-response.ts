/**
 * One streamed Responses call: hands each text delta over as it arrives and returns the
 * response the events add up to (the SDK's own accumulator, as its ResponseStream uses).
 * Not `responses.stream()`: that helper starts its request on a setTimeout, a timer turn
 * (1 ms at least, more under load) before the request even leaves, on every agent turn.
 */
import type OpenAI from 'openai';
import { accumulateResponse } from 'openai/lib/responses/ResponseAccumulator';
import type { Response, ResponseCreateParamsNonStreaming } from 'openai/resources/responses/responses';
import { endedEarlyError, type TextStream } from '../text-stream';

export async function streamResponse(
  openai: OpenAI,
  body: ResponseCreateParamsNonStreaming,
  stream: TextStream,
  signal: AbortSignal,
): Promise<Response> {
  const events = await openai.responses.create({ ...body, stream: true }, { signal });
  let snapshot: Response | undefined;
  for await (const event of events) {
    snapshot = accumulateResponse(event, snapshot);
    if (event.type === 'response.output_text.delta') stream.emit(event.delta);
  }
  if (!snapshot) throw endedEarlyError('openai', 'sending any event');
  return snapshot;
}
