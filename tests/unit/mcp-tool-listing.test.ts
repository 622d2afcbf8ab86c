/**
 * Issue 18: tools/list publishes the same strict dialect the OpenAI and Gemini doors send —
 * every schema passes the OpenAI SDK's own strict transform unchanged and shares parts under
 * `$defs` (never draft-07 `definitions`) — and every tool carries all four annotations.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { toStrictJsonSchema } from 'openai/lib/transform';
import type { JSONSchema } from 'openai/lib/jsonschema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMcpServer } from '../../agent/mcp/server';
import { toStrictJsonSchema as ourStrict } from '../../agent/providers/strict-schema';
import { createToolRegistry, TOOLS } from '../../agent/tools/registry';
import { toToolSpec } from '../../agent/tools/tool-spec';
import type { Store } from '../../server/store/store';

const registry = createToolRegistry();
let client: Client;
let listed: Awaited<ReturnType<Client['listTools']>>['tools'];

beforeAll(async () => {
  // Listing reads no store; the context is never called.
  const server = createMcpServer(registry, () => ({ store: {} as Store, actor: { userId: null, workspaceId: 'default', role: 'owner' } }));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'toolwright-test', version: '1.0.0' });
  await client.connect(clientSide);
  listed = (await client.listTools()).tools;
});
afterAll(() => client.close());

describe('tools/list schemas', () => {
  it('lists every tool of the registry', () => {
    expect(listed.map((t) => t.name)).toEqual(TOOLS.map((t) => t.name));
  });

  it.each(TOOLS.map((t) => t.name))('%s: passes the OpenAI SDK strict transform unchanged', (name) => {
    const schema = listed.find((t) => t.name === name)!.inputSchema as JSONSchema;
    expect(toStrictJsonSchema(schema)).toEqual(schema);
  });

  it.each(TOOLS.map((t) => t.name))('%s: is what the OpenAI door sends, with $defs and no definitions', (name) => {
    const schema = listed.find((t) => t.name === name)!.inputSchema;
    expect(schema).toEqual(ourStrict(toToolSpec(registry.get(name)!).inputSchema));
    const text = JSON.stringify(schema);
    expect(text).not.toContain('definitions');
    expect(text).not.toContain('"oneOf"');
    for (const ref of text.match(/"\$ref":"[^"]*"/g) ?? []) expect(ref).toMatch(/^"\$ref":"#\/\$defs\//);
  });

  it('shares parts under $defs where zod reuses a schema', () => {
    const withDefs = listed.filter((t) => '$defs' in t.inputSchema).map((t) => t.name);
    expect(withDefs).toEqual(expect.arrayContaining(['create_app', 'update_app', 'bind_model', 'compare_models']));
  });
});

describe('annotations', () => {
  it.each(TOOLS.map((t) => t.name))('%s: carries readOnly, destructive, idempotent and openWorld hints', (name) => {
    const { annotations } = listed.find((t) => t.name === name)!;
    expect(Object.keys(annotations ?? {}).sort()).toEqual(['destructiveHint', 'idempotentHint', 'openWorldHint', 'readOnlyHint']);
    // get_spend only reads, though spend figures are for editors up.
    expect(annotations?.readOnlyHint).toBe(registry.get(name)!.minRole === 'viewer' || registry.get(name)!.readOnly === true);
  });

  it('marks overwriting changes destructive and adding ones not', () => {
    const hints = (name: string) => listed.find((t) => t.name === name)!.annotations;
    expect(hints('create_app')).toMatchObject({ destructiveHint: false, idempotentHint: false });
    expect(hints('set_access')).toMatchObject({ destructiveHint: true, idempotentHint: true });
    expect(hints('get_spend')).toMatchObject({ readOnlyHint: true, destructiveHint: false });
  });
});
