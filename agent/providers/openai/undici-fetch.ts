/**
 * A `fetch` for the OpenAI SDK's streamed calls, on undici's `request` over one keep-alive
 * Agent. Node's built-in fetch runs each request through the Fetch standard's
 * machinery (a Request object, the body as a web stream, header and body conversions): on a
 * ~70 kB agent turn that is ~0.5 ms before the request leaves and as much again before the
 * answer's first bytes are handed over, twice the CPU of `request`. The SDK still builds the
 * request, reads the Response and maps its errors as it does with fetch: aborts and timeouts
 * reject with an AbortError, connection faults with the transport's error (the SDK makes
 * both its connection errors), and redirects are followed as fetch follows them. No
 * Accept-Encoding is sent, so answers come uncompressed (event streams are not worth
 * compressing). Bodies other than text and bytes, which the streamed turn never sends, are
 * refused.
 */
import { Readable } from 'node:stream';
import { Agent, interceptors, request, type Dispatcher } from 'undici';

/** The fetch standard's statuses whose Response has no body (undici answers 1xx itself). */
const NULL_BODY_STATUS = new Set([204, 205, 304]);
/** As many as fetch follows. */
const MAX_REDIRECTS = 20;

// One pool for every streamed client, as the built-in fetch has its global one: the runtime makes
// a provider per step, and each step still reuses the connections (and TLS sessions) of the last.
const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));

export const undiciFetch: typeof fetch = async (input, init = {}) => {
  const { body } = init;
  // A streamed turn posts JSON to a URL; nothing else comes here (file uploads use the SDK's own fetch).
  if (input instanceof Request || (body != null && typeof body !== 'string' && !(body instanceof Uint8Array))) {
    throw new TypeError('The streamed OpenAI client sends a text or byte body to a URL; this request is of another kind.');
  }
  const answer = await request(String(input), {
    dispatcher,
    method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
    headers: new Headers(init.headers),
    body: body ?? null,
    signal: init.signal ?? null,
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
  }
  if (NULL_BODY_STATUS.has(answer.statusCode)) {
    await answer.body.dump();
    return new Response(null, { status: answer.statusCode, headers });
  }
  return new Response(Readable.toWeb(answer.body) as ReadableStream<Uint8Array>, { status: answer.statusCode, headers });
};
