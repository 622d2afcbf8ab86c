/**
 * Real MCP clients none of us wrote — the MCP Inspector 2.x CLI (`--cli`) — against
 * `toolwright mcp` over stdio and the server's /mcp over HTTP: it lists the tools, calls
 * compare_models, and its `--strict` schema-portability check finds no problem in any tool.
 * The same check on the SDK's own listing dialect (a fixture server) does report problems,
 * so a clean report means something.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../agent/tools/registry';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
/** The Inspector's own launcher (its package bin), run with node: what npx would run, without npx's start-up per call. */
const INSPECTOR = join(root, 'node_modules', '@modelcontextprotocol', 'inspector', 'clients', 'launcher', 'build', 'index.js');

async function inspector(target: string[], ...method: string[]): Promise<{ json: any; stderr: string }> {
  // No connect timeout (0): the Inspector's 15 s default is a wall-clock limit that a loaded machine's server start can pass.
  const { stdout, stderr } = await run(process.execPath, [INSPECTOR, '--cli', '--connect-timeout', '0', ...target, ...method], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return { json: JSON.parse(stdout), stderr };
}

describe('MCP Inspector 2.x CLI against `toolwright mcp` (stdio)', () => {
  let dataDir: string;
  let stdio: string[];
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mcp-inspector-'));
    stdio = ['-e', `DATA_DIR=${dataDir}`, 'node', 'bin/toolwright.js', 'mcp'];
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('lists every tool, and --strict finds no schema problem', async () => {
    const { json, stderr } = await inspector(['--strict', ...stdio], '--method', 'tools/list');
    expect(json.tools.map((t: { name: string }) => t.name)).toEqual(TOOLS.map((t) => t.name));
    expect(stderr).not.toMatch(/Warning:|Error:|errors?, \d+ warnings?/);
  });

  it('calls compare_models and gets the comparison as text and structured content', async () => {
    const { json: result } = await inspector(
      stdio,
      '--method',
      'tools/call',
      '--tool-name',
      'compare_models',
      '--tool-arg',
      'models=["gpt-image-1-mini","gemini-2.5-flash-image"]',
    );
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent.models.map((m: { id: string }) => m.id)).toEqual(['gpt-image-1-mini', 'gemini-2.5-flash-image']);
    expect(result.content[0].text).toMatch(/^Compared gpt-image-1-mini, gemini-2.5-flash-image\./);
  });

  it('--strict does report the SDK dialect Toolwright listed before (the check bites)', async () => {
    const { stderr } = await inspector(
      ['--strict', 'node', '--import', 'tsx', 'tests/fixtures/mcp-sdk-dialect-server.ts'],
      '--method',
      'tools/list',
    );
    expect(stderr).toMatch(/Warning: tool "create_app"/);
    expect(stderr).toMatch(/\d+ errors?, [1-9]\d* warnings? across/);
  });
});

describe('MCP Inspector 2.x CLI against /mcp (Streamable HTTP)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const created = await server.api('POST', '/api/apps', {
      spec: {
        specVersion: 1,
        name: 'Subject line writer',
        slug: 'subject-lines',
        model: { model: 'gpt-5-mini' },
        inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
        description: 'Writes a subject line.',
        steps: [{ kind: 'generate-text', id: 'subject', title: 'Write it', prompt: 'A subject line about {{inputs.topic}}' }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });
  afterAll(() => server.close());

  it('lists the builder tools and the app tool, and --strict finds no schema problem', async () => {
    const { json, stderr } = await inspector(['--strict', `${server.url}/mcp`], '--method', 'tools/list');
    expect(json.tools.map((t: { name: string }) => t.name)).toEqual([...TOOLS.map((t) => t.name), 'run_subject-lines']);
    expect(stderr).not.toMatch(/Warning:|Error:|errors?, \d+ warnings?/);
  });

  it('runs the app through its tool (a dry run: no keys)', async () => {
    const { json } = await inspector(
      [`${server.url}/mcp`],
      '--method',
      'tools/call',
      '--tool-name',
      'run_subject-lines',
      '--tool-arg',
      'topic=spring sale',
    );
    expect(json.structuredContent).toMatchObject({ status: 'dry-run', steps: [{ id: 'subject', status: 'dry-run' }] });
  });
});
