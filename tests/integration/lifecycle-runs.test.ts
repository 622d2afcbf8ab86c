/**
 * On 2026-12-01 gpt-image-1-mini shuts down. An app bound to it: its scheduled run fails with a
 * sentence without calling the provider and tells the app's channel; one POST moves it to
 * gpt-image-2, saving a version and keeping its records.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { retiredAppSpec, SHUTDOWN_DAY } from '../fixtures/retired-app';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let t: TestServer;
let emulator: OpenAIEmulator;
let receiver: http.Server;
const received: unknown[] = [];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  emulator = await startOpenAIEmulator();
  t = await startTestServer({
    env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url, OUTBOUND_ALLOW: '127.0.0.1' },
    clock: () => SHUTDOWN_DAY,
  });
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/notify`;
  const app = await t.store.createApp({ workspaceId: 'default', spec: retiredAppSpec(url), createdBy: null });
  await t.store.insertRecord({ appId: app.id, collection: 'shots', values: { product: 'a kettle' }, createdBy: null });
});

afterAll(async () => {
  await t.close();
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('an app bound to a shut-down model', () => {
  it('fails a scheduled run with a sentence, calls no provider, and notifies the app’s channel', async () => {
    const app = (await t.store.getApp('product-shots'))!;
    const run = await t.server.runtime.run({
      app,
      inputs: { product: 'a teapot' },
      fromForm: true,
      trigger: { kind: 'schedule', detail: '0 9 * * 1 UTC @ 2026-12-01T09:00:00.000Z' },
      actor: { userId: null, workspaceId: 'default', role: 'editor' },
    });
    expect(run.status).toBe('error');
    expect(run.steps[0]).toMatchObject({ stepId: 'shot', status: 'error' });
    expect(run.steps[0]!.error).toBe(
      "GPT Image 1 mini shut down on 2026-12-01; the provider was not called. Move the app to GPT Image 2 (the banner's button, or ask the builder).",
    );
    expect(run.steps[1]!.status).toBe('skipped');
    expect(run.steps[2]).toMatchObject({ stepId: 'tell', status: 'ok' });
    expect(emulator.requests).toHaveLength(0);
    expect(received).toEqual([
      {
        text: 'Product shots: a scheduled run did not run. GPT Image 1 mini shut down on 2026-12-01; move to GPT Image 2. Open /apps/product-shots to move it.',
        app: 'product-shots',
        runId: run.id,
      },
    ]);
  });

  it('moves to its successor in one step: re-validated, a new version, records kept', async () => {
    const before = (await t.store.getApp('product-shots'))!;
    const { status, body } = await t.api('POST', '/api/apps/product-shots/move-to-successor', {});
    expect(status).toBe(200);
    expect(body.summary).toBe('product-shots moved off shut-down models (gpt-image-1-mini → gpt-image-2); its records are kept.');
    const after = (await t.store.getApp('product-shots'))!;
    expect(after.version).toBe(before.version + 1);
    expect(after.spec.model).toEqual({ model: 'gpt-image-2', options: { imageQuality: 'medium' } });
    const versions = await t.store.listAppVersions('product-shots');
    expect(versions.map((v) => v.note)).toContain('move_to_successor: gpt-image-1-mini → gpt-image-2');
    const { items } = await t.store.listRecords(after.id, 'shots', {});
    expect(items.map((r) => r.values.product)).toEqual(['a kettle']);

    const again = await t.api('POST', '/api/apps/product-shots/move-to-successor', {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('product-shots uses no shut-down model; nothing to move.');
  });
});
