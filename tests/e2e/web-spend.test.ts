/**
 * The Spend page in Chromium after a few real runs (the OpenAI SDK against the emulator): the
 * figures, the three charts (drawn: their canvases hold coloured pixels) and the table show
 * exactly what GET /api/spend answers; the app page shows its own month to date and cost per
 * run as GET /api/apps/:slug/spend does. Screenshots go to tests/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUsd } from '../../agent/catalog/money';
import { imagesBody, json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { jsonApi } from '../fixtures/server-harness';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let emulator: OpenAIEmulator;
let server: RunningServer;
let browser: Browser;

const textApp = (slug: string, name: string, model: string) => ({
  specVersion: 1,
  name,
  slug,
  model: { model },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text', required: true }],
  steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write about {{inputs.topic}}' }],
});
const imageApp = {
  specVersion: 1,
  name: 'Product shots',
  slug: 'product-shots',
  model: { model: 'gpt-image-1-mini' },
  inputs: [{ name: 'product', label: 'Product', type: 'text', required: true }],
  steps: [{ id: 'shot', title: 'Shoot', kind: 'generate-image', prompt: 'A photo of {{inputs.product}}', quality: 'medium' }],
};

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  server = await startServer({ env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url } });
  browser = await launchBrowser();
  const api = jsonApi(server.url);
  await api('POST', '/api/apps', { spec: textApp('support-drafts', 'Support drafts', 'gpt-5-mini') });
  await api('POST', '/api/apps', { spec: textApp('quick-notes', 'Quick notes', 'gpt-5-nano') });
  await api('POST', '/api/apps', { spec: imageApp });
  for (const [input, output] of [
    [12_000, 1_500],
    [8_000, 2_000],
    [20_000, 900],
  ]) {
    emulator.script(json(responsesBody({ text: 'A draft.', usage: { input, output } })));
    expect((await api('POST', '/api/apps/support-drafts/runs', { inputs: { topic: 'refunds' } })).body.run.status).toBe('ok');
  }
  emulator.script(json(responsesBody({ text: 'A note.', usage: { input: 3_000, output: 400 } })));
  expect((await api('POST', '/api/apps/quick-notes/runs', { inputs: { topic: 'standup' } })).body.run.status).toBe('ok');
  for (let i = 0; i < 2; i++) {
    emulator.script(json(imagesBody()));
    expect((await api('POST', '/api/apps/product-shots/runs', { inputs: { product: 'a teapot' } })).body.run.status).toBe('ok');
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await emulator?.close();
});

/** Pixels of a canvas that are not blank: a chart that drew something has thousands. */
const inkOf = (page: Page, id: string) =>
  page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
    return ink;
  }, id);

describe('the Spend page', () => {
  it('shows the charts and a table whose numbers match the API', async () => {
    const report = (await jsonApi(server.url)('GET', '/api/spend')).body;
    expect(report.total.runs).toBe(6);
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/spend`);
    await page.waitForSelector('#spend[aria-busy="false"]');
    expect(errors).toEqual([]);

    const figure = (name: string) => page.locator(`[data-figure="${name}"] .spend-value`).innerText();
    expect(await figure('total')).toBe(formatUsd(report.total.costUsd));
    expect(await figure('projection')).toBe(formatUsd(report.projectionUsd));
    expect(await figure('last-month')).toBe(formatUsd(report.lastMonth.total.costUsd));
    expect(await page.locator('[data-role="summary"]').innerText()).toBe(report.summary);

    for (const id of ['chart-days', 'chart-apps', 'chart-models']) expect(await inkOf(page, id), id).toBeGreaterThan(500);

    const appRows = await page.locator('tr[data-app]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.app));
    expect(appRows).toEqual(report.byApp.map((a: { slug: string }) => a.slug));
    for (const app of report.byApp) {
      const row = page.locator(`tr[data-app="${app.slug}"]`);
      expect(await row.locator('[data-col="cost"]').innerText()).toBe(formatUsd(app.costUsd));
      expect(await row.locator('[data-col="runs"]').innerText()).toBe(String(app.runs));
    }
    for (const model of report.byModel) {
      expect(await page.locator(`tr[data-model="${model.key}"] [data-col="cost"]`).innerText()).toBe(formatUsd(model.costUsd));
    }
    await screenshot(page, 'spend-page');
    await page.close();
  });

  it('sets and removes a budget from the page, and the page shows what the API keeps', async () => {
    const api = jsonApi(server.url);
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/spend`);
    await page.waitForSelector('#spend[aria-busy="false"]');
    await page.waitForSelector('#budget-scope option[value="support-drafts"]', { state: 'attached' });
    await page.selectOption('#budget-scope', 'support-drafts');
    await page.fill('#budget-amount', '25');
    await page.selectOption('#budget-mode', 'hard');
    await page.fill('#budget-fallback', 'gpt-5-nano');
    await page.click('#budget-form button[type="submit"]');
    await page.waitForSelector('li[data-budget="support-drafts"]');
    const { budgets } = (await api('GET', '/api/budgets')).body;
    expect(budgets).toEqual([
      expect.objectContaining({ appSlug: 'support-drafts', monthlyUsd: 25, mode: 'hard', fallback: { model: 'gpt-5-nano', options: {} } }),
    ]);
    const spent = (await api('GET', '/api/apps/support-drafts/spend')).body.total.costUsd;
    expect(await page.locator('li[data-budget="support-drafts"]').innerText()).toContain(
      `${formatUsd(spent)} of $25 (hard, falls back to gpt-5-nano), ${formatUsd(25 - spent)} left.`,
    );
    // A refusal from the API is shown as its sentence.
    await page.selectOption('#budget-scope', '');
    await page.fill('#budget-fallback', 'gpt-5-nano');
    await page.click('#budget-form button[type="submit"]');
    await expect.poll(() => page.locator('[data-role="budget-status"]').innerText()).toMatch(/belongs to an app's budget/);
    await screenshot(page, 'spend-page-budget');
    await page.locator('li[data-budget="support-drafts"] button').click();
    await page.waitForSelector('li[data-budget="support-drafts"]', { state: 'detached' });
    expect((await api('GET', '/api/budgets')).body.budgets).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the app page shows the app's month to date and cost per run", async () => {
    const spend = (await jsonApi(server.url)('GET', '/api/apps/support-drafts/spend')).body;
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/apps/support-drafts`);
    await page.waitForSelector('[data-figure="cost-per-run"]');
    expect(errors).toEqual([]);
    expect(await page.locator('[data-figure="month-to-date"] strong').innerText()).toBe(formatUsd(spend.total.costUsd));
    expect(await page.locator('[data-figure="cost-per-run"] strong').innerText()).toBe(formatUsd(spend.costPerRunUsd));
    expect(await page.locator('[data-figure="runs"] strong').innerText()).toBe('3');
    await screenshot(page, 'spend-app-page');
    await page.close();
  });
});
