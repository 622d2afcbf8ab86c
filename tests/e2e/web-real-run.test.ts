/**
 * The app page's result view with a key configured: the real OpenAI SDK calls the loopback
 * emulator, and Chromium shows the text, the extracted fields (only the declared ones), the
 * label and the generated image — model output rendered as text, never as markup.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imagesBody, json, responsesBody, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let emulator: OpenAIEmulator;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  server = await startServer({ env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await emulator?.close();
});

const spec = {
  specVersion: 1,
  name: 'Launch kit',
  slug: 'launch-kit',
  description: 'A blurb, its facts, its audience and a picture.',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'product', label: 'Product', type: 'text', required: true }],
  steps: [
    { id: 'blurb', title: 'Write the blurb', kind: 'generate-text', prompt: 'Write a blurb for {{inputs.product}}' },
    {
      id: 'facts',
      title: 'Pull the facts',
      kind: 'extract',
      prompt: 'Facts of {{inputs.product}}',
      fields: [
        { name: 'headline', label: 'Headline', type: 'text' },
        { name: 'price', label: 'Price', type: 'number' },
      ],
    },
    { id: 'audience', title: 'Pick the audience', kind: 'classify', prompt: 'Who is {{inputs.product}} for?', labels: ['teams', 'solo'] },
    {
      id: 'picture',
      title: 'Draw it',
      kind: 'generate-image',
      prompt: 'A picture of {{inputs.product}}',
      model: { model: 'gpt-image-1-mini' },
      quality: 'low',
    },
  ],
};

describe('app page with a configured provider (emulated)', () => {
  it('shows text, declared fields, label and image from a real run', async () => {
    const { page, dialogs, errors } = await openPage(browser);
    const created = await page.request.post(`${server.url}/api/apps`, { data: { spec } });
    expect(created.status()).toBe(201);
    emulator.script(
      json(responsesBody({ text: 'Meet <b>Widget</b>: <img src=x onerror=alert(1)>' })),
      json(responsesBody({ text: JSON.stringify({ headline: '<script>alert(1)</script>', price: 12 }) })),
      json(responsesBody({ text: JSON.stringify({ label: 'teams' }) })),
      json(imagesBody()),
    );
    await page.goto(`${server.url}/apps/launch-kit`);
    await page.fill('#input-product', 'Widget');
    await page.click('#run-button');
    await page.waitForSelector('[data-role="run-summary"]', { timeout: 60_000 });
    expect(await page.textContent('[data-role="run-summary"]')).toContain('The run finished');
    expect(await page.textContent('[data-step="blurb"] [data-role="text"]')).toBe('Meet <b>Widget</b>: <img src=x onerror=alert(1)>');
    expect(await page.textContent('[data-step="facts"] dd[data-field="headline"]')).toBe('<script>alert(1)</script>');
    expect(await page.textContent('[data-step="facts"] dd[data-field="price"]')).toBe('12');
    expect(await page.textContent('[data-step="audience"] [data-role="label"]')).toBe('teams');
    const src = await page.getAttribute('[data-step="picture"] img.result-image', 'src');
    expect(src).toMatch(/^\/files\/[0-9a-f-]+\.png$/);
    // The image is fetched after the result is shown: wait until it has loaded (or failed) before judging it.
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('[data-step="picture"] img.result-image')?.complete);
    const loaded = await page.$eval(
      '[data-step="picture"] img.result-image',
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    );
    expect(loaded).toBe(true);
    // The only image in the result is the generated one: model text made no element.
    expect(await page.$$eval('#result img', (imgs) => imgs.length)).toBe(1);
    await screenshot(page, 'app-real-run');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
