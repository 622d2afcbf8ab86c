/**
 * Issue 18, spec fixes at the /mcp door of the real server: Origin validation (403), JSON-RPC
 * error bodies for bad JSON and oversized bodies, -32602 for a missing resource, a
 * `WWW-Authenticate` challenge naming the RFC 9728 metadata on every 401, and list-changed
 * not advertised by the stateless HTTP door.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';

let harness: AuthHarness;
let mcpUrl: string;

const LIST_TOOLS = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(mcpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

beforeAll(async () => {
  harness = await startAuthHarness();
  mcpUrl = `${harness.url}/mcp`;
});
afterAll(() => harness.close());

async function ownerToken(): Promise<string> {
  return (await harness.tokenFor(await harness.member('owner'))).token;
}

describe('Origin', () => {
  it.each(['http://evil.example', 'null'])('refuses Origin %s with 403 and a JSON-RPC error', async (origin) => {
    const answer = await post(LIST_TOOLS, { origin, authorization: `Bearer ${await ownerToken()}` });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000 } });
    expect(answer.json.error.message).toMatch(/refused/);
  });

  it("serves the server's own origin and non-browser clients (no Origin)", async () => {
    const authorization = `Bearer ${await ownerToken()}`;
    expect((await post(LIST_TOOLS, { origin: harness.url, authorization })).status).toBe(200);
    expect((await post(LIST_TOOLS, { authorization })).status).toBe(200);
  });
});

describe('JSON-RPC error bodies', () => {
  it('answers invalid JSON with a parse error (-32700)', async () => {
    const answer = await post('{"jsonrpc": "2.0", ', { authorization: `Bearer ${await ownerToken()}` });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
    expect(answer.json.error.message).toMatch(/not valid JSON/);
  });

  it('answers an oversized body with 413 and an invalid-request error', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { pad: 'x'.repeat(1_100_000) } });
    const answer = await post(big, { authorization: `Bearer ${await ownerToken()}` });
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: ErrorCode.InvalidRequest } });
    expect(answer.json.error.message).toMatch(/too large/);
  });
});

describe('401 and protected-resource metadata', () => {
  const metadataUrl = () => `${harness.url}/.well-known/oauth-protected-resource/mcp`;

  it.each([
    ['no token', {}],
    ['an invalid token', { authorization: 'Bearer tw_not-a-real-token' }],
  ])('%s: 401 with WWW-Authenticate naming the metadata, body in JSON-RPC', async (_name, headers) => {
    const answer = await post(LIST_TOOLS, headers);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${metadataUrl()}"`);
    expect(answer.json).toMatchObject({ jsonrpc: '2.0', error: { message: expect.stringMatching(/API token/) } });
  });

  it('a 401 from the REST API carries WWW-Authenticate too', async () => {
    const answer = await harness.call('GET', '/api/apps', { headers: { authorization: 'Bearer tw_not-a-real-token' } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('serves RFC 9728 metadata describing the bearer tokens', async () => {
    const response = await fetch(metadataUrl());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      resource: mcpUrl,
      resource_name: 'Toolwright MCP server',
      bearer_methods_supported: ['header'],
      resource_documentation: `${harness.url}/members`,
    });
  });
});

describe('through the SDK client', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: 'toolwright-test', version: '1.0.0' });
    const token = await ownerToken();
    await client.connect(
      new StreamableHTTPClientTransport(new URL(mcpUrl), { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
    );
  });
  afterAll(() => client.close());

  it('a missing resource is invalid params (-32602), with the sentence', async () => {
    const error = await client.readResource({ uri: 'apps://no-such-app' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(ErrorCode.InvalidParams);
    expect((error as McpError).message).toMatch(/There is no app "no-such-app"/);
    const model = await client.readResource({ uri: 'models://no-such-model' }).catch((e: McpError) => e);
    expect((model as McpError).code).toBe(ErrorCode.InvalidParams);
  });

  it('the stateless door does not advertise list-changed notifications it cannot send', () => {
    const capabilities = client.getServerCapabilities();
    expect(capabilities?.tools?.listChanged).toBe(false);
    expect(capabilities?.resources?.listChanged).toBe(false);
    expect(capabilities?.prompts?.listChanged).toBe(false);
  });
});
