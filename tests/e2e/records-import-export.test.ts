/**
 * Data in and out from the records table in Chromium: choose a CSV, fix the suggested column
 * mapping, import (all or nothing) and see exactly the three bad rows with their reasons, then
 * import the valid rows; export the searched, sorted view as CSV and XLSX downloads. Screens at
 * 1440×900 and 390×844 go to tests/artifacts/ to look at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvWithThreeBadRows, ordersSpec } from '../fixtures/dataio';
import { checkAccessibility, horizontalOverflow } from './support/axe';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const created = await fetch(`${server.url}/api/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ spec: ordersSpec() }),
  });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// "Sum" matches no field by name, so the person maps it to Amount by hand.
const { csv, bad } = csvWithThreeBadRows(7);
const file = { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('Customer,Amount,', 'Customer,Sum,')) };

async function importUntilRejected(page: Page): Promise<void> {
  await page.goto(`${server.url}/apps/orders`);
  await page.click('[data-role="import"]');
  await page.setInputFiles('[data-role="import-panel"] input[type="file"]', file);
  await page.waitForSelector('.mapping-table', { timeout: 0 });
  expect(await page.inputValue('select[data-column="Customer"]')).toBe('customer');
  expect(await page.inputValue('select[data-column="E-mail"]')).toBe('email');
  expect(await page.inputValue('select[data-column="Sum"]')).toBe('');
  await page.selectOption('select[data-column="Sum"]', 'amount');
  await page.click('[data-role="import-panel"] button.btn-primary');
  await page.waitForSelector('.rejected-rows', { timeout: 0 });
}

describe('import and export from the records table', () => {
  it('maps columns, reports the three rejected rows, imports the valid ones, exports the view', async () => {
    const { page, dialogs, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await importUntilRejected(page);

    expect(await page.textContent('[data-role="import-panel"] [role="alert"]')).toBe(
      '3 rows were rejected, so nothing was imported. Fix them and import again, or import the valid rows only.',
    );
    const rows = await page
      .locator('.rejected-rows tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows.map((r) => Number(r[0]))).toEqual(bad.map((b) => b.row));
    for (const [i, expected] of bad.entries()) expect(rows[i]![1]).toMatch(expected.reason);
    expect(await page.textContent('[data-role="total"]')).toBe('0 records');
    expect(await checkAccessibility(page, 'import rejected rows (1440)')).toEqual([]);
    await screenshot(page, 'records-import-rejected-1440');

    await page.click('text=Import the 7 valid rows');
    await page.waitForSelector('[data-role="import-panel"] .banner-ok', { timeout: 0 });
    expect(await page.textContent('[data-role="import-panel"] .banner-ok')).toBe('Imported 7 records into Orders. 3 rows were left out:');
    await page.waitForFunction(() => document.querySelector('[data-role="total"]')?.textContent === '7 records', null, { timeout: 0 });

    // The view: a search every record matches, sorted by Amount, descending.
    await page.fill('[data-role="search"]', 'example.com');
    await page.click('th[data-field="amount"] button');
    await page.click('th[data-field="amount"] button');
    await page.waitForFunction(() => document.querySelector('th[data-field="amount"]')?.getAttribute('aria-sort') === 'descending', null, {
      timeout: 0,
    });
    await page.click('[data-role="export"] summary');
    expect(await page.textContent('[data-role="export"] .help')).toContain("a cell starting with = + - or @ gets a leading '");
    await screenshot(page, 'records-export-menu-1440');

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 0 }),
      page.click('[data-role="export"] a[data-format="csv"]'),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('orders-orders.csv');
    const exported = Papa.parse<string[]>((await readFile((await csvDownload.path())!, 'utf8')).replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(exported[0]).toEqual(['Customer', 'Amount', 'Paid', 'Due date', 'Email', 'Status']);
    expect(exported.slice(1).map((r) => r[1])).toEqual(['73.5', '63', '52.5', '42', '31.5', '21', '10.5']);

    await page.click('[data-role="export"] summary');
    await page.fill('[data-role="search"]', 'Customer 2');
    await page.waitForFunction(() => document.querySelector('[data-role="total"]')?.textContent === '1 record', null, { timeout: 0 });
    await page.click('[data-role="export"] summary');
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 0 }),
      page.click('[data-role="export"] a[data-format="xlsx"]'),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsxDownload.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe(21);
    expect(sheet.getRow(2).getCell(3).value).toBe(true);
    expect(sheet.getRow(2).getCell(4).value).toEqual(new Date('2026-01-02T00:00:00Z'));

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the mapping step and the rejected rows on a phone (390×844) without sideways scrolling', async () => {
    const { page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/apps/orders`);
    await page.click('[data-role="import"]');
    await page.setInputFiles('[data-role="import-panel"] input[type="file"]', file);
    await page.waitForSelector('.mapping-table', { timeout: 0 });
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, 'records-import-mapping-390');
    // The panel alone too: a full phone page is too tall to read the mapping step from.
    await page.locator('[data-role="import-panel"]').screenshot({ path: path.join(ARTIFACTS_DIR, 'records-import-mapping-390-panel.png') });
    await page.selectOption('select[data-column="Sum"]', 'amount');
    await page.click('[data-role="import-panel"] button.btn-primary');
    await page.waitForSelector('.rejected-rows', { timeout: 0 });
    expect(await page.locator('.rejected-rows tbody tr').count()).toBe(3);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    expect(await checkAccessibility(page, 'import rejected rows (390)')).toEqual([]);
    await screenshot(page, 'records-import-rejected-390');
    expect(errors).toEqual([]);
  });
});
