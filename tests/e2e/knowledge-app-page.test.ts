/**
 * Knowledge on the app page in Chromium: a Document Q&A app (the template) gets a PDF and a
 * DOCX through the Knowledge card and lists them; a PNG is refused with the server's sentence
 * and nothing is added; a question's run shows the passages found with document and page; a
 * deleted document leaves the list. Screenshots at 1440×900 and 390×844; no serious or critical
 * axe violations.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { documentQa } from '../../templates/document-qa';
import { knowledgeFixtures } from '../fixtures/knowledge-documents';
import { seriousAxeViolations } from './support/axe';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
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

describe('knowledge documents on the app page', () => {
  it('uploads documents, lists them, refuses a wrong file with a sentence, shows found passages, deletes one', async () => {
    const { page, dialogs, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    const created = await page.request.post(`${server.url}/api/apps`, { data: { spec: AppSpecSchema.parse(documentQa.spec) } });
    expect(created.status()).toBe(201);
    const [handbook, security] = await knowledgeFixtures();

    await page.goto(`${server.url}/apps/document-qa`);
    const list = page.locator('#knowledge-list');
    await page.waitForSelector('#knowledge-list li', { timeout: 0 });
    expect(await list.textContent()).toBe('No documents yet. Upload one to ask about it.');

    for (const file of [handbook!, security!]) {
      await page.setInputFiles('#knowledge-file', { name: file.name, mimeType: file.type, buffer: file.bytes });
      await page.click('#knowledge-upload');
      await page.locator(`#knowledge-list [data-role="filename"]`, { hasText: file.name }).waitFor({ timeout: 0 });
    }
    expect(await page.textContent('#knowledge-status')).toMatch(/^Added security-policy\.docx: about 2 pages, \d+ passages?\.$/);
    expect(await page.locator('#knowledge-list [data-role="filename"]').allTextContents()).toEqual([
      'security-policy.docx',
      'handbook.pdf',
    ]);
    expect(await page.textContent('[data-role="knowledge-count"]')).toBe('2 documents');
    expect(await page.textContent('#knowledge-list li:last-child')).toMatch(/handbook\.pdf3 pages · \d+ passages? · /);

    await page.setInputFiles('#knowledge-file', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('\u0089PNG\r\n\u001a\n0000'),
    });
    await page.click('#knowledge-upload');
    await page.waitForFunction(() => document.getElementById('knowledge-status')?.textContent?.startsWith('photo.png'), null, {
      timeout: 0,
    });
    expect(await page.textContent('#knowledge-status')).toBe(
      'photo.png is not a PDF, DOCX, TXT or Markdown file. Upload one of those. Documents may be up to 8 MB, 2,000 pages and 1,000,000 tokens of text.',
    );
    expect(await page.getAttribute('#knowledge-status', 'class')).toContain('field-error');
    expect(await page.locator('#knowledge-list [data-role="filename"]').count()).toBe(2);

    // A question: the retrieve step runs without a model key; its passages are listed with document and page.
    await page.fill('#input-question', handbook!.question);
    await page.click('#run-button');
    const sources = page.locator('[data-step="find"] [data-role="sources"] li');
    await sources.first().waitFor({ timeout: 0 });
    expect(await sources.first().textContent()).toBe('[1] handbook.pdf, page 2');

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'knowledge-app-page-1440');
    await page.locator('#knowledge').screenshot({ path: path.join(ARTIFACTS_DIR, 'knowledge-card-1440.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'knowledge-app-page-390');
    await page.locator('#knowledge').screenshot({ path: path.join(ARTIFACTS_DIR, 'knowledge-card-390.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.click('#knowledge-list button[aria-label="Delete handbook.pdf"]');
    await page.waitForFunction(() => document.getElementById('knowledge-status')?.textContent?.startsWith('Deleted'), null, { timeout: 0 });
    expect(await page.textContent('#knowledge-status')).toBe('Deleted handbook.pdf and its passages.');
    expect(await page.locator('#knowledge-list [data-role="filename"]').allTextContents()).toEqual(['security-policy.docx']);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
