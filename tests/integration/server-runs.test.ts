/**
 * App runs over real HTTP: dry runs without keys (exact wire request, counts, cost, the
 * sentence naming the key), real runs against the OpenAI emulator (usage, cost), generated
 * images stored as files and served, image edits from an upload, progress on the event bus.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { imagesBody, json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { TINY_PNG_BASE64 } from '../fixtures/emulators/tiny-png';
import { generateContentBody, startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { editSpec, imageSpec, supportSpec } from '../fixtures/server-specs';
import type { RunEvent } from '../../server/runtime/run-events';

describe('runs without credentials', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    expect((await t.api('POST', '/api/apps', { spec: supportSpec() })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('a run without keys is a dry run with the exact request, token counts, cost and the key to set', async () => {
    const events: RunEvent[] = [];
    const unsubscribe = t.server.events.subscribe((e) => events.push(e));
    const { status, body } = await t.api('POST', '/api/apps/support-reply/runs', {
      inputs: { ticket: 'ACME: the export button crashes', priority: 2 },
    });
    unsubscribe();
    expect(status).toBe(201);
    const run = body.run;
    expect(run.status).toBe('dry-run');
    expect(run.trigger).toEqual({ kind: 'api' });
    const draft = run.steps[0];
    expect(draft.status).toBe('dry-run');
    expect(draft.request).toMatchObject({
      method: 'POST',
      path: '/responses',
      body: { model: 'gpt-5-mini', input: 'Write a reply to: ACME: the export button crashes' },
    });
    expect(draft.usage.inputTokens).toBeGreaterThan(5);
    expect(draft.usage.outputTokens).toBe(500);
    expect(draft.costUsd).toBeGreaterThan(0);
    expect(draft.output.dryRun.reason).toMatch(/OPENAI_API_KEY/);
    expect(draft.output.text).toMatch(/^\[dry run:/);
    // Classification and extraction are structured requests with the schema on the wire.
    expect(JSON.stringify(run.steps[1].request)).toContain('"enum":["bug","question"]');
    expect(JSON.stringify(run.steps[2].request)).toContain('customer');
    // Downstream save-record ran but did not save placeholder text.
    expect(run.steps[3]).toMatchObject({ status: 'dry-run', output: { saved: false } });
    expect((await t.api('GET', '/api/apps/support-reply/collections/replies/records')).body.total).toBe(0);
    expect(run.costUsd).toBeCloseTo(
      run.steps.reduce((s: number, x: { costUsd: number }) => s + x.costUsd, 0),
      10,
    );
    expect(body.summary).toMatch(/Dry run.*OPENAI_API_KEY/);
    expect(events.map((e) => e.type)).toEqual([
      'run.started',
      ...run.steps.flatMap(() => ['step.started', 'step.finished']),
      'run.finished',
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', status: 'dry-run', costUsd: run.costUsd, workspaceId: 'default' });
  });

  it('every run is stored and listed with inputs, steps, usage, cost and timing', async () => {
    const list = await t.api('GET', '/api/apps/support-reply/runs');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const id = list.body.items[0].id;
    const one = await t.api('GET', `/api/apps/support-reply/runs/${id}`);
    expect(one.body.run).toMatchObject({ id, inputs: { ticket: 'ACME: the export button crashes', priority: 2 } });
    expect(one.body.run.finishedAt >= one.body.run.startedAt).toBe(true);
  });

  it('an image step without a key shows the Images API request and the per-image price', async () => {
    await t.api('POST', '/api/apps', { spec: imageSpec() });
    const { body } = await t.api('POST', '/api/apps/product-shots/runs', { inputs: { product: 'a teapot' } });
    const shot = body.run.steps[0];
    expect(shot.status).toBe('dry-run');
    expect(shot.request.path).toMatch(/images\/generations/);
    expect(shot.usage.images).toBe(1);
    expect(shot.costUsd).toBeCloseTo(0.005 + (shot.usage.inputTokens * 2) / 1e6, 6);
  });
});

describe('runs with a key, against the OpenAI emulator', () => {
  let t: TestServer;
  let openai: OpenAIEmulator;
  beforeAll(async () => {
    openai = await startOpenAIEmulator();
    t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url } });
    await t.api('POST', '/api/apps', { spec: supportSpec() });
    await t.api('POST', '/api/apps', { spec: imageSpec() });
    await t.api('POST', '/api/apps', { spec: editSpec() });
  });
  afterEach(() => openai.script());
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  it('runs for real: outputs, provider usage and cost from the directory, record saved', async () => {
    openai.script(
      json(responsesBody({ text: 'Sorry about the crash, a fix is coming.', usage: { input: 1000, output: 200 } })),
      json(responsesBody({ text: '{"label":"bug"}' })),
      json(responsesBody({ text: '{"customer":"ACME","urgent":null}' })),
    );
    const { status, body } = await t.api('POST', '/api/apps/support-reply/runs', { inputs: { ticket: 'ACME: the export button crashes' } });
    expect(status).toBe(201);
    const run = body.run;
    expect(run.status).toBe('ok');
    expect(run.steps[0]).toMatchObject({ status: 'ok', output: { text: 'Sorry about the crash, a fix is coming.' } });
    expect(run.steps[0].usage).toMatchObject({ inputTokens: 1000, outputTokens: 200 });
    // gpt-5-mini: $0.25 / 1M input, $2 / 1M output.
    expect(run.steps[0].costUsd).toBeCloseTo((1000 * 0.25 + 200 * 2) / 1e6, 9);
    expect(run.steps[1].output).toEqual({ label: 'bug' });
    expect(run.steps[2].output).toMatchObject({ customer: 'ACME', urgent: null });
    expect(run.steps[3]).toMatchObject({ status: 'ok', output: { saved: true } });
    const records = await t.api('GET', '/api/apps/support-reply/collections/replies/records');
    expect(records.body.items[0].values).toEqual({
      ticket: 'ACME: the export button crashes',
      reply: 'Sorry about the crash, a fix is coming.',
    });
    expect(openai.requests.filter((r) => r.path === '/v1/responses')).toHaveLength(3);
    expect(openai.requests[0]!.headers.authorization).toBe('Bearer sk-test-emulator-0000');
    expect(t.logs.join('\n')).not.toContain('sk-test-emulator-0000');
  });

  it('a structured answer that does not match the fields fails the step with a sentence', async () => {
    openai.script(json(responsesBody({ text: 'hi' })), json(responsesBody({ text: '{"label":"feature"}' })));
    const { body } = await t.api('POST', '/api/apps/support-reply/runs', { inputs: { ticket: 'x' } });
    expect(body.run.status).toBe('error');
    expect(body.run.steps[1]).toMatchObject({ status: 'error' });
    expect(body.run.steps[1].error).toMatch(/labels \(bug, question\)/);
    expect(body.run.steps[2]).toMatchObject({ status: 'skipped' });
    expect(body.summary).toMatch(/failed/);
  });

  it('generated images are written to the data folder and served', async () => {
    openai.script(json(imagesBody({ quality: 'low' })));
    const { body } = await t.api('POST', '/api/apps/product-shots/runs', { inputs: { product: 'a teapot' } });
    const shot = body.run.steps[0];
    expect(shot.status).toBe('ok');
    expect(shot.usage.images).toBe(1);
    expect(shot.costUsd).toBeGreaterThanOrEqual(0.005);
    expect(shot.output.image).toMatch(/^\/files\/[0-9a-f-]{36}\.png$/);
    const onDisk = await readFile(path.join(t.dataDir, 'files', path.basename(shot.output.image)));
    expect(onDisk.toString('base64')).toBe(TINY_PNG_BASE64);
    const served = await fetch(t.url + shot.output.image);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).toString('base64')).toBe(TINY_PNG_BASE64);
  });

  it('image edit from an uploaded image (multipart form) reaches the provider with the photo', async () => {
    openai.script(json(imagesBody({ usage: { textInput: 10, imageInput: 300, output: 272 } })));
    const form = new FormData();
    form.set('product', 'a teapot');
    form.set('photo', new Blob([Buffer.from(TINY_PNG_BASE64, 'base64')], { type: 'image/png' }), 'teapot.png');
    const response = await fetch(`${t.url}/api/apps/photo-edit/runs`, { method: 'POST', body: form });
    const body = (await response.json()) as any;
    expect(response.status).toBe(201);
    expect(body.run.inputs.photo).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(body.run.trigger).toEqual({ kind: 'manual' });
    expect(body.run.steps[0]).toMatchObject({ status: 'ok', usage: { imageInputTokens: 300, images: 1 } });
    const edit = openai.requests.find((r) => r.path === '/v1/images/edits');
    expect(JSON.stringify(edit?.body)).toContain('teapot');
    expect((await stat(path.join(t.dataDir, 'files', body.run.inputs.photo))).size).toBeGreaterThan(0);
  });

  it('an upload through POST /api/files gives an id an image input accepts', async () => {
    const upload = await fetch(`${t.url}/api/files`, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: Buffer.from(TINY_PNG_BASE64, 'base64'),
    });
    const { file } = (await upload.json()) as { file: { id: string; url: string } };
    expect(upload.status).toBe(201);
    openai.script(json(imagesBody()));
    const { status, body } = await t.api('POST', '/api/apps/photo-edit/runs', { inputs: { product: 'a cup', photo: file.id } });
    expect(status).toBe(201);
    expect(body.run.steps[0].status).toBe('ok');
    openai.script(json(imagesBody()));
    const byUrl = await t.api('POST', '/api/apps/photo-edit/runs', { inputs: { product: 'a cup', photo: file.url } });
    expect(byUrl.body.run.inputs.photo).toBe(file.id);
    const missing = await t.api('POST', '/api/apps/photo-edit/runs', { inputs: { product: 'a cup', photo: 'nope.png' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/inputs\.photo: there is no uploaded image/);
  });

  it('a provider failure is recorded on the run as a sentence, not a 500', async () => {
    openai.script({ type: 'error', status: 400 });
    const { status, body } = await t.api('POST', '/api/apps/product-shots/runs', { inputs: { product: 'x' } });
    expect(status).toBe(201);
    expect(body.run.status).toBe('error');
    expect(body.run.steps[0].error).toMatch(/\./);
    expect((await t.api('GET', `/api/apps/product-shots/runs/${body.run.id}`)).body.run.status).toBe('error');
  });
});

describe('runs with a Gemini key, against the Gemini emulator', () => {
  let t: TestServer;
  let gemini: GeminiEmulator;
  beforeAll(async () => {
    gemini = await startGeminiEmulator();
    t = await startTestServer({ env: { GEMINI_API_KEY: 'AIzaSyTestEmulatorKey0000000000000', GEMINI_BASE_URL: gemini.url } });
    await t.api('POST', '/api/apps', { spec: { ...supportSpec('gemini-3-flash-preview'), steps: supportSpec().steps!.slice(0, 1) } });
  });
  afterAll(async () => {
    await t.close();
    await gemini.close();
  });

  it('runs for real with the provider usage and the directory cost; the same app without the key was a dry run', async () => {
    gemini.script(json(generateContentBody({ text: 'Thanks, fixing it.', usage: { prompt: 2000, candidates: 100 } })));
    const { body } = await t.api('POST', '/api/apps/support-reply/runs', { inputs: { ticket: 'crash' } });
    expect(body.run.status).toBe('ok');
    expect(body.run.steps[0]).toMatchObject({
      status: 'ok',
      output: { text: 'Thanks, fixing it.' },
      usage: { inputTokens: 2000, outputTokens: 100 },
    });
    // gemini-3-flash-preview: $0.50 / 1M input, $3 / 1M output.
    expect(body.run.costUsd).toBeCloseTo((2000 * 0.5 + 100 * 3) / 1e6, 9);
    // Text steps stream (generateContentStream), so the run view sees the answer arrive.
    expect(gemini.requests[0]!.path).toBe('/v1beta/models/gemini-3-flash-preview:streamGenerateContent');
  });
});
