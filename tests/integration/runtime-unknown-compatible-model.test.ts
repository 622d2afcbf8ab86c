/**
 * A model the directory does not list, served by an OpenAI-compatible server (llama3.1:8b on
 * Ollama, say), binds, dry-runs and runs through the one resolveBinding: its tokens are
 * counted and its cost is "not priced (your server)". Real runs go to a third-party
 * OpenAI-compatible mock from npm (@copilotkit/aimock) and to our own emulator.
 */
import { LLMock } from '@copilotkit/aimock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNPRICED } from '../../agent/spec/spec-labels';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const MODEL = 'llama3.1:8b';

const draftSpec = {
  specVersion: 1,
  name: 'Reply drafter',
  slug: 'reply-drafter',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
  steps: [{ id: 'draft', title: 'Draft a reply', kind: 'generate-text', prompt: 'Write a reply to: {{inputs.ticket}}' }],
  collections: [],
  triggers: [{ kind: 'manual' }],
  access: { level: 'private' },
};

/** Creates the app on a directory model, then binds the unknown model through bind_model (the capability check). */
async function bindUnknownModel(t: TestServer): Promise<void> {
  expect((await t.api('POST', '/api/apps', { spec: draftSpec })).status).toBe(201);
  const bound = await t.api('PUT', '/api/apps/reply-drafter/model', {
    model: MODEL,
    provider: 'openai-compatible',
    step: null,
    options: null,
  });
  expect(bound.status).toBe(200);
  expect(JSON.stringify(bound.body)).toContain('not in the model directory');
}

async function run(t: TestServer) {
  const { status, body } = await t.api('POST', '/api/apps/reply-drafter/runs', { inputs: { ticket: 'The export button crashes' } });
  expect(status).toBe(201);
  return body.run;
}

describe('an unknown OpenAI-compatible model', () => {
  describe('without a base URL', () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer();
      await bindUnknownModel(t);
    });
    afterAll(() => t.close());

    it('dry-runs: the exact request, tokens counted, the cost not priced', async () => {
      const draft = (await run(t)).steps[0];
      expect(draft).toMatchObject({ status: 'dry-run', model: MODEL, costUsd: 0, unpriced: UNPRICED });
      expect(draft.request).toMatchObject({ path: '/chat/completions', body: { model: MODEL } });
      expect(draft.usage.inputTokens).toBeGreaterThan(3);
      expect(draft.usage.outputTokens).toBe(500);
      expect(draft.output.dryRun.reason).toMatch(/OPENAI_COMPATIBLE_BASE_URL/);
      expect(draft.output.dryRun.cost.notes.join(' ')).toContain(UNPRICED);
    });
  });

  describe('served by @copilotkit/aimock', () => {
    let mock: LLMock;
    let t: TestServer;
    beforeAll(async () => {
      mock = new LLMock({ port: 0 });
      mock.onMessage(/export button/, { content: 'Thanks, we are on it.' });
      await mock.start();
      t = await startTestServer({ env: { OPENAI_COMPATIBLE_BASE_URL: `${mock.url}/v1` } });
      await bindUnknownModel(t);
    });
    afterAll(async () => {
      await t.close();
      await mock.stop();
    });

    it('runs for real: the answer, the server-reported tokens, the cost not priced', async () => {
      const result = await run(t);
      expect(result.status).toBe('ok');
      const draft = result.steps[0];
      expect(draft).toMatchObject({
        status: 'ok',
        model: MODEL,
        costUsd: 0,
        unpriced: UNPRICED,
        output: { text: 'Thanks, we are on it.' },
      });
      expect(draft.usage.inputTokens).toBeGreaterThan(0);
      expect(draft.usage.outputTokens).toBeGreaterThan(0);
      expect(result.usage.inputTokens).toBe(draft.usage.inputTokens);
      expect(result.costUsd).toBe(0);
    });
  });

  describe('served by our OpenAI emulator', () => {
    let emulator: OpenAIEmulator;
    let t: TestServer;
    beforeAll(async () => {
      emulator = await startOpenAIEmulator();
      t = await startTestServer({ env: { OPENAI_COMPATIBLE_BASE_URL: emulator.url, OPENAI_COMPATIBLE_API_KEY: 'local' } });
      await bindUnknownModel(t);
    });
    afterAll(async () => {
      await t.close();
      await emulator.close();
    });

    it('runs for real and sends the unknown id as the model', async () => {
      const draft = (await run(t)).steps[0];
      expect(draft).toMatchObject({ status: 'ok', model: MODEL, costUsd: 0, unpriced: UNPRICED, output: { text: 'ok' } });
      expect(draft.usage.inputTokens).toBeGreaterThan(0);
      expect(emulator.requests.at(-1)).toMatchObject({ path: '/v1/chat/completions', body: { model: MODEL } });
    });
  });
});
