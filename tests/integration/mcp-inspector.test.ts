/**
 * Issue 6 acceptance: a real MCP client none of us wrote — the MCP Inspector's CLI mode —
 * starts `toolwright mcp` over stdio, lists the tools and calls compare_models.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../agent/tools/registry';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

describe('MCP Inspector CLI against `toolwright mcp` (stdio)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mcp-inspector-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function inspector(...method: string[]): Promise<any> {
    const { stdout } = await run(
      'npx',
      ['--no-install', '@modelcontextprotocol/inspector', '--cli', '-e', `DATA_DIR=${dataDir}`, 'node', 'bin/toolwright.js', 'mcp', ...method],
      { cwd: root, env: { ...process.env, DATABASE_URL: '' }, maxBuffer: 16 * 1024 * 1024 },
    );
    return JSON.parse(stdout);
  }

  it('lists every tool', async () => {
    const result = await inspector('--method', 'tools/list');
    expect(result.tools.map((t: { name: string }) => t.name)).toEqual(TOOLS.map((t) => t.name));
  });

  it('calls compare_models and gets the comparison as text and structured content', async () => {
    const result = await inspector(
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
});
