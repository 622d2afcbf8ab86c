/**
 * A document app in Chromium: a 40-page PDF and a DOCX uploaded through the app page, the dry
 * run shows each document's pages, token count and the bound model's fit; a damaged or
 * oversized file gets a sentence and leaves nothing in the data folder.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../../server/documents/document-limits';
import { contractSpec } from '../fixtures/document-spec';
import { makeDocx, makePdf } from '../fixtures/documents';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

async function storedDocuments(): Promise<string[]> {
  return fs.readdir(path.join(server.dataDir, 'documents')).catch(() => []);
}

describe('document uploads on the app page', () => {
  it('shows pages, tokens and fit for a 40-page PDF and a DOCX; refuses damaged and oversized files with a sentence', async () => {
    const { page, dialogs, errors } = await openPage(browser);
    const created = await page.request.post(`${server.url}/api/apps`, { data: { spec: contractSpec() } });
    expect(created.status()).toBe(201);
    const [pdf, docx] = await Promise.all([makePdf(40), makeDocx(40)]);

    await page.goto(`${server.url}/apps/contract-summary`);
    expect(await page.textContent('[data-role="document-limits"]')).toBe(
      'PDF, DOCX, TXT or Markdown, up to 8 MB, 2,000 pages and 1,000,000 tokens of text.',
    );
    await page.setInputFiles('#input-contract', { name: 'contract.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.setInputFiles('#input-policy', { name: 'policy.docx', mimeType: DOCX_TYPE, buffer: docx });
    await page.click('#run-button');
    await page.waitForSelector('[data-role="documents"]', { timeout: 0 });

    const contract = page.locator('[data-role="documents"] li[data-input="contract"]');
    expect(await contract.textContent()).toMatch(
      /^contract\.pdf: 40 pages · [\d,]+ tokens for gemini-3-flash-preview · fits in 1,048,576 tokens$/,
    );
    const tokens = Number((await contract.locator('[data-role="document-tokens"]').textContent())!.replace(/[^\d]/g, ''));
    expect(tokens).toBeGreaterThan(20_000);
    expect(await page.textContent('[data-role="documents"] li[data-input="policy"]')).toMatch(
      /^policy\.docx: about \d+ pages? · [\d,]+ tokens for gemini-3-flash-preview · fits in 1,048,576 tokens$/,
    );
    expect(await page.textContent('[data-role="run-summary"]')).toContain(
      `contract.pdf: 40 pages, ${tokens.toLocaleString('en-US')} tokens`,
    );
    await screenshot(page, 'documents-dry-run');
    expect(await storedDocuments()).toHaveLength(2);

    await page.setInputFiles('#input-contract', { name: 'cut.pdf', mimeType: 'application/pdf', buffer: pdf.subarray(0, 1_500) });
    await page.click('#run-button');
    const alert = page.locator('#result [role="alert"]');
    await alert.waitFor({ timeout: 0 });
    expect(await alert.textContent()).toMatch(/^The PDF could not be read: the file is damaged or not a complete PDF\./);
    await screenshot(page, 'documents-damaged');

    await page.setInputFiles('#input-contract', {
      name: 'huge.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(DOCUMENT_LIMITS.bytes + 1024, 'a'),
    });
    await page.click('#run-button');
    await page.waitForFunction(
      () => document.querySelector('#result [role="alert"]')?.textContent?.startsWith('The document is too large'),
      null,
      { timeout: 0 },
    );
    expect(await alert.textContent()).toBe(
      'The document is too large: 8.0 MB. Documents may be up to 8 MB, 2,000 pages and 1,000,000 tokens of text. Split it into smaller files or upload the part you need.',
    );
    expect(await storedDocuments()).toHaveLength(2);

    // The same upload flow on an app bound to a 128k-token model: the fit says it does not fit.
    const small = await page.request.post(`${server.url}/api/apps`, {
      data: { spec: { ...contractSpec('gpt-4o'), slug: 'contract-small', name: 'Contract small' } },
    });
    expect(small.status()).toBe(201);
    await page.goto(`${server.url}/apps/contract-small`);
    const text = Array.from({ length: 40_000 }, (_, i) => `Clause ${i}: the buyer pays within sixty days.`).join('\n');
    await page.setInputFiles('#input-contract', { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.click('#run-button');
    await page.waitForSelector('[data-role="documents"]', { timeout: 0 });
    const fit = page.locator('li[data-input="contract"] [data-role="document-fit"]');
    expect(await fit.textContent()).toMatch(/^does not fit: \d{3}k tokens > 128k$/);
    expect(await fit.getAttribute('class')).toContain('badge-danger');
    expect(await page.textContent('li[data-input="contract"] [data-role="models-that-fit"]')).toMatch(
      /^ · models that fit: [\w.-]+(, [\w.-]+)*$/,
    );
    await screenshot(page, 'documents-does-not-fit');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
