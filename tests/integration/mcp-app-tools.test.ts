/**
 * Issue 18: every app is an MCP tool run_<slug>. An app created over HTTP appears in
 * tools/list with its form as the input schema; calling it through the SDK client runs it
 * (a dry run: the test server has no model keys); access rules apply (a viewer runs nothing,
 * a private app is only for editors up); renames and deletes change the list.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { toStrictJsonSchema } from 'openai/lib/transform';
import type { JSONSchema } from 'openai/lib/jsonschema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunStructuredContent } from '../../server/mcp/run-result';
import { startAuthHarness, type AuthHarness, type Caller } from '../fixtures/auth-harness';

let harness: AuthHarness;
let owner: Caller & { kind: 'session' };

const spec = (slug: string, level: 'private' | 'workspace') => ({
  specVersion: 1,
  name: `Reply drafter ${slug}`,
  slug,
  description: 'Drafts a reply to a customer email.',
  model: { model: 'gpt-5-mini' },
  inputs: [
    { name: 'email', label: 'Customer email', type: 'longText', required: true, help: 'Paste the whole email.' },
    { name: 'tone', label: 'Tone', type: 'select', options: ['friendly', 'formal'] },
  ],
  steps: [{ kind: 'generate-text', id: 'reply', title: 'Draft the reply', prompt: 'Reply in a {{inputs.tone}} tone to: {{inputs.email}}' }],
  access: { level },
});

async function clientFor(caller: Caller & { kind: 'session' }): Promise<Client> {
  const { token } = await harness.tokenFor(caller);
  const client = new Client({ name: 'toolwright-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${harness.url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
  );
  return client;
}

async function toolNames(client: Client): Promise<string[]> {
  return (await client.listTools()).tools.map((t) => t.name);
}

beforeAll(async () => {
  harness = await startAuthHarness();
  owner = await harness.member('owner');
  for (const [slug, level] of [
    ['private-replies', 'private'],
    ['team-replies', 'workspace'],
  ] as const) {
    const created = await harness.call('POST', '/api/apps', { as: owner, body: { spec: spec(slug, level) } });
    expect(created.status).toBe(201);
  }
});
afterAll(() => harness.close());

describe('apps as MCP tools', () => {
  it('an app created over HTTP is listed as run_<slug> with its form as a strict input schema', async () => {
    const client = await clientFor(owner);
    const { tools } = await client.listTools();
    const tool = tools.find((t) => t.name === 'run_private-replies');
    expect(tool).toBeDefined();
    expect(tool!.title).toBe('Reply drafter private-replies');
    expect(tool!.description).toMatch(/Drafts a reply to a customer email\. Steps: Draft the reply\./);
    expect(tool!.inputSchema).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string', description: 'Customer email. Paste the whole email.' },
        tone: { anyOf: [{ type: 'string', enum: ['friendly', 'formal'], description: 'Tone' }, { type: 'null' }] },
      },
      required: ['email', 'tone'],
      additionalProperties: false,
    });
    expect(toStrictJsonSchema(tool!.inputSchema as JSONSchema)).toEqual(tool!.inputSchema);
    expect(tool!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
    await client.close();
  });

  it('calling it runs the app: a dry run without keys, as structured content and text', async () => {
    const client = await clientFor(owner);
    const result = await client.callTool({
      name: 'run_private-replies',
      arguments: { email: 'Where is my order #123?', tone: 'friendly' },
    });
    expect(result.isError).toBe(false);
    const data = result.structuredContent as RunStructuredContent;
    expect(data.status).toBe('dry-run');
    expect(data.steps.map((s) => [s.id, s.status])).toEqual([['reply', 'dry-run']]);
    expect(data.summary).toMatch(/^Dry run: nothing was sent to a model/);
    const [text] = result.content as Array<{ type: string; text: string }>;
    expect(text?.text.startsWith(data.summary)).toBe(true);
    // The run is stored like any other, as an API run.
    const runs = await harness.call('GET', '/api/apps/private-replies/runs', { as: owner });
    expect(runs.body.items.map((r: { id: string; trigger: { kind: string } }) => [r.id, r.trigger.kind])).toContainEqual([
      data.runId,
      'api',
    ]);
    await client.close();
  });

  it('bad arguments come back as an isError result naming the field', async () => {
    const client = await clientFor(owner);
    const result = await client.callTool({ name: 'run_private-replies', arguments: { tone: 'rude' } });
    expect(result.isError).toBe(true);
    expect((result.content as Array<{ text: string }>)[0]?.text).toMatch(/inputs\.(email|tone)/);
    await client.close();
  });

  it('a viewer runs nothing; a runner runs workspace apps but not private ones', async () => {
    const viewer = await clientFor(await harness.member('viewer'));
    expect((await toolNames(viewer)).filter((n) => n.startsWith('run_'))).toEqual([]);
    const refused = await viewer.callTool({ name: 'run_private-replies', arguments: { email: 'hi', tone: null } }).catch((e: Error) => e);
    expect(refused instanceof Error ? refused.message : (refused.content as Array<{ text: string }>)[0]?.text).toMatch(
      /run_private-replies not found/,
    );
    // Nor can a viewer read the app's MCP App page.
    await expect(viewer.readResource({ uri: 'ui://toolwright/apps/private-replies' })).rejects.toThrow(
      /There is no app "private-replies" you may run/,
    );
    await viewer.close();

    const runner = await clientFor(await harness.member('runner'));
    const names = await toolNames(runner);
    expect(names).toContain('run_team-replies');
    expect(names).not.toContain('run_private-replies');
    const ran = await runner.callTool({ name: 'run_team-replies', arguments: { email: 'Hello', tone: null } });
    expect((ran.structuredContent as RunStructuredContent).status).toBe('dry-run');
    await runner.close();
  });

  it('the list follows renames and deletes', async () => {
    const client = await clientFor(owner);
    const renamed = await harness.call('PATCH', '/api/apps/team-replies', {
      as: owner,
      body: { changes: [{ op: 'rename', name: 'Team inbox' }] },
    });
    expect(renamed.status).toBe(200);
    expect((await client.listTools()).tools.find((t) => t.name === 'run_team-replies')?.title).toBe('Team inbox');
    expect((await harness.call('DELETE', '/api/apps/team-replies', { as: owner })).status).toBe(204);
    expect(await toolNames(client)).not.toContain('run_team-replies');
    await client.close();
  });
});
