/**
 * Issue 14 in real Chromium, with the server's clock on 2026-12-01 (gpt-image-1-mini shuts
 * down that day): the comparison page with every section and its shutdown banner, a model
 * page, and an app bound to the shut-down model that shows the banner (apps list, builder
 * preview, app page) and moves to its successor with one click, records kept.
 * Screenshots go to tests/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retiredAppSpec, SHUTDOWN_DAY } from '../fixtures/retired-app';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { launchBrowser, openPage, screenshot, type WatchedPage } from './support/browser';

let server: TestServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ clock: () => SHUTDOWN_DAY });
  const app = await server.store.createApp({
    workspaceId: 'default',
    spec: retiredAppSpec('https://hooks.example.com/shots'),
    createdBy: null,
  });
  await server.store.insertRecord({ appId: app.id, collection: 'shots', values: { product: 'a kettle' }, createdBy: null });
  browser = await launchBrowser();
  watched = await openPage(browser);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('comparison and model pages on 2026-12-01 (Chromium)', () => {
  it('compare gpt-image-1-mini vs gemini-3.1-pro: every section, a shutdown banner, no crown for the shut-down model', async () => {
    await page.goto(`${server.url}/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro`);
    for (const id of [
      'lifecycle-banner',
      'intro',
      'at-a-glance',
      'differences',
      'strengths',
      'calculator',
      'use-either',
      'related',
      'faqs',
      'closing-cta',
    ]) {
      expect(await page.isVisible(`#${id}`), id).toBe(true);
    }
    expect(await page.textContent('#lifecycle-banner')).toContain('GPT Image 1 mini has shut down on 2026-12-01');
    await page.waitForSelector('#calc-results table');
    const summary = (await page.textContent('#calc-results')) ?? '';
    expect(summary).toContain('GPT Image 1 mini cannot run this workload: it is shut down on 2026-12-01.');
    expect(summary).not.toMatch(/Only GPT Image 1 mini|GPT Image 1 mini is cheapest/);
    await screenshot(page, 'compare-gpt-image-1-mini-vs-gemini-3.1-pro');
  });

  it('the calculator refuses −5 and an empty field with a sentence', async () => {
    await page.fill('#w-requests', '-5');
    await page.waitForSelector('#w-requests-error');
    expect(await page.textContent('#w-requests-error')).toBe('Requests per month can’t be below 1; enter a number of 1 or more.');
    expect(await page.textContent('#calc-status')).toBe('Fix the marked number to recalculate.');
    expect(await page.$$('#calc-results table')).toHaveLength(0);
    await page.fill('#w-requests', '');
    await page.waitForFunction(
      () => document.getElementById('w-requests-error')?.textContent === 'Requests per month needs a number of 1 or more.',
    );
  });

  it('"View" leads to the model page: every fact with its source and date, and "Build a tool with it"', async () => {
    await page.goto(`${server.url}/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro`);
    await page.click('#intro [data-model="gemini-3.1-pro-preview"] a');
    await page.waitForURL(/\/models\/gemini-3\.1-pro-preview$/);
    expect(await page.$$('#model-facts tbody tr')).not.toHaveLength(0);
    expect(await page.getAttribute('#build-with', 'href')).toBe('/?model=gemini-3.1-pro-preview');
    await screenshot(page, 'model-page-gemini-3.1-pro-preview');
    await page.goto(`${server.url}/models/gpt-image-2`);
    expect(await page.textContent('h1')).toBe('GPT Image 2');
  });
});

describe('an app bound to the shut-down model (Chromium)', () => {
  it('shows the banner in the apps list and the builder preview', async () => {
    await page.goto(`${server.url}/apps`);
    expect(await page.textContent('[data-role="lifecycle-banner"][data-app="product-shots"]')).toContain(
      'GPT Image 1 mini shut down on 2026-12-01; move to GPT Image 2.',
    );
    await screenshot(page, 'apps-list-shutdown-banner');
    await page.goto(`${server.url}/?app=product-shots`);
    await page.waitForSelector('#preview-body [data-role="lifecycle-banner"] button[data-move-successor]');
    expect(await page.textContent('#preview-body [data-role="lifecycle-banner"]')).toContain('Move to GPT Image 2');
    await screenshot(page, 'builder-preview-shutdown-banner');
  });

  it('moves to its successor in one click from the app page, keeping its records', async () => {
    await page.goto(`${server.url}/apps/product-shots`);
    await page.waitForSelector('[data-collection="shots"] tbody tr');
    await screenshot(page, 'app-shutdown-banner');
    const before = (await server.store.getApp('product-shots'))!.version;
    await Promise.all([page.waitForEvent('load'), page.click('button[data-move-successor="product-shots"]')]);
    await page.waitForSelector('[data-collection="shots"] tbody tr');
    expect(await page.$('[data-role="lifecycle-banner"]')).toBeNull();
    const after = (await server.store.getApp('product-shots'))!;
    expect(after.version).toBe(before + 1);
    expect(after.spec.model.model).toBe('gpt-image-2');
    expect(await page.textContent('[data-collection="shots"] tbody')).toContain('a kettle');
    await screenshot(page, 'app-after-move');
    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });
});
