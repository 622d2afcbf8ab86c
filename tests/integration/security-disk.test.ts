/**
 * Issue 17 findings 3 and 6, and the disk acceptance: on a full disk (a tiny tmpfs filled to
 * ENOSPC) and on a read-only one, every write route — app create, run, settings (which also
 * creates the master key), upload — answers 503 with a sentence and leaves nothing partial
 * (no temp file, no short master key, no half upload). Once the disk is usable again the same
 * server takes every write, with no manual step. Starting on a read-only folder stops with a
 * sentence, not a bare EROFS. Skipped, with the reason, where a tmpfs cannot be mounted.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { supportSpec } from '../fixtures/server-specs';
import { mountTinyDisk, type TinyDisk } from '../fixtures/tiny-disk';

const disk = await mountTinyDisk(8);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200 * 1024, 3)]);
const SENTENCE = /(full|read-only|not permitted).*\((ENOSPC|EROFS|EACCES|EPERM)\).*not saved.*try again\.$/;

async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await everyFile(full)));
    else out.push(path.relative(dir, full));
  }
  return out;
}

describe.skipIf('skip' in disk)(`disk faults${'skip' in disk ? ` (skipped: ${disk.skip})` : ''}`, () => {
  const tiny = disk as TinyDisk;
  let t: TestServer;
  let n = 0;
  const writes = () => {
    n += 1;
    return {
      create: t.api('POST', '/api/apps', { spec: { ...supportSpec(), slug: `app-${n}` } }),
      run: t.api('POST', '/api/apps/support-reply/runs', { inputs: { ticket: 'y'.repeat(1000) } }),
      settings: t.api('PUT', '/api/settings', { openaiApiKey: `sk-disk-test-key-${n}-abcdefgh` }),
      upload: fetch(`${t.url}/api/files`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG }).then(async (r) => ({
        status: r.status,
        body: await r.json(),
      })),
    };
  };
  const settle = async (calls: ReturnType<typeof writes>) =>
    Object.fromEntries(await Promise.all(Object.entries(calls).map(async ([k, p]) => [k, await p] as const)));

  beforeAll(async () => {
    t = await startTestServer({ dataDir: path.join(tiny.dir, 'data') });
    expect((await t.api('POST', '/api/apps', { spec: supportSpec() })).status).toBe(201);
  });
  afterAll(async () => {
    await tiny.free();
    await t?.close();
    await tiny.unmount();
  });

  const expectRefusedAndClean = async (answers: Record<string, { status: number; body: any }>) => {
    for (const [route, answer] of Object.entries(answers)) {
      expect({ route, status: answer.status }).toEqual({ route, status: 503 });
      expect(answer.body.error.message).toMatch(SENTENCE);
    }
    const files = await everyFile(t.dataDir);
    expect(files.filter((f) => /\.tmp$|\.part$|^files\/[^.]/.test(f))).toEqual([]);
    const key = await fs.readFile(path.join(t.dataDir, 'master.key'), 'utf8').catch(() => null);
    if (key !== null) expect(Buffer.from(key.trim(), 'base64')).toHaveLength(32);
  };
  const expectAllWork = async () => {
    const answers = await settle(writes());
    expect(Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.status]))).toEqual({
      create: 201,
      run: 201,
      settings: 200,
      upload: 201,
    });
    expect((await t.api('GET', '/api/settings')).body.settings.openaiApiKey.configured).toBe(true);
    expect((await t.api('GET', '/api/apps/support-reply/runs')).status).toBe(200);
  };

  it('full disk: every write route answers 503 with a sentence and leaves nothing partial', async () => {
    await tiny.fill();
    await expectRefusedAndClean(await settle(writes()));
  });

  it('after space returns, every write works without a restart (the master key included)', async () => {
    await tiny.free();
    await expectAllWork();
  });

  // A folder turning read-only under the running server: security-disk-readonly.test.ts.
});

const roDisk = await mountTinyDisk(1);

describe.skipIf('skip' in roDisk)(`read-only data folder${'skip' in roDisk ? ` (skipped: ${roDisk.skip})` : ''}`, () => {
  const tiny = roDisk as TinyDisk;
  afterAll(async () => {
    await tiny.unmount();
  });

  it('starting on a read-only data folder stops with a sentence saying what to do', async () => {
    const dataDir = path.join(tiny.dir, 'fresh');
    await fs.mkdir(dataDir);
    tiny.readOnly();
    try {
      const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' },
      }).then(
        () => ({ code: 0, output: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      );
      expect(result.code).toBe(1);
      expect(result.output).toMatch(
        /Toolwright cannot start: .*read-only file system \(EROFS\).*set DATA_DIR to one that is, then start again\./,
      );
    } finally {
      tiny.readWrite();
    }
  });
});
