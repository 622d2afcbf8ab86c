/**
 * Issue 15 in real Chromium: from the app page, a trial of the test set on two models (OpenAI
 * and Gemini through their emulators) shows both outputs side by side with cost and latency;
 * "Keep" switches the app's model (a new version) and Undo brings the old one back. The builder
 * chat starts the same trial ("try this on …") and links to it. Screenshots at 1440×900 and
 * 390×844 (tests/artifacts/trials-*.png), axe finds nothing serious, nothing scrolls sideways.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonApi } from '../fixtures/server-harness';
import { generateContentBody, startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';
import { json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { checkAccessibility, horizontalOverflow } from './support/axe';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { emulatedModelsEnv } from '../fixtures/emulated-env';

let openai: OpenAIEmulator;
let gemini: GeminiEmulator;
let server: RunningServer;
let browser: Browser;

const spec = {
  specVersion: 1,
  name: 'Ticket replies',
  slug: 'ticket-replies',
  description: 'Drafts a reply to a support ticket.',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
  steps: [{ id: 'reply', title: 'Draft the reply', kind: 'generate-text', prompt: 'Reply to this ticket: {{inputs.ticket}}' }],
  workload: [{ amount: 500, unit: 'tickets', per: 'week' }],
  tests: [
    {
      id: 't1',
      name: 'Double charge',
      inputs: [{ name: 'ticket', value: 'I was charged twice for May, please refund one.' }],
      checks: [
        { kind: 'contains', step: null, text: 'refund' },
        { kind: 'not-contains', step: null, text: 'sorry' },
      ],
      fromRun: null,
    },
    {
      id: 't2',
      name: 'Late parcel',
      inputs: [{ name: 'ticket', value: 'My parcel is a week late.' }],
      checks: [{ kind: 'max-cost', usd: 0.01 }],
      fromRun: null,
    },
  ],
};

beforeAll(async () => {
  openai = await startOpenAIEmulator();
  gemini = await startGeminiEmulator();
  server = await startServer({
    env: emulatedModelsEnv(openai, gemini),
  });
  const created = await jsonApi(server.url)('POST', '/api/apps', { spec });
  expect(created.status).toBe(201);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await openai?.close();
  await gemini?.close();
});

const script = () => {
  openai.script(
    json(responsesBody({ text: 'We will refund the second charge today.', usage: { input: 420, output: 40 } })),
    json(responsesBody({ text: 'Our courier says it arrives on Friday.', usage: { input: 400, output: 30 } })),
  );
  gemini.script(
    json(generateContentBody({ text: 'Sorry! A refund is on its way.', usage: { prompt: 430, candidates: 60 } })),
    json(generateContentBody({ text: 'Sorry, it is delayed until Friday.', usage: { prompt: 410, candidates: 50 } })),
  );
};

describe('a side-by-side trial in Chromium', () => {
  it('from the app page: both outputs side by side with cost and latency; Keep switches the model, Undo restores it', async () => {
    const { page, errors, dialogs } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.url}/apps/ticket-replies`);
    expect(await page.textContent('[data-role="test-count"]')).toBe('2 test cases');
    expect(await page.textContent('[data-test="t1"]')).toContain('does not contain “sorry”');
    await page.selectOption('#trial-model-0', 'gpt-5-mini');
    await page.selectOption('#trial-model-1', 'gemini-3-flash-preview');
    script();
    await page.click('#trial-button');
    await page.waitForSelector('.trial-grid .trial-lane[data-lane="1"] .trial-case[data-case="t2"]');

    const lanes = page.locator('.trial-lane');
    expect(await lanes.count()).toBe(2);
    const gpt = page.locator('.trial-lane[data-model="gpt-5-mini"]');
    const flash = page.locator('.trial-lane[data-model="gemini-3-flash-preview"]');
    expect(await gpt.locator('[data-case="t1"] [data-role="text"]').textContent()).toBe('We will refund the second charge today.');
    expect(await flash.locator('[data-case="t1"] [data-role="text"]').textContent()).toBe('Sorry! A refund is on its way.');
    expect(await flash.locator('[data-case="t2"] [data-role="text"]').textContent()).toBe('Sorry, it is delayed until Friday.');
    // Side by side: the two lanes start at the same height, the second to the right of the first.
    const [a, b] = [await gpt.boundingBox(), await flash.boundingBox()];
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(Math.abs(b!.y - a!.y)).toBeLessThan(1);
    for (const lane of [gpt, flash]) {
      expect(await lane.locator('[data-role="cost-per-run"]').textContent()).toMatch(/^\$\d/);
      expect(await lane.locator('[data-role="cost-per-month"]').textContent()).toMatch(/^\$[\d,.]+ at 2,167 runs$/);
      expect(await lane.locator('[data-role="latency"]').textContent()).toMatch(/^[\d,]+ ms a run$/);
    }
    expect(await gpt.locator('[data-role="checks"]').textContent()).toBe('3 of 3 passed');
    expect(await flash.locator('[data-role="checks"]').textContent()).toBe('2 of 3 passed');
    expect(await gpt.locator('[data-role="current"]').textContent()).toBe('current');

    await screenshot(page, 'trials-desktop');
    expect(await checkAccessibility(page, 'app page with a trial (desktop)')).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprit: null });
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'trials-mobile');
    expect(await checkAccessibility(page, 'app page with a trial (mobile)')).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprit: null });
    await page.setViewportSize({ width: 1440, height: 900 });

    await Promise.all([page.waitForURL(/kept=/), flash.locator('[data-keep]').click()]);
    await page.waitForSelector('[data-role="kept"]');
    expect(await page.textContent('[data-role="kept"]')).toContain('ticket-replies now uses gemini-3-flash-preview for the app default.');
    expect(await page.textContent('.badges [title="Default model"]')).toMatch(/Gemini 3 Flash/);
    expect((await jsonApi(server.url)('GET', '/api/apps/ticket-replies')).body.data.spec.model.model).toBe('gemini-3-flash-preview');
    // The trial is shown again, with the kept model now current.
    await page.waitForSelector('.trial-lane[data-model="gemini-3-flash-preview"] [data-role="current"]');

    await Promise.all([page.waitForURL((url) => !url.search.includes('kept=')), page.click('[data-role="undo-keep"]')]);
    await page.waitForSelector('.trial-lane[data-model="gpt-5-mini"] [data-role="current"]');
    expect((await jsonApi(server.url)('GET', '/api/apps/ticket-replies')).body.data.spec.model.model).toBe('gpt-5-mini');
    expect(await page.textContent('.badges [title="Default model"]')).toMatch(/GPT-5 mini/i);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('from the builder chat: "try this on …" runs the same trial and links to it', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/?app=ticket-replies`);
    await page.waitForSelector('#connection.badge-ok');
    // The page opens a conversation about the app before it shows the app; sent earlier, the
    // message would start a conversation about no app.
    await page.waitForSelector('#preview-body[data-slug="ticket-replies"]');
    script();
    await page.fill('#composer-input', 'try this on GPT-5 mini and Gemini 3 Flash');
    await page.click('#send-button');
    await page.waitForSelector('#send-button:not([hidden])');
    const reply = (await page.locator('[data-role="assistant"]').last().textContent()) ?? '';
    expect(reply).toContain('Tried 2 test case(s) of ticket-replies on 2 models');
    expect(reply).toContain('gpt-5-mini: 3/3 checks passed');
    const link = /\/apps\/ticket-replies\?trial=[0-9a-f-]+/.exec(reply)?.[0];
    expect(link).toBeDefined();
    await page.goto(`${server.url}${link}`);
    await page.waitForSelector('.trial-lane[data-model="gemini-3-flash-preview"] [data-case="t1"] [data-role="text"]');
    expect(await page.textContent('.trial-lane[data-model="gemini-3-flash-preview"] [data-case="t1"] [data-role="text"]')).toBe(
      'Sorry! A refund is on its way.',
    );
    expect(errors).toEqual([]);
  });

  it('from the run history: "Save as test" turns a run into a test case', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/apps/ticket-replies`);
    await page.fill('#input-ticket', 'The app logs me out every hour.');
    await page.click('#run-button');
    await page.waitForSelector('#history .history-item [data-save-test]');
    await Promise.all([page.waitForEvent('load'), page.click('#history .history-item [data-save-test]')]);
    await page.waitForSelector('[data-test="t3"]');
    expect(await page.textContent('[data-role="test-count"]')).toBe('3 test cases');
    expect(await page.textContent('[data-test="t3"]')).toContain('ticket: The app logs me out every hour.');
    expect(errors).toEqual([]);
  });
});
