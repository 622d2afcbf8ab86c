/**
 * A server bound to a non-loopback address (accounts mode) serves /mcp under its own host
 * name to a caller with an API token, and refuses one without. Traffic stays on loopback:
 * the server binds 0.0.0.0 and the request names another host in its Host header.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';

let harness: AuthHarness;

beforeAll(async () => {
  harness = await startAuthHarness({ host: '0.0.0.0' });
});

afterAll(async () => {
  await harness.close();
});

function mcpPost(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL('/mcp', harness.url);
  const payload = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          host: `toolwright.example:${url.port}`,
          ...headers,
        },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.once('error', reject);
    request.end(payload);
  });
}

describe('MCP over HTTP on a non-loopback bind', () => {
  it('lists the tools for a caller with an API token, under the server’s own host name', async () => {
    const owner = await harness.member('owner');
    const { token } = await harness.tokenFor(owner);
    const answer = await mcpPost({ authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('compare_models');
  });

  it('refuses a caller without a token with 401 and a sentence', async () => {
    const answer = await mcpPost({});
    expect(answer.status).toBe(401);
    expect(answer.body).toMatch(/needs an API token/);
  });
});
