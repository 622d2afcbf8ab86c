/**
 * Issue 6 acceptance: the SDK's own Client over both transports — in-memory and Streamable
 * HTTP on the real server's /mcp — lists the tools, creates an app, compares two models and
 * reads resources. The same bodies run over each transport.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMcpServer } from '../../agent/mcp/server';
import { createToolRegistry, TOOLS } from '../../agent/tools/registry';
import { listTemplates } from '../../agent/templates/catalogue';
import { openLowdbStore } from '../../server/store/lowdb';
import { startTestServer } from '../fixtures/server-harness';
import { testDay } from '../fixtures/test-day';

interface Connected {
  client: Client;
  close(): Promise<void>;
}

const TRANSPORTS: Array<{ name: string; connect(): Promise<Connected> }> = [
  {
    name: 'in-memory',
    async connect() {
      const dir = await mkdtemp(join(tmpdir(), 'mcp-memory-'));
      const store = await openLowdbStore({ dir });
      const server = createMcpServer(createToolRegistry(), () => ({
        store,
        actor: { userId: null, workspaceId: 'default', role: 'owner' },
        clock: testDay,
      }));
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      await server.connect(serverSide);
      const client = new Client({ name: 'toolwright-test', version: '1.0.0' });
      await client.connect(clientSide);
      return {
        client,
        async close() {
          await client.close();
          await server.close();
          await store.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'streamable HTTP on /mcp',
    async connect() {
      const server = await startTestServer();
      const client = new Client({ name: 'toolwright-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
      return {
        client,
        async close() {
          await client.close();
          await server.close();
        },
      };
    },
  },
];

const LINKEDIN_APP = {
  name: 'LinkedIn post drafter',
  description: 'Drafts a LinkedIn post and a matching image.',
  template: null,
  inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true, options: null, help: null }],
  steps: [
    {
      kind: 'generate-text',
      id: 'post',
      title: 'Draft the post',
      model: null,
      prompt: 'Write a LinkedIn post about {{inputs.topic}}.',
      system: null,
    },
    {
      kind: 'generate-image',
      id: 'image',
      title: 'Matching image',
      model: { model: 'gpt-image-1-mini', provider: null, options: null },
      prompt: 'An illustration for this post: {{steps.post.text}}',
      quality: null,
      size: null,
    },
  ],
  collections: null,
  triggers: null,
  model: { model: 'gpt-5-mini', provider: null, options: null },
  workload: null,
};

describe.each(TRANSPORTS)('MCP over $name', (transport) => {
  let connected: Connected;
  let client: Client;
  beforeAll(async () => {
    connected = await transport.connect();
    client = connected.client;
  });
  afterAll(() => connected.close());

  it('lists every registry tool with its JSON Schema and read-only hints', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(TOOLS.map((t) => t.name));
    const compare = tools.find((t) => t.name === 'compare_models');
    expect(compare?.inputSchema.properties).toHaveProperty('models');
    expect(compare?.annotations?.readOnlyHint).toBe(true);
    expect(tools.find((t) => t.name === 'create_app')?.annotations?.readOnlyHint).toBe(false);
  });

  it('creates an app: structured content plus readable text, then the spec is a resource', async () => {
    const result = await client.callTool({ name: 'create_app', arguments: LINKEDIN_APP });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { slug: string; version: number; spec: { steps: Array<{ kind: string }> } };
    expect(data.version).toBe(1);
    expect(data.spec.steps.map((s) => s.kind)).toEqual(['generate-text', 'generate-image']);
    const [text] = result.content as Array<{ type: string; text: string }>;
    expect(text?.text).toMatch(/^Created LinkedIn post drafter as /);

    const read = await client.readResource({ uri: `apps://${data.slug}` });
    const app = JSON.parse((read.contents[0] as { text: string }).text);
    expect(app).toMatchObject({ slug: data.slug, version: 1, spec: { name: 'LinkedIn post drafter' } });
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain(`apps://${data.slug}`);
  });

  it('compares two models from the directory', async () => {
    const result = await client.callTool({
      name: 'compare_models',
      arguments: { models: ['gpt-5-mini', 'gemini-3-flash-preview'], workload: null },
    });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { models: Array<{ id: string }> };
    expect(data.models.map((m) => m.id)).toEqual(['gpt-5-mini', 'gemini-3-flash-preview']);
    expect((result.content as Array<{ text: string }>)[0]?.text).toMatch(/^Compared gpt-5-mini, gemini-3-flash-preview\./);
    // MCP clients leave "null = not set" properties out; the door reads them as null.
    const omitted = await client.callTool({ name: 'compare_models', arguments: { models: ['gpt-5-mini', 'gemini-3-flash-preview'] } });
    expect(omitted.structuredContent).toEqual(result.structuredContent);
  });

  it('reads the model directory, one model and a template', async () => {
    const catalog = JSON.parse(((await client.readResource({ uri: 'models://catalog' })).contents[0] as { text: string }).text);
    expect(catalog.map((m: { id: string }) => m.id)).toContain('gpt-image-1-mini');
    const model = JSON.parse(
      ((await client.readResource({ uri: 'models://gemini-3-flash-preview' })).contents[0] as { text: string }).text,
    );
    expect(model).toMatchObject({ id: 'gemini-3-flash-preview', provider: 'google' });
    const id = listTemplates()[0]!.id;
    const template = JSON.parse(((await client.readResource({ uri: `templates://${id}` })).contents[0] as { text: string }).text);
    expect(template).toMatchObject({ id, spec: { slug: id } });
    await expect(client.readResource({ uri: 'models://no-such-model' })).rejects.toThrow(/There is no model "no-such-model"/);
  });

  it('hands bad arguments and refusals back as isError results naming the problem', async () => {
    const bad = await client.callTool({ name: 'compare_models', arguments: { models: ['gpt-5-mini'], workload: null } });
    expect(bad.isError).toBe(true);
    expect((bad.content as Array<{ text: string }>)[0]?.text).toMatch(/models/);

    const created = await client.callTool({ name: 'create_app', arguments: { ...LINKEDIN_APP, name: 'Refusal check' } });
    const slug = (created.structuredContent as { slug: string }).slug;
    // A text-only model cannot run the image step: the capability check refuses and says why.
    const refused = await client.callTool({
      name: 'bind_model',
      arguments: { slug, model: 'gpt-5-mini', step: 'image', provider: null, options: null },
    });
    expect(refused.isError).toBe(true);
    expect((refused.content as Array<{ text: string }>)[0]?.text).toMatch(/gpt-5-mini/);
  });

  it('offers the build-a-tool and which-model-fits prompts', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['build-a-tool', 'which-model-fits']);
    const prompt = await client.getPrompt({ name: 'build-a-tool', arguments: { description: 'draft LinkedIn posts every Monday at 9' } });
    expect((prompt.messages[0]!.content as { text: string }).text).toContain('draft LinkedIn posts every Monday at 9');
  });
});
