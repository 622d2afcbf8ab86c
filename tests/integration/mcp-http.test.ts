/** The /mcp door's guards: stateless POST only, DNS-rebinding Host check, and the bearer-token hook. */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMcpRouter } from '../../server/mcp/http';
import { createToolRegistry } from '../../agent/tools/registry';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';

describe('/mcp over HTTP', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mcp-http-'));
    store = await openLowdbStore({ dir });
    const app = express();
    const registry = createToolRegistry();
    app.use('/open', createMcpRouter({ registry, store }));
    // The issue-8 hook: only "Bearer good-token" gets in, as a viewer.
    app.use(
      '/guarded',
      createMcpRouter({
        registry,
        store,
        authenticate: (req) =>
          req.headers.authorization === 'Bearer good-token' ? { userId: 'u1', workspaceId: 'default', role: 'viewer' } : null,
      }),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is stateless: GET and DELETE are refused with 405 and a sentence', async () => {
    const response = await fetch(`${base}/open`, { method: 'GET', headers: { accept: 'text/event-stream' } });
    expect(response.status).toBe(405);
    expect((await response.json()).error.message).toMatch(/stateless: send every request as a POST/);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const http = await import('node:http');
    const { port } = new URL(base);
    const status = await new Promise<number>((resolve) => {
      const request = http.request(
        { host: '127.0.0.1', port, path: '/open', method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      request.end('{}');
    });
    expect(status).toBe(403);
  });

  it('asks for a bearer token when the hook refuses, and runs tools as the actor it returns', async () => {
    const refused = await fetch(`${base}/guarded`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`);

    const client = new Client({ name: 'toolwright-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${base}/guarded`), { requestInit: { headers: { authorization: 'Bearer good-token' } } }),
    );
    // A viewer may compare models but not create apps: the role check is the registry's.
    const compared = await client.callTool({ name: 'compare_models', arguments: { models: ['gpt-5-mini', 'gpt-5'] } });
    expect(compared.isError).toBeFalsy();
    const created = await client.callTool({
      name: 'create_app',
      arguments: {
        name: 'Nope',
        description: null,
        template: null,
        inputs: null,
        steps: null,
        collections: null,
        triggers: null,
        model: null,
        workload: null,
      },
    });
    expect(created.isError).toBe(true);
    expect((created.content as Array<{ text: string }>)[0]?.text).toMatch(/needs the editor role or higher; you are viewer/);
    await client.close();
  });

  it('hides private apps from a viewer in resources, as get_app and list_apps do', async () => {
    const owner = new Client({ name: 'toolwright-test', version: '1.0.0' });
    await owner.connect(new StreamableHTTPClientTransport(new URL(`${base}/open`)));
    const created = await owner.callTool({
      name: 'create_app',
      arguments: {
        name: 'Private notes',
        description: null,
        template: 'translator',
        inputs: null,
        steps: null,
        collections: null,
        triggers: null,
        model: null,
        workload: null,
      },
    });
    expect(created.isError).toBeFalsy();
    const { slug, spec } = created.structuredContent as { slug: string; spec: { access: { level: string } } };
    expect(spec.access.level).toBe('private');
    expect((await owner.listResources()).resources.map((r) => r.uri)).toContain(`apps://${slug}`);
    await owner.close();

    const viewer = new Client({ name: 'toolwright-test', version: '1.0.0' });
    await viewer.connect(
      new StreamableHTTPClientTransport(new URL(`${base}/guarded`), { requestInit: { headers: { authorization: 'Bearer good-token' } } }),
    );
    expect((await viewer.listResources()).resources.map((r) => r.uri)).not.toContain(`apps://${slug}`);
    await expect(viewer.readResource({ uri: `apps://${slug}` })).rejects.toThrow(/There is no app/);
    await viewer.close();
  });
});
