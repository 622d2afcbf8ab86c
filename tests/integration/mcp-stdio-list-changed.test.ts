/**
 * Issue 18: `toolwright mcp` (stdio) lasts a session, so it advertises and sends list-changed:
 * creating an app through the session adds a run_<slug> tool and an apps:// resource and the
 * client hears tools/list_changed and resources/list_changed; the new tool runs the app.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ResourceListChangedNotificationSchema, ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunStructuredContent } from '../../server/mcp/run-result';

const root = join(import.meta.dirname, '..', '..');
let dataDir: string;
let client: Client;
const heard: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mcp-stdio-'));
  client = new Client({ name: 'toolwright-test', version: '1.0.0' });
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => void heard.push('tools'));
  client.setNotificationHandler(ResourceListChangedNotificationSchema, () => void heard.push('resources'));
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: ['bin/toolwright.js', 'mcp'],
      cwd: root,
      env: { ...env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stderr: 'ignore',
    }),
  );
});
afterAll(async () => {
  await client.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('toolwright mcp (stdio) list-changed', () => {
  it('advertises list-changed for tools and resources', () => {
    expect(client.getServerCapabilities()).toMatchObject({ tools: { listChanged: true }, resources: { listChanged: true } });
  });

  it('creating an app sends both notifications, and its run tool appears and runs', async () => {
    expect((await client.listTools()).tools.some((t) => t.name.startsWith('run_'))).toBe(false);
    const created = await client.callTool({
      name: 'create_app',
      arguments: {
        name: 'Haiku maker',
        description: null,
        template: null,
        inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true, options: null, help: null }],
        steps: [
          { kind: 'generate-text', id: 'poem', title: 'Write it', model: null, prompt: 'A haiku about {{inputs.topic}}', system: null },
        ],
        collections: null,
        triggers: null,
        model: { model: 'gpt-5-mini', provider: null, options: null },
      },
    });
    expect(created.isError).toBeFalsy();
    const slug = (created.structuredContent as { slug: string }).slug;
    // Notifications are written before the call's response on the same ordered pipe.
    expect(heard).toEqual(expect.arrayContaining(['tools', 'resources']));
    const tools = (await client.listTools()).tools.map((t) => t.name);
    expect(tools).toContain(`run_${slug}`);
    const ran = await client.callTool({ name: `run_${slug}`, arguments: { topic: 'autumn' } });
    expect((ran.structuredContent as RunStructuredContent).status).toBe('dry-run');
  });
});
