/**
 * Issue 17, disk acceptance at runtime: the data folder turns read-only WHILE the server runs
 * (a tmpfs remounted `ro` under it — chmod would not stop root), then writable again. Every
 * write route — app create and update, run, records (add, change, delete), settings, image
 * upload, document upload, inbound webhook and hook-secret rotation — answers 503 with a
 * sentence; nothing partial is left and nothing shows that was not saved; once the folder is
 * writable again the same server takes every write, without a restart. Skipped, with the
 * reason, where a tmpfs cannot be mounted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractSpec } from '../fixtures/document-spec';
import { makePdf } from '../fixtures/documents';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { supportSpec } from '../fixtures/server-specs';
import { mountTinyDisk, type TinyDisk } from '../fixtures/tiny-disk';

const disk = await mountTinyDisk(16);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(20 * 1024, 3)]);
const SENTENCE = /read-only.*\(EROFS\).*not saved.*try again\.$/;

async function everyFile(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe.skipIf('skip' in disk)(`data folder read-only while running${'skip' in disk ? ` (skipped: ${disk.skip})` : ''}`, () => {
  const tiny = disk as TinyDisk;
  let t: TestServer;
  let pdf: Buffer;
  let recordId: string;
  let n = 0;

  const answer = async (response: Response) => ({ status: response.status, body: await response.json() });
  const writes = () => {
    n += 1;
    const form = new FormData();
    form.append('contract', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'contract.pdf');
    return {
      'app create': () => t.api('POST', '/api/apps', { spec: { ...supportSpec(), slug: `app-${n}` } }),
      'app update': () => t.api('PATCH', '/api/apps/support-reply', { changes: [{ op: 'rename', name: `Support ${n}` }] }),
      run: () => t.api('POST', '/api/apps/support-reply/runs', { inputs: { ticket: `ticket ${n}` } }),
      'record add': () => t.api('POST', '/api/apps/support-reply/collections/replies/records', { values: { ticket: `t${n}` } }),
      'record change': () => t.api('PATCH', `/api/apps/support-reply/collections/replies/records/${recordId}`, { values: { score: n } }),
      settings: () => t.api('PUT', '/api/settings', { openaiApiKey: `sk-readonly-test-key-${n}-abcdefgh` }),
      upload: () => fetch(`${t.url}/api/files`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG }).then(answer),
      document: () => fetch(`${t.url}/api/apps/contract-summary/runs`, { method: 'POST', body: form }).then(answer),
      'inbound webhook': async () => {
        // The secret of now: each round's rotation below changes it.
        const { path: hookPath } = (await t.api('GET', '/api/apps/support-reply/hook')).body;
        const response = await fetch(`${t.url}${hookPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"ticket":"hi"}',
        });
        return answer(response);
      },
      'hook rotate': () => t.api('POST', '/api/apps/support-reply/hook/rotate'),
    };
  };
  /** One at a time, so each answer is about its own write. */
  const each = async (calls: Record<string, () => Promise<{ status: number; body: any }>>) => {
    const out: Record<string, { status: number; body: any }> = {};
    for (const [name, call] of Object.entries(calls)) out[name] = await call();
    return out;
  };
  /** What a person can see: the lists the writes above would change. */
  const visible = async () => ({
    apps: (await t.api('GET', '/api/apps')).body,
    runs: (await t.api('GET', '/api/apps/support-reply/runs')).body.total,
    documentRuns: (await t.api('GET', '/api/apps/contract-summary/runs')).body.total,
    records: (await t.api('GET', '/api/apps/support-reply/collections/replies/records')).body,
    settings: (await t.api('GET', '/api/settings')).body,
    hook: (await t.api('GET', '/api/apps/support-reply/hook')).body,
  });
  /** Remounting read-only is refused (EBUSY) while a write holds a file open; the server holds none between writes. */
  const remountReadOnly = async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        tiny.readOnly();
        return;
      } catch (error) {
        if (attempt === 20) throw error;
        await sleep(50);
      }
    }
  };

  beforeAll(async () => {
    pdf = await makePdf(2);
    t = await startTestServer({ dataDir: path.join(tiny.dir, 'data') });
    expect((await t.api('POST', '/api/apps', { spec: { ...supportSpec(), triggers: [{ kind: 'webhook' }] } })).status).toBe(201);
    expect((await t.api('POST', '/api/apps', { spec: contractSpec() })).status).toBe(201);
    const record = await t.api('POST', '/api/apps/support-reply/collections/replies/records', { values: { ticket: 'first' } });
    recordId = record.body.record.id;
    // Every write route works before the folder turns read-only (so a 503 below is the disk's doing).
    const before = await each(writes());
    expect(Object.values(before).every((a) => a.status < 300)).toBe(true);
  });
  afterAll(async () => {
    try {
      tiny.readWrite();
    } catch {
      // already writable
    }
    await t?.close();
    await tiny.unmount();
  });

  it('every write route answers 503 with a sentence, leaves nothing partial and shows nothing unsaved', async () => {
    const seen = await visible();
    const files = await everyFile(t.dataDir);
    await remountReadOnly();
    try {
      const answers = await each({
        ...writes(),
        'record delete': () => t.api('DELETE', `/api/apps/support-reply/collections/replies/records/${recordId}`),
      });
      for (const [route, a] of Object.entries(answers)) {
        expect({ route, status: a.status }).toEqual({ route, status: 503 });
        expect({ route, message: a.body.error.message }).toEqual({ route, message: expect.stringMatching(SENTENCE) });
      }
      expect(await visible()).toEqual(seen);
      expect(await everyFile(t.dataDir)).toEqual(files);
    } finally {
      tiny.readWrite();
    }
  });

  it('once the folder is writable again, every write works without a restart', async () => {
    const answers = await each(writes());
    expect(Object.fromEntries(Object.entries(answers).map(([route, a]) => [route, a.status]))).toEqual({
      'app create': 201,
      'app update': 200,
      run: 201,
      'record add': 201,
      'record change': 200,
      settings: 200,
      upload: 201,
      document: 201,
      'inbound webhook': 202,
      'hook rotate': 200,
    });
    expect((await t.api('DELETE', `/api/apps/support-reply/collections/replies/records/${recordId}`)).status).toBe(204);
    expect((await t.api('GET', '/api/settings')).body.settings.openaiApiKey.configured).toBe(true);
  });
});
