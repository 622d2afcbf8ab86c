/**
 * In real Chromium: an app bound to a model the directory does not list (llama3.1:8b on an
 * OpenAI-compatible server) runs from its page as a dry run whose step cost reads "not priced
 * (your server)" and whose total says a step is not priced, with the token counts shown.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonApi } from '../fixtures/server-harness';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;

const spec = {
  specVersion: 1,
  name: 'Local drafter',
  slug: 'local-drafter',
  model: { model: 'llama3.1:8b', provider: 'openai-compatible' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
  steps: [{ id: 'draft', title: 'Draft a reply', kind: 'generate-text', prompt: 'Write a reply to: {{inputs.ticket}}' }],
  collections: [],
  triggers: [{ kind: 'manual' }],
  access: { level: 'private' },
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = (await openPage(browser)).page;
  expect((await jsonApi(server.url)('POST', '/api/apps', { spec })).status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a run on a model the directory does not list (Chromium)', () => {
  it('shows the tokens and "not priced (your server)" instead of a price', async () => {
    await page.goto(`${server.url}/apps/local-drafter`);
    await page.fill('#run-form [data-type="longText"]', 'The export button crashes');
    await page.click('#run-button');
    await page.waitForSelector('[data-role="run-summary"]', { timeout: 60_000 });
    expect(await page.textContent('[data-role="step-cost"]')).toBe('not priced (your server)');
    expect(await page.textContent('[data-role="run-cost"]')).toBe('not priced (your server)');
    expect(await page.textContent('.result-step')).toMatch(/tokens/);
    expect(await page.textContent('[data-role="run-summary"]')).toContain('Its cost is not priced (your server).');
    await page.waitForSelector('#history .history-item');
    expect(await page.textContent('#history .history-item .cost')).toBe('not priced (your server)');
    await screenshot(page, 'app-run-unpriced');
  });
});
