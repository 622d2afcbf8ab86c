/**
 * Issue 18: the official MCP conformance suite (@modelcontextprotocol/conformance) runs its
 * server scenarios against the real server's /mcp. The CLI exits non-zero on any failure not
 * in tests/fixtures/conformance/expected-failures.yml (each listed with its reason) and on any
 * listed scenario that passes (a stale list). On Node 20 it starts through a resolve hook that
 * supplies fs.globSync (see register-fs-glob-sync.mjs); node_modules are not patched.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'conformance');

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
}

let server: TestServer;
let outDir: string;

beforeAll(async () => {
  server = await startTestServer();
  outDir = await mkdtemp(join(tmpdir(), 'mcp-conformance-'));
});
afterAll(async () => {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
});

function conformance(): Promise<{ code: number; stdout: string }> {
  const args = [
    '--import',
    join(fixtures, 'register-fs-glob-sync.mjs'),
    join(root, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js'),
    'server',
    '--url',
    `${server.url}/mcp`,
    '--expected-failures',
    join(fixtures, 'expected-failures.yml'),
    '-o',
    outDir,
  ];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: `${stdout}\n${stderr}` });
    });
  });
}

/** Scenario name → its checks, from the per-scenario folders the CLI writes. */
async function results(): Promise<Map<string, Check[]>> {
  const map = new Map<string, Check[]>();
  for (const folder of await readdir(outDir)) {
    const scenario = folder.replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T.*$/, '');
    map.set(scenario, JSON.parse(await readFile(join(outDir, folder, 'checks.json'), 'utf8')) as Check[]);
  }
  return map;
}

describe('MCP conformance suite against /mcp', () => {
  it('passes every server scenario not on the expected-failures list, and the list is not stale', async () => {
    const run = await conformance();
    expect(run.stdout).toMatch(/Baseline check passed: all failures are expected/);
    expect(run.code, run.stdout.slice(-3000)).toBe(0);

    const byScenario = await results();
    const passed = [...byScenario]
      .filter(([, checks]) => checks.every((c) => c.status !== 'FAILURE' && c.status !== 'WARNING'))
      .map(([name]) => name);
    expect(passed).toEqual(
      expect.arrayContaining([
        'server-initialize',
        'ping',
        'tools-list',
        'tools-call-error',
        'resources-list',
        'prompts-list',
        'dns-rebinding-protection',
      ]),
    );
  });
});
