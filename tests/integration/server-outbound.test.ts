/**
 * Outbound calls from apps go through the SSRF guard: loopback, private and link-local
 * targets are refused by default with a clear error, and reachable once allow-listed.
 * Email without SMTP is skipped with a sentence.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundClient, OutboundRequestError } from '../../server/integrations/http';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { webhookSpec } from '../fixtures/server-specs';

function startReceiver(): Promise<{ url: string; bodies: unknown[]; close(): Promise<void> }> {
  const bodies: unknown[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.setHeader('content-type', 'application/json');
      res.end('{"received":true}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        bodies,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('SSRF guard', () => {
  const client = createOutboundClient();
  it.each([
    ['http://127.0.0.1:8080/x', 'loopback'],
    ['http://localhost/x', 'loopback'],
    ['http://[::1]/x', 'loopback'],
    ['http://10.1.2.3/x', 'private'],
    ['http://192.168.0.10/x', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://[::ffff:127.0.0.1]/x', 'loopback'],
    ['http://0.0.0.0/x', 'unspecified'],
    ['http://2130706433/x', 'loopback'],
    ['http://0x7f.0.0.1/x', 'loopback'],
    ['http://100.100.100.200/x', 'carrier-grade NAT'],
    ['http://[fd00::1]/x', 'private'],
    // Issue 17 finding 10: IPv4 embedded in IPv6 (compatible form and NAT64) reaches 127.0.0.1 through a gateway.
    ['http://[::127.0.0.1]/x', 'IPv4-compatible'],
    ['http://[64:ff9b::7f00:1]/x', 'NAT64'],
    ['http://[64:ff9b:1::a00:1]/x', 'NAT64'],
    ['http://[::ffff:0:7f00:1]/x', 'IPv4-translated'],
  ])('refuses %s (%s)', async (url, what) => {
    const error = await client.request({ url, method: 'POST', body: '{}' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundRequestError);
    expect((error as OutboundRequestError).kind).toBe('refused');
    expect((error as Error).message).toContain(what);
    expect((error as Error).message).toContain('OUTBOUND_ALLOW');
  });

  it('refuses non-http schemes', async () => {
    await expect(client.check('file:///etc/passwd')).rejects.toMatchObject({ kind: 'invalid-url' });
  });
});

describe('webhook and notify steps', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let closed: TestServer;
  let allowed: TestServer;
  beforeAll(async () => {
    receiver = await startReceiver();
    closed = await startTestServer();
    allowed = await startTestServer({ env: { OUTBOUND_ALLOW: '127.0.0.1' } });
    for (const t of [closed, allowed]) await t.api('POST', '/api/apps', { spec: webhookSpec(receiver.url) });
  });
  afterAll(async () => {
    await closed.close();
    await allowed.close();
    await receiver.close();
  });

  it('a webhook step to 127.0.0.1 is refused by default, with a clear error on the run', async () => {
    const { status, body } = await closed.api('POST', '/api/apps/forward/runs', { inputs: { note: 'hello' } });
    expect(status).toBe(201);
    expect(body.run.status).toBe('error');
    expect(body.run.steps[0].error).toMatch(/Refused to call http:\/\/127\.0\.0\.1:\d+: 127\.0\.0\.1 is a loopback address/);
    expect(receiver.bodies).toHaveLength(0);
  });

  it('with OUTBOUND_ALLOW the webhook is sent as JSON (values escaped), Slack gets { text }, email without SMTP is skipped', async () => {
    const { body } = await allowed.api('POST', '/api/apps/forward/runs', { inputs: { note: 'say "hi"\n' } });
    expect(body.run.steps[0]).toMatchObject({ status: 'ok', output: { status: 200, body: { received: true }, sent: true } });
    expect(body.run.steps[2]).toMatchObject({ status: 'ok', output: { status: 'sent', httpStatus: 200 } });
    expect(receiver.bodies).toEqual([{ note: 'say "hi"\n' }, { text: 'Got say "hi"\n' }]);
    expect(body.run.steps[1].status).toBe('skipped');
    expect(body.run.steps[1].output.reason).toMatch(/SMTP_URL/);
    expect(body.run.status).toBe('ok');
  });
});
