/**
 * Issue 16, errors where the eye is, in real Chromium at 1440×900 and 390×844: required and
 * malformed fields are marked under the field with its label before anything is sent; a server
 * refusal that names a field lands under that field; the settings page and the comparison's
 * calculator say what is wrong with a value in place instead of sending it or fixing it silently.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonApi } from '../fixtures/server-harness';
import { launchBrowser, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

let server: RunningServer;
let browser: Browser;
const slug = 'support-reply-drafter';

beforeAll(async () => {
  server = await startServer();
  const created = await jsonApi(server.url)('POST', '/api/apps', {
    name: 'Support reply drafter',
    template: 'support-reply-drafter',
    description: null,
    inputs: null,
    steps: null,
    collections: null,
    triggers: null,
    model: null,
  });
  expect(created.status).toBe(201);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(size: (typeof SIZES)[number]): Promise<{ context: BrowserContext; page: Page; sent: string[] }> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  return { context, page, sent };
}

describe.each(SIZES)('field errors at $width×$height (Chromium)', (size) => {
  it('marks required and malformed app inputs at the field, with its label, and sends nothing', async () => {
    const { context, page, sent } = await open(size);
    await page.goto(`${server.url}/apps/${slug}`);
    await page.fill('#input-customerEmail', 'not an address');
    await page.click('#run-button');
    await page.waitForSelector('.field-error');
    expect(await page.textContent('#input-message-error')).toBe('Customer message is required.');
    expect(await page.textContent('#input-customerEmail-error')).toBe('Customer email must be an email address, like ada@example.com.');
    expect(await page.getAttribute('#input-message', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#input-message', 'aria-describedby')).toContain('input-message-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('input-customerEmail');
    expect(sent.filter((r) => r.includes('/runs'))).toEqual([]);
    await screenshot(page, `field-errors-${size.name}`);

    // Fixed values clear the marks, and the run is sent.
    await page.fill('#input-customerEmail', 'ada@example.com');
    await page.fill('#input-message', 'The export button does nothing.');
    await page.click('#run-button');
    // The button stays disabled until this run is answered; a result already shown may be the
    // previous size's run, which the page opens on load.
    await page.waitForSelector('#run-button:not([disabled])', { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('.field-error'));
    expect(sent.filter((r) => r.includes('/runs'))).toHaveLength(1);
    await context.close();
  });

  it('puts a server refusal that names a field under that field', async () => {
    const { context, page } = await open(size);
    await page.goto(`${server.url}/apps/${slug}`);
    await page.fill('#input-message', 'Hello');
    // A choice the form never offers (as an outdated page would send) is refused by the server.
    await page.evaluate(() => {
      const select = document.getElementById('input-tone') as HTMLSelectElement;
      select.append(new Option('shouty', 'shouty'));
      select.value = 'shouty';
    });
    await page.click('#run-button');
    await page.waitForSelector('#input-tone-error');
    expect(await page.textContent('#input-tone-error')).toMatch(/^Tone: .+\.$/);
    expect(await page.textContent('#input-tone-error')).not.toContain('inputs.');
    expect(await page.textContent('#run-status')).toContain('refused');
    await context.close();
  });

  it('checks settings in place before saving', async () => {
    const { context, page, sent } = await open(size);
    await page.goto(`${server.url}/settings`);
    await page.fill('#s-openaiBaseUrl', 'ftp://example.com');
    await page.click('#settings-form button[type="submit"]');
    await page.waitForSelector('#s-openaiBaseUrl-error');
    expect(await page.textContent('#s-openaiBaseUrl-error')).toBe(
      'OpenAI base URL must be an address starting with http:// or https://, like http://127.0.0.1:11434/v1.',
    );
    expect(sent.filter((r) => r.startsWith('PUT /api/settings'))).toEqual([]);
    await screenshot(page, `settings-error-${size.name}`);
    await context.close();
  });

  it('says what is wrong with a calculator number instead of fixing it silently', async () => {
    const { context, page } = await open(size);
    await page.goto(`${server.url}/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro`);
    await page.waitForSelector('#calc-results table');
    await page.fill('#w-requests', '-5');
    await page.waitForSelector('#w-requests-error');
    expect(await page.textContent('#w-requests-error')).toBe('Requests per month can’t be below 1; enter a number of 1 or more.');
    expect(await page.textContent('#calc-status')).toBe('Fix the marked number to recalculate.');
    await page.fill('#w-requests', '');
    await page.waitForFunction(
      () => document.getElementById('w-requests-error')?.textContent === 'Requests per month needs a number of 1 or more.',
    );
    await screenshot(page, `calculator-error-${size.name}`);
    await page.fill('#w-requests', '2000');
    await page.waitForSelector('#w-requests-error', { state: 'detached' });
    await context.close();
  });
});

describe.each(SIZES)('public-link form errors at $width×$height (Chromium)', (size) => {
  it('marks required and malformed fields at the field before sending, and puts a refusal under its field', async () => {
    const api = jsonApi(server.url);
    expect((await api('PUT', `/api/apps/${slug}/access`, { level: 'public-link' })).status).toBe(200);
    const minted = await api('POST', `/api/apps/${slug}/public-links`, {});
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    const link = minted.body.link as string;
    const { context, page, sent } = await open(size);
    await page.goto(link.startsWith('http') ? link : `${server.url}${link}`);
    await page.fill('#in-customerEmail', 'not an address');
    await page.click('#public-run-form button[type="submit"]');
    await page.waitForSelector('.field-error');
    expect(await page.textContent('#in-message-error')).toBe('Customer message is required.');
    expect(await page.textContent('#in-customerEmail-error')).toBe('Customer email must be an email address, like ada@example.com.');
    expect(await page.getAttribute('#in-message', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('in-customerEmail');
    expect(sent.filter((r) => r.includes('/runs'))).toEqual([]);
    await screenshot(page, `public-link-field-errors-${size.name}`);

    // A choice the form never offers is refused by the server, under that field.
    await page.fill('#in-customerEmail', 'ada@example.com');
    await page.fill('#in-message', 'The export button does nothing.');
    await page.evaluate(() => {
      const select = document.getElementById('in-tone') as HTMLSelectElement;
      select.append(new Option('shouty', 'shouty'));
      select.value = 'shouty';
    });
    await page.click('#public-run-form button[type="submit"]');
    await page.waitForSelector('#in-tone-error');
    expect(await page.textContent('#in-tone-error')).toMatch(/^Tone: .+\.$/);
    expect(await page.locator('#in-message-error').count()).toBe(0);
    expect(sent.filter((r) => r.includes('/runs'))).toHaveLength(1);
    await context.close();
  });
});
