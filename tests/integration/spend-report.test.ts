/**
 * Seeing spend: GET /api/spend adds up the runs' own costs (per app, model and day) and the
 * builder agent's turns with a real provider (the OpenAI SDK against the emulator); the chat's
 * built-in planner answers "what did we spend this month?" and "which app costs most?" from
 * the get_spend tool; `toolwright spend` prints the same report, and `--json` the API's.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { formatUsd } from '../../agent/catalog/index';
import { AppSpecSchema, type AppSpecInput } from '../../agent/spec/app-spec';
import { emptyUsage } from '../../agent/providers/usage';
import { spendReport } from '../../agent/spend/spend-report';
import { spendEntriesOfRun } from '../../server/store/run-spend-entries';
import { openLowdbStore } from '../../server/store/lowdb';
import type { RunRow } from '../../server/store/records';
import { parseServerEvent, type ServerEvent } from '../../server/ws/events';
import { json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

const textApp = (slug: string, model: string): AppSpecInput => ({
  specVersion: 1,
  name: `App ${slug}`,
  slug,
  model: { model },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
  steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write about {{inputs.topic}}' }],
});

/** Sends one chat message over /ws and resolves with the events up to `done`. */
async function chat(url: string, text: string): Promise<ServerEvent[]> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`);
  const frames: ServerEvent[] = [];
  const done = new Promise<void>((resolve) => {
    socket.on('message', (data) => {
      const event = parseServerEvent(String(data));
      frames.push(event);
      if (event.type === 'done') resolve();
    });
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'chat.send', conversationId: null, text }));
  await done;
  socket.close();
  return frames;
}
const said = (frames: ServerEvent[]) => frames.flatMap((f) => (f.type === 'assistant.delta' ? [f.text] : [])).join('');

describe('spend over HTTP and in the chat', () => {
  let t: TestServer;
  let openai: OpenAIEmulator;
  const runs: RunRow[] = [];
  beforeAll(async () => {
    openai = await startOpenAIEmulator();
    t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url } });
    await t.api('POST', '/api/apps', { spec: textApp('cheap-notes', 'gpt-5-nano') });
    await t.api('POST', '/api/apps', { spec: textApp('deep-drafts', 'gpt-5-mini') });
    for (const [slug, input, output] of [
      ['cheap-notes', 800, 100],
      ['deep-drafts', 3000, 900],
      ['deep-drafts', 2500, 1200],
      ['cheap-notes', 400, 50],
    ] as const) {
      openai.script(json(responsesBody({ text: 'done', usage: { input, output } })));
      runs.push((await t.api('POST', `/api/apps/${slug}/runs`, { inputs: { topic: 'spend' } })).body.run);
    }
  });
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  it("GET /api/spend adds up the runs' own costs per app, model and day, with the projection", async () => {
    const { status, body } = await t.api('GET', '/api/spend');
    expect(status).toBe(200);
    const appOf = (r: RunRow) => (r.appId === runs[0]!.appId ? 'cheap-notes' : 'deep-drafts');
    const sum = (rs: RunRow[]) => rs.reduce((s, r) => s + r.costUsd, 0);
    expect(body.total.costUsd).toBeCloseTo(sum(runs), 12);
    expect(body.total).toMatchObject({ runs: 4, calls: 4 });
    expect(body.byApp.map((a: { slug: string }) => a.slug)).toEqual(['deep-drafts', 'cheap-notes']);
    expect(body.byApp[0].costUsd).toBeCloseTo(sum(runs.filter((r) => appOf(r) === 'deep-drafts')), 12);
    expect(body.byModel.map((m: { key: string }) => m.key)).toEqual(['gpt-5-mini', 'gpt-5-nano']);
    const today = new Date().toISOString().slice(0, 10);
    expect(body.byDay.at(-1)).toMatchObject({ key: today, runs: 4 });
    expect(body.byDay).toHaveLength(new Date().getUTCDate());
    expect(body.projectionUsd).toBeGreaterThanOrEqual(body.total.costUsd);
    expect(body.summary).toContain(formatUsd(body.total.costUsd));
    const app = (await t.api('GET', '/api/apps/deep-drafts/spend')).body;
    expect(app.costPerRunUsd).toBeCloseTo(sum(runs.filter((r) => appOf(r) === 'deep-drafts')) / 2, 12);
  });

  it('the chat answers "what did we spend this month?" from get_spend', async () => {
    const frames = await chat(t.url, 'What did we spend this month?');
    expect(frames).toContainEqual(expect.objectContaining({ type: 'tool.finished', name: 'get_spend', ok: true }));
    const total = (await t.api('GET', '/api/spend')).body.total.costUsd;
    expect(said(frames)).toMatch(new RegExp(`^This month \\(\\w+ \\d{4}\\) the workspace spent \\${formatUsd(total)} over 4 runs`));
  });

  it('the chat answers "which app costs most?" with the apps ranked', async () => {
    const frames = await chat(t.url, 'Which app costs the most?');
    const text = said(frames);
    expect(text).toMatch(/by spend:\n1\. "App deep-drafts" \(deep-drafts\): \$[\d.]+ over 2 runs\n2\. "App cheap-notes" \(cheap-notes\)/);
  });
});

describe("the builder agent's own turns with a real provider", () => {
  it('land in the ledger with the counts the provider reported, priced from the directory', async () => {
    const openai = await startOpenAIEmulator();
    const t = await startTestServer({
      env: { OPENAI_API_KEY: 'sk-test-emulator-0000', OPENAI_BASE_URL: openai.url, AGENT_MODEL: 'gpt-5-mini' },
    });
    try {
      openai.script(json(responsesBody({ text: 'Hello! What should the tool do?', usage: { input: 4000, output: 120 } })));
      const frames = await chat(t.url, 'hello');
      expect(frames.at(-1)).toMatchObject({ type: 'done', reason: 'final' });
      const report = (await t.api('GET', '/api/spend')).body;
      expect(report.byApp).toEqual([expect.objectContaining({ slug: null, name: 'Builder agent', calls: 1 })]);
      // gpt-5-mini: $0.25 / 1M input, $2 / 1M output.
      expect(report.total.costUsd).toBeCloseTo((4000 * 0.25 + 120 * 2) / 1e6, 12);
      const month = new Date().toISOString().slice(0, 7);
      const [row] = await t.store.spend.list({ workspaceId: 'default', from: `${month}-01T00:00:00.000Z`, to: '2999-01-01T00:00:00.000Z' });
      expect(row).toMatchObject({
        source: 'agent',
        provider: 'openai',
        model: 'gpt-5-mini',
        inputTokens: 4000,
        outputTokens: 120,
        basis: 'reported',
        appId: null,
        conversationId: expect.any(String),
      });
    } finally {
      await t.close();
      await openai.close();
    }
  });
});

describe('toolwright spend', () => {
  const bin = fileURLToPath(new URL('../../bin/toolwright.js', import.meta.url));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  let dir: string;
  const toolwright = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [bin, ...args],
        { cwd: root, env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', DATABASE_URL: '' } },
        (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
        },
      );
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tw-spend-cli-'));
    const store = await openLowdbStore({ dir });
    const app = await store.createApp({
      workspaceId: 'default',
      spec: AppSpecSchema.parse(textApp('weekly-digest', 'gpt-5-mini')),
      createdBy: null,
    });
    const at = new Date().toISOString();
    const step = {
      stepId: 'draft',
      kind: 'generate-text',
      model: 'gpt-5-mini',
      status: 'ok' as const,
      output: {},
      usage: { ...emptyUsage(), inputTokens: 5000, outputTokens: 800 },
      costUsd: 0.00285,
      request: null,
      error: null,
      startedAt: at,
      finishedAt: at,
    };
    const run: RunRow = {
      id: 'cli-run',
      appId: app.id,
      appVersion: 1,
      trigger: { kind: 'api' },
      status: 'ok',
      inputs: {},
      steps: [step],
      usage: step.usage,
      costUsd: step.costUsd,
      error: null,
      createdBy: null,
      startedAt: at,
      finishedAt: at,
    };
    await store.saveRun(run);
    await store.spend.record(spendEntriesOfRun(app, run));
    await store.close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('--json prints the report GET /api/spend answers', async () => {
    const { code, stdout, stderr } = await toolwright('spend', '--json', '--data-dir', dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    const store = await openLowdbStore({ dir });
    const expected = await spendReport(store, 'default', new Date());
    await store.close();
    const { projectionUsd: _p, summary: _s, ...rest } = expected;
    expect(printed).toMatchObject(JSON.parse(JSON.stringify(rest)));
    expect(printed.total).toMatchObject({ costUsd: 0.00285, runs: 1, calls: 1 });
  });

  it('prints the summary and the per-app, per-model and per-day tables', async () => {
    const { code, stdout } = await toolwright('spend', '--data-dir', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Spend, \w+ \d{4}\nThis month \(\w+ \d{4}\) the workspace spent \$0\.00285 over 1 run and 1 model call;/);
    expect(stdout).toMatch(/Per app\nApp\s+Spent\s+Runs\s+Calls\n[─ ]+\nweekly-digest\s+\$0\.00285\s+1\s+1/);
    expect(stdout).toMatch(/Per model\nModel\s+Spent\s+Tokens in\s+Tokens out\n[─ ]+\ngpt-5-mini\s+\$0\.00285\s+5,000\s+800/);
    expect(stdout).toContain(`\nPer day\n`);
  });

  it('refuses a bad month with one sentence and exit code 2', async () => {
    const { code, stderr } = await toolwright('spend', '--month', '2026-13', '--data-dir', dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--month must be a month as YYYY-MM, e\.g\. 2026-11\.\n/);
  });
});
