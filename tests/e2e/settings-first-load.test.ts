/**
 * The settings page keeps what a person typed while its first /api/settings answer was on the way:
 * that answer fills in each setting's state, not the inputs. Held back here with a route so the
 * typing always comes first, as it does on a slow connection.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('settings page, first load (Chromium)', () => {
  it('keeps a value typed before the first answer arrived, and saves it', async () => {
    const page = await browser.newPage();
    let release!: () => void;
    const typed = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    await page.route('**/api/settings', async (route) => {
      if (route.request().method() === 'GET' && held++ === 0) await typed;
      await route.continue();
    });
    await page.goto(`${server.url}/settings`);
    await page.fill('#s-openaiBaseUrl', 'http://127.0.0.1:11434/v1');
    release();
    await page.waitForFunction(() =>
      /configured/i.test(document.querySelector('[data-setting="openaiBaseUrl"] [data-role="status"]')?.textContent ?? ''),
    );
    expect(held).toBe(1);
    expect(await page.inputValue('#s-openaiBaseUrl')).toBe('http://127.0.0.1:11434/v1');
    await page.click('#settings-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#settings-status')?.textContent === 'Saved.');
    expect(await page.textContent('[data-setting="openaiBaseUrl"] [data-role="status"]')).toContain('Configured (from settings)');
    // After a save the inputs are empty again: the value is stored, and keys are never shown back.
    expect(await page.inputValue('#s-openaiBaseUrl')).toBe('');
    await screenshot(page, 'settings-first-load');
    await page.close();
  });
});
