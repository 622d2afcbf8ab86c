/**
 * Document inputs through the run API on a real server (lowdb in a temp folder, no keys, so
 * runs are dry runs): a multipart upload of a 40-page PDF and a DOCX shows pages, tokens and
 * the bound model's fit; refused uploads answer a 4xx sentence and leave nothing in the data
 * folder; a stated workload drives binding refusals and the cost estimate.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../../server/documents/document-limits';
import type { DocumentReport } from '../../server/runtime/document-report';
import { contractSpec } from '../fixtures/document-spec';
import { generateContentBody, startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';
import { json, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { makeDocx, makePdf } from '../fixtures/documents';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TestServer;
let pdf: Buffer;
let docx: Buffer;

beforeAll(async () => {
  t = await startTestServer();
  [pdf, docx] = await Promise.all([makePdf(40), makeDocx(40)]);
});
afterAll(() => t.close());

async function upload(
  slug: string,
  files: Record<string, { bytes: Buffer; name: string; type: string }>,
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [field, file] of Object.entries(files))
    form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const response = await fetch(`${t.url}/api/apps/${slug}/runs`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json() };
}

/** Every file under the data folder, with its size: what "nothing stored" is checked against. */
async function dataFiles(): Promise<string[]> {
  const entries = await fs.readdir(t.dataDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('db.json'))
    .map((e) => path.relative(t.dataDir, path.join(e.parentPath, e.name)))
    .sort();
}

const documentsOf = (run: any): DocumentReport[] => run.steps[0].output.dryRun.documents;

describe('document inputs through the run API', () => {
  it('a 40-page PDF and a DOCX: the dry run shows pages, tokens and the fit; the prompt carries the text; the run keeps ids', async () => {
    expect((await t.api('POST', '/api/apps', { spec: contractSpec() })).status).toBe(201);
    const { status, body } = await upload('contract-summary', {
      contract: { bytes: pdf, name: 'contract.pdf', type: 'application/pdf' },
      policy: { bytes: docx, name: 'policy.docx', type: DOCX_TYPE },
    });
    expect(status).toBe(201);
    expect(body.run.status).toBe('dry-run');
    const [contract, policy] = documentsOf(body.run);
    expect(contract).toMatchObject({ input: 'contract', filename: 'contract.pdf', format: 'pdf', pages: 40, pagesEstimated: false });
    expect(contract!.tokens).toBeGreaterThan(20_000);
    expect(contract!.fit).toMatchObject({
      model: 'gemini-3-flash-preview',
      fits: true,
      limit: 1_048_576,
      sentence: 'fits in 1,048,576 tokens',
    });
    expect(policy).toMatchObject({ input: 'policy', filename: 'policy.docx', format: 'docx', pagesEstimated: true });
    expect(body.summary).toContain(
      `contract.pdf: 40 pages, ${contract!.tokens.toLocaleString('en-US')} tokens for gemini-3-flash-preview; the prompt fits in 1,048,576 tokens.`,
    );
    expect(JSON.stringify(body.run.steps[0].request)).toContain('Page 40, clause 30.');
    expect(body.run.inputs.contract).toMatch(/^doc-[0-9a-f-]{36}$/);
    expect(await dataFiles()).toEqual(
      expect.arrayContaining([`documents/${body.run.inputs.contract}.json`, `documents/${body.run.inputs.policy}.json`]),
    );

    // A JSON run may name a stored document by id; an unknown id is a 400 sentence.
    const again = await t.api('POST', '/api/apps/contract-summary/runs', { inputs: { contract: body.run.inputs.contract } });
    expect(again.status).toBe(201);
    expect(documentsOf(again.body.run)[0]).toMatchObject({ filename: 'contract.pdf', pages: 40 });
    const unknown = await t.api('POST', '/api/apps/contract-summary/runs', {
      inputs: { contract: 'doc-00000000-0000-0000-0000-000000000000' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^inputs\.contract: there is no uploaded document/);
  });

  it('an oversized, damaged, encrypted-Office or wrong-type file: a 4xx sentence, no file stored, no run', async () => {
    const before = await dataFiles();
    const runsBefore = (await t.api('GET', '/api/apps/contract-summary/runs')).body.total;
    const cases = [
      {
        status: 413,
        file: { bytes: Buffer.alloc(DOCUMENT_LIMITS.bytes + 1024, 'a'), name: 'huge.txt', type: 'text/plain' },
        message: /^The document is too large: 8\.0 MB\. Documents may be up to 8 MB, 2,000 pages and 1,000,000 tokens of text\./,
      },
      {
        status: 422,
        file: { bytes: pdf.subarray(0, 1_500), name: 'cut.pdf', type: 'application/pdf' },
        message: /^The PDF could not be read: the file is damaged/,
      },
      {
        status: 422,
        file: { bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]), name: 'locked.docx', type: DOCX_TYPE },
        message: /password-protected/,
      },
      {
        status: 415,
        file: { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), name: 'photo.png', type: 'image/png' },
        message: /is not a PDF, DOCX, TXT or Markdown file/,
      },
    ];
    for (const c of cases) {
      // The good DOCX travels with the bad file: it must not be stored either.
      const { status, body } = await upload('contract-summary', {
        contract: c.file,
        policy: { bytes: docx, name: 'policy.docx', type: DOCX_TYPE },
      });
      expect(status, c.file.name).toBe(c.status);
      expect(body.error.message).toMatch(c.message);
    }
    expect(await dataFiles()).toEqual(before);
    expect((await t.api('GET', '/api/apps/contract-summary/runs')).body.total).toBe(runsBefore);
  });

  it("a document past the bound model's input limit: the dry run says it does not fit", async () => {
    const spec = { ...contractSpec('gpt-4o'), slug: 'contract-small', name: 'Contract small' };
    expect((await t.api('POST', '/api/apps', { spec })).status).toBe(201);
    const text = Array.from({ length: 40_000 }, (_, i) => `Clause ${i}: the buyer pays within sixty days.`).join('\n');
    const { status, body } = await upload('contract-small', {
      contract: { bytes: Buffer.from(text), name: 'long.txt', type: 'text/plain' },
    });
    expect(status).toBe(201);
    const [report] = documentsOf(body.run);
    expect(report!.fit).toMatchObject({ model: 'gpt-4o', fits: false, limit: 128_000 });
    expect(report!.fit.sentence).toMatch(/^does not fit: \d{3}k tokens > 128k$/);
    expect(report!.modelsThatFit.length).toBeGreaterThan(0);
    expect(body.summary).toContain(`the prompt ${report!.fit.sentence}. Models that fit: ${report!.modelsThatFit.join(', ')}.`);
  });

  it('a stated workload: binding a model too small is refused with a sentence; the estimate uses the stated size and volume', async () => {
    const workload = [
      { amount: 300, unit: 'pages', per: 'document' as const },
      { amount: 500, unit: 'contracts', per: 'week' as const },
    ];
    const spec = { ...contractSpec('gemini-3-flash-preview', workload), slug: 'contract-stated', name: 'Contract stated' };
    expect((await t.api('POST', '/api/apps', { spec })).status).toBe(201);
    const bind = await t.api('PUT', '/api/apps/contract-stated/model', { model: 'gpt-4o' });
    expect(bind.status).toBe(422);
    expect(bind.body.error.message).toMatch(
      /gpt-4o \(the app's default model\) takes 128,000 input tokens, but step "summary" would send about [\d,]+: the stated 300 pages ≈ 195,000 tokens .*Models that fit: /,
    );
    const tooSmall = await t.api('POST', '/api/apps', { spec: { ...spec, slug: 'contract-stated-2', model: { model: 'gpt-4o' } } });
    expect(tooSmall.status).toBe(422);
    const estimate = await t.api('GET', '/api/apps/contract-stated/estimate');
    expect(estimate.status).toBe(200);
    expect(estimate.body.summary).toMatch(
      /a month at 2,167 runs \(from the app's stated workload\)\. Each document is priced at the stated 300 pages ≈ 195,000 tokens/,
    );
  });
});

describe('document inputs in real runs (emulated providers)', () => {
  let real: TestServer;
  let gemini: GeminiEmulator;
  let openai: OpenAIEmulator;
  beforeAll(async () => {
    [gemini, openai] = await Promise.all([startGeminiEmulator(), startOpenAIEmulator()]);
    real = await startTestServer({
      env: {
        GEMINI_API_KEY: 'AIzaSyTestEmulatorKey0000000000000',
        GEMINI_BASE_URL: gemini.url,
        OPENAI_API_KEY: 'sk-test-emulator-0000',
        OPENAI_BASE_URL: openai.url,
      },
    });
  });
  afterAll(async () => {
    await real.close();
    await Promise.all([gemini.close(), openai.close()]);
  });

  const send = async (slug: string, file: { bytes: Buffer; name: string; type: string }) => {
    const form = new FormData();
    form.append('contract', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    const response = await fetch(`${real.url}/api/apps/${slug}/runs`, { method: 'POST', body: form });
    return { status: response.status, body: await response.json() };
  };

  it('the provider receives the extracted text; the stored run keeps the document id', async () => {
    expect((await real.api('POST', '/api/apps', { spec: contractSpec() })).status).toBe(201);
    gemini.script(json(generateContentBody({ text: 'Low risk.', usage: { prompt: 30_000, candidates: 10 } })));
    const { status, body } = await send('contract-summary', { bytes: pdf, name: 'contract.pdf', type: 'application/pdf' });
    expect(status).toBe(201);
    expect(body.run.status).toBe('ok');
    expect(JSON.stringify(gemini.requests[0]!.body)).toContain('Page 40, clause 30.');
    expect(body.run.steps[0].output).toEqual({ text: 'Low risk.' });
    expect(body.run.inputs.contract).toMatch(/^doc-[0-9a-f-]{36}$/);
  });

  it("a prompt past the model's input limit is not sent: the step fails with a sentence", async () => {
    const spec = { ...contractSpec('gpt-4o'), slug: 'contract-small', name: 'Contract small' };
    expect((await real.api('POST', '/api/apps', { spec })).status).toBe(201);
    const text = Array.from({ length: 40_000 }, (_, i) => `Clause ${i}: the buyer pays within sixty days.`).join('\n');
    const { status, body } = await send('contract-small', { bytes: Buffer.from(text), name: 'long.txt', type: 'text/plain' });
    expect(status).toBe(201);
    expect(body.run.status).toBe('error');
    expect(body.run.steps[0].error).toMatch(
      /^Step "summary" was not sent: with long\.txt its prompt does not fit: \d{3}k tokens > 128k \(gpt-4o's input limit\)\. Bind a model with a larger input limit/,
    );
    expect(openai.requests).toHaveLength(0);
  });
});
