/**
 * Issue 17 finding 4: uploads are streamed to disk as they arrive (not buffered whole in
 * memory), limited per request and per minute, and leave no partial file behind when they
 * fail or are cut off. (Memory and health latency under 40 concurrent 10 MB uploads are
 * measured by bench/uploads.ts.)
 */
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const BOUNDARY = 'tw-test-boundary';

/** A multipart request held open: write parts, then end or cut it off. */
function openUpload(url: string, length?: number) {
  const target = new URL('/api/files', url);
  let answer: Promise<{ status: number; body: any }> | null = null;
  const req = http.request(target, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(length ? { 'content-length': String(length) } : {}) },
  });
  answer = new Promise((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') }));
    });
    req.on('error', reject);
  });
  const write = (chunk: Buffer | string) => new Promise<void>((resolve) => (req.write(chunk) ? resolve() : req.once('drain', resolve)));
  return {
    req,
    write,
    answer,
    head: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    tail: `\r\n--${BOUNDARY}--\r\n`,
  };
}

async function partFiles(dataDir: string): Promise<{ name: string; size: number }[]> {
  const dir = path.join(dataDir, 'files', '.incoming');
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  // A file may go between the listing and its stat (the server removing it): then it is gone.
  const found = await Promise.all(
    names.map(async (name) => ({ name, size: (await fs.stat(path.join(dir, name)).catch(() => null))?.size ?? -1 })),
  );
  return found.filter((f) => f.size >= 0);
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; ; i += 1) {
    const value = await read();
    if (ok(value) || i >= 500) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('uploads stream to disk (issue 17 finding 4)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ rateLimits: { authPer15Min: 50, runsPerMinute: 120, uploadsPerMinute: 4 } });
  });
  afterAll(() => t.close());

  it('bytes reach a temp file while the upload is still arriving, and it becomes the stored file', async () => {
    const upload = openUpload(t.url);
    await upload.write(upload.head);
    await upload.write(PNG_HEAD);
    for (let i = 0; i < 8; i += 1) await upload.write(Buffer.alloc(512 * 1024, i));
    // The request is not finished: a buffering parser would have nothing on disk yet.
    const parts = await until(
      () => partFiles(t.dataDir),
      (p) => (p[0]?.size ?? 0) >= 2 * 1024 * 1024,
    );
    expect(parts[0]?.size ?? 0).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    upload.req.end(upload.tail);
    const { status, body } = await upload.answer;
    expect(status).toBe(201);
    expect(body.file.bytes).toBe(PNG_HEAD.length + 4 * 1024 * 1024);
    expect((await fs.stat(path.join(t.dataDir, 'files', body.file.id))).size).toBe(body.file.bytes);
    expect(await partFiles(t.dataDir)).toEqual([]);
  });

  it('an upload cut off mid-way leaves no partial file', async () => {
    const upload = openUpload(t.url, 8 * 1024 * 1024);
    upload.answer.catch(() => undefined);
    await upload.write(upload.head);
    await upload.write(PNG_HEAD);
    await upload.write(Buffer.alloc(1024 * 1024, 7));
    await until(
      () => partFiles(t.dataDir),
      (p) => p.length > 0,
    );
    upload.req.destroy();
    expect(
      await until(
        () => partFiles(t.dataDir),
        (p) => p.length === 0,
      ),
    ).toEqual([]);
    const stored = (await fs.readdir(path.join(t.dataDir, 'files'))).filter((n) => !n.startsWith('.'));
    expect(stored).toHaveLength(1);
  });

  it('an upload over the limit is refused with 413 and a sentence, and nothing is kept', async () => {
    const upload = openUpload(t.url);
    await upload.write(upload.head);
    await upload.write(PNG_HEAD);
    const answer = upload.answer;
    // Write until the server answers (it stops reading at the limit).
    let answered = false;
    void answer.then(
      () => (answered = true),
      () => (answered = true),
    );
    for (let i = 0; i < 12 && !answered; i += 1) await Promise.race([upload.write(Buffer.alloc(1024 * 1024, 1)), answer]);
    upload.req.end(upload.tail);
    const { status, body } = await answer;
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/larger than 10 MB.*\.$/);
    expect(
      await until(
        () => partFiles(t.dataDir),
        (p) => p.length === 0,
      ),
    ).toEqual([]);
    expect((await fs.readdir(path.join(t.dataDir, 'files'))).filter((n) => !n.startsWith('.'))).toHaveLength(1);
  });

  it('uploads per caller are capped per minute with 429 and a sentence', async () => {
    const statuses: number[] = [];
    let last: any = null;
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${t.url}/api/files`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG_HEAD });
      statuses.push(response.status);
      last = await response.json();
    }
    // Three uploads above used one each of the four.
    expect(statuses).toEqual([201, 429, 429, 429]);
    expect(last.error.message).toMatch(/Too many uploads.*Wait a minute.*\.$/);
  });
});
