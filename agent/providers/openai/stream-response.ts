/**
 * One streamed Responses call: hands each text delta over as it arrives and returns the
 * response the terminal event carries (response.completed, .incomplete or .failed hold the
 * whole response, which is what the SDK's accumulator ends with too, without cloning a
 * snapshot at every event on the way). A stream that ends without one is an error.
 * Not `responses.stream()`: that helper starts its request on a setTimeout, a timer turn
 * (1 ms at least, more under load) before the request even leaves, on every agent turn.
 * The body goes as JSON bytes (json-body.ts) through the client's `post`, the SDK's door
 * for a request it does not build itself; auth, headers, timeout and errors are the SDK's.
 */
import type OpenAI from 'openai';
import type { Stream } from 'openai/streaming';
import type { Response, ResponseCreateParamsNonStreaming, ResponseStreamEvent } from 'openai/resources/responses/responses';
import { endedEarlyError, type TextStream } from '../text-stream';
import { jsonBody } from './json-body';

const JSON_CONTENT = { 'Content-Type': 'application/json' };

export async function streamResponse(
  openai: OpenAI,
  body: ResponseCreateParamsNonStreaming,
  stream: TextStream,
  signal: AbortSignal,
): Promise<Response> {
  const events = await openai.post<Stream<ResponseStreamEvent>>('/responses', {
    body: jsonBody({ ...body, stream: true }),
    headers: JSON_CONTENT,
    stream: true,
    signal,
  });
  let any = false;
  let final: Response | null = null;
  for await (const event of events) {
    any = true;
    if (event.type === 'response.output_text.delta') stream.emit(event.delta);
    // The API's own account of why the answer stopped; mapOpenAIError turns it into a sentence.
    else if (event.type === 'error') throw event;
    else if (event.type === 'response.completed' || event.type === 'response.incomplete' || event.type === 'response.failed') {
      final = event.response;
    }
  }
  if (!final) throw endedEarlyError('openai', any ? 'response.completed' : 'sending any event');
  return final;
}
