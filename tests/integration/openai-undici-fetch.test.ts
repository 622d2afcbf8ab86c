/**
 * The streamed agent turn's fetch (undici's `request`) answers as the built-in fetch does,
 * against a real loopback server, and the OpenAI provider's streamed calls map its faults
 * (refused connection, timeout) as they mapped fetch's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../agent/providers/errors';
import { createOpenAIProvider } from '../../agent/providers/openai';
import { undiciFetch } from '../../agent/providers/openai/undici-fetch';
import { responsesBody, responsesEvents } from '../fixtures/openai-emulator';

let server: Server;
let origin: string;
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      switch (req.url) {
        case '/echo':
          res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1', 'set-cookie': ['a=1', 'b=2'] });
          res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'], auth: req.headers.authorization }));
          return;
        case '/moved':
          res.writeHead(307, { location: '/echo' });
          res.end();
          return;
        case '/empty':
          res.writeHead(204);
          res.end();
          return;
        case '/sse/responses': {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          for (const event of responsesEvents(responsesBody({ text: 'ok' })))
            res.write(`event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`);
          res.end();
          return;
        }
        case '/slow':
        case '/slow/responses':
          setTimeout(() => res.end('late'), 5_000);
          return;
        default:
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'no such route' } }));
      }
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** What a caller can read of a Response. */
async function seen(response: Response) {
  return { status: response.status, ok: response.ok, headers: [...response.headers], text: await response.text() };
}

describe('the undici fetch', () => {
  const post = (body: BodyInit): RequestInit => ({
    method: 'POST',
    headers: new Headers({ 'content-type': 'application/json', authorization: 'Bearer sk-test' }),
    body,
  });

  it('answers as the built-in fetch does: status, headers and body, for text and byte bodies', async () => {
    for (const body of ['{"a":1}', Buffer.from('{"a":1}')]) {
      const [ours, theirs] = [await undiciFetch(`${origin}/echo`, post(body)), await fetch(`${origin}/echo`, post(body))];
      const [a, b] = [await seen(ours), await seen(theirs)];
      const withoutDate = (headers: string[][]) => headers.filter(([name]) => !['date', 'keep-alive', 'connection'].includes(name!));
      expect({ ...a, headers: withoutDate(a.headers) }).toEqual({ ...b, headers: withoutDate(b.headers) });
      expect(JSON.parse(a.text)).toEqual({ method: 'POST', body: '{"a":1}', type: 'application/json', auth: 'Bearer sk-test' });
    }
  });

  it('follows a redirect with the body, has no body for 204, and reads an error answer', async () => {
    expect(JSON.parse(await (await undiciFetch(`${origin}/moved`, post('{"b":2}'))).text())).toMatchObject({ body: '{"b":2}' });
    const empty = await undiciFetch(`${origin}/empty`, { method: 'GET' });
    expect([empty.status, empty.body]).toEqual([204, null]);
    const missing = await undiciFetch(`${origin}/nowhere`, post('{}'));
    expect([missing.status, await missing.json()]).toEqual([404, { error: { message: 'no such route' } }]);
  });

  it('an abort rejects with an AbortError, as fetch does', async () => {
    const controller = new AbortController();
    const pending = undiciFetch(`${origin}/slow`, { method: 'GET', signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    expect((await pending) as Error).toMatchObject({ name: 'AbortError' });
  });
});

describe('OpenAI streamed calls on the undici fetch', () => {
  const streamed = { model: 'gpt-5-mini', messages: [{ role: 'user' as const, content: 'hi' }], tools: [] };

  it('providers made one after another (the runtime makes one per step) share keep-alive connections', async () => {
    const before = connections;
    for (let step = 0; step < 3; step++) {
      const provider = createOpenAIProvider({ apiKey: 'sk-test', baseURL: `${origin}/sse`, maxRetries: 0 });
      const result = await provider.chat(streamed, { onTextDelta: () => {} });
      expect(result.content).toEqual([{ type: 'text', text: 'ok' }]);
    }
    expect(connections - before).toBeLessThanOrEqual(1);
  });

  it('a refused connection is "could not be reached", naming the setting', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
    const e = (await provider.chat(streamed, { onTextDelta: () => {} }).catch((x: unknown) => x)) as ProviderError;
    expect(ProviderError.isInstance(e)).toBe(true);
    expect(e.kind).toBe('unavailable');
    expect(e.message).toContain(`could not be reached at http://127.0.0.1:${port}/v1`);
  });

  it('an answer slower than the timeout is a timeout error', async () => {
    const provider = createOpenAIProvider({ apiKey: 'sk-test', baseURL: `${origin}/slow`, maxRetries: 0, timeoutMs: 50 });
    const e = (await provider.chat(streamed, { onTextDelta: () => {} }).catch((x: unknown) => x)) as ProviderError;
    expect(ProviderError.isInstance(e)).toBe(true);
    expect(e.kind).toBe('timeout');
  });
});
