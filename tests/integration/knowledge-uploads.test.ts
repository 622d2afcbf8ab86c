/**
 * Refused knowledge uploads on a real server (lowdb in a temp folder): a file of the wrong
 * type, one past the size limits, a damaged PDF or DOCX, a body that is not a form, a form
 * without a file, a bad document id. Each answers 4xx with a sentence, and nothing is stored:
 * the app's knowledge stays empty, no knowledge file appears and no temp file is left.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { documentQa } from '../../templates/document-qa';
import { KNOWLEDGE_LIMITS } from '../../server/knowledge/knowledge-limits';
import { DOCX_TYPE } from '../fixtures/knowledge-documents';
import { makeDocx, makeEncryptedPdf, makePdf } from '../fixtures/documents';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  expect((await t.api('POST', '/api/apps', { spec: AppSpecSchema.parse(documentQa.spec) })).status).toBe(201);
});
afterAll(() => t.close());

async function upload(file: { bytes: Uint8Array; name: string; type: string }, field = 'file'): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const response = await fetch(`${t.url}/api/apps/document-qa/knowledge`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json() };
}

/** Every file in the data folder: what "nothing stored" is checked against. */
async function dataFiles(): Promise<string[]> {
  const entries = await fs.readdir(t.dataDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(t.dataDir, path.join(e.parentPath, e.name)))
    .sort();
}

const sentence = /^\S.{10,}\.$/;

describe('refused knowledge uploads', () => {
  it.each([
    [
      'a PNG image',
      { bytes: Buffer.from('\u0089PNG\r\n\u001a\n0000'), name: 'photo.png', type: 'image/png' },
      415,
      /photo\.png is not a PDF, DOCX, TXT or Markdown file/,
    ],
    [
      'a binary renamed .txt',
      { bytes: Uint8Array.from([0, 1, 2, 3, 0, 255]), name: 'notes.txt', type: 'text/plain' },
      415,
      /not a PDF, DOCX, TXT or Markdown/,
    ],
    [
      'a damaged PDF',
      { bytes: Buffer.from('%PDF-1.7\nthis is not the rest of a PDF'), name: 'broken.pdf', type: 'application/pdf' },
      422,
      /PDF could not be read/,
    ],
    [
      'a damaged DOCX',
      { bytes: Buffer.from('PK\u0003\u0004 not really a zip'), name: 'broken.docx', type: DOCX_TYPE },
      422,
      /DOCX file could not be read/,
    ],
    [
      'an empty text file with only spaces',
      { bytes: Buffer.from('   \n  '), name: 'empty.md', type: 'text/markdown' },
      422,
      /has no text to read/,
    ],
  ])('%s is refused with a 4xx sentence', async (_what, file, status, message) => {
    const before = await dataFiles();
    const { status: got, body } = await upload(file);
    expect(got).toBe(status);
    expect(body.error.message).toMatch(message);
    expect(body.error.message).toMatch(sentence);
    expect(await dataFiles()).toEqual(before);
  });

  it('a password-protected PDF answers 422 saying so', async () => {
    const { status, body } = await upload({ bytes: await makeEncryptedPdf(), name: 'secret.pdf', type: 'application/pdf' });
    expect(status).toBe(422);
    expect(body.error.message).toMatch(/password-protected/);
  });

  it('a file past the 8 MB document limit answers 413 naming the limits', async () => {
    const big = Buffer.alloc(9 * 1024 * 1024, 'a');
    const { status, body } = await upload({ bytes: big, name: 'huge.txt', type: 'text/plain' });
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/^The document is too large: 9\.0 MB\. Documents may be up to 8 MB, 2,000 pages/);
  });

  it('a body past the 10 MB upload limit answers 413 before it is all read', async () => {
    const { status, body } = await upload({ bytes: Buffer.alloc(11 * 1024 * 1024, 'a'), name: 'huger.txt', type: 'text/plain' });
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/larger than 10 MB/);
  });

  it('JSON instead of a form, or a form without a file, answers 400', async () => {
    const json = await t.api('POST', '/api/apps/document-qa/knowledge', { file: 'handbook text' });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toMatch(/multipart\/form-data upload with a "file" field/);
    const wrongField = await upload({ bytes: await makeDocx(2), name: 'a.docx', type: DOCX_TYPE }, 'document');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.message).toMatch(/^The upload has no file\./);
  });

  it('a bad document id answers 400, an unknown one 404, an unknown app 404; a search needs words', async () => {
    expect((await t.api('DELETE', '/api/apps/document-qa/knowledge/not-an-id')).status).toBe(400);
    const unknown = await t.api('DELETE', '/api/apps/document-qa/knowledge/doc-00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(sentence);
    expect((await t.api('GET', '/api/apps/no-such-app/knowledge')).status).toBe(404);
    expect((await t.api('GET', '/api/apps/document-qa/knowledge/search?q=')).status).toBe(400);
  });

  it('an app whose knowledge is full refuses another document with 409 and a sentence', async () => {
    expect((await t.api('POST', '/api/apps', { spec: AppSpecSchema.parse({ ...documentQa.spec, slug: 'full-qa' }) })).status).toBe(201);
    const app = (await t.store.getApp('full-qa'))!;
    for (let i = 0; i < KNOWLEDGE_LIMITS.documents; i++) {
      await t.store.knowledge.add(
        {
          id: `doc-00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          appId: app.id,
          filename: `note-${i}.txt`,
          format: 'txt',
          bytes: 5,
          pages: 1,
          pagesEstimated: true,
          tokens: 1,
          passageCount: 1,
          uploadedBy: null,
          createdAt: new Date().toISOString(),
        },
        [{ index: 0, page: 1, text: 'Note.', tokens: 1 }],
      );
    }
    const form = new FormData();
    form.append('file', new Blob(['One more note.'], { type: 'text/plain' }), 'more.txt');
    const response = await fetch(`${t.url}/api/apps/full-qa/knowledge`, { method: 'POST', body: form });
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(
      /^This app's knowledge is full: it holds 100 documents\. .*Delete a document first\.$/,
    );
    expect((await t.api('GET', '/api/apps/full-qa/knowledge')).body.items).toHaveLength(KNOWLEDGE_LIMITS.documents);
  });

  it('after every refusal the app has no knowledge, no knowledge file and no temp file', async () => {
    expect((await t.api('GET', '/api/apps/document-qa/knowledge')).body.items).toEqual([]);
    const files = await dataFiles();
    const appId = (await t.store.getApp('document-qa'))!.id;
    expect(files.filter((f) => f.includes(appId) && f.endsWith('knowledge.jsonl'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('.incoming'))).toEqual([]);
    // A good upload still works afterwards.
    const ok = await upload({ bytes: await makePdf(2), name: 'contract.pdf', type: 'application/pdf' });
    expect(ok.status).toBe(201);
    expect(ok.body.summary).toMatch(/^contract\.pdf: 2 pages, \d+ passages\.$/);
  });
});
