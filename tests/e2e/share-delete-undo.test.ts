/**
 * Issue 16 (share, delete, undo) in real Chromium at 1440×900 and 390×844: the Share card makes
 * a public link that works in a fresh browser context and answers 404 once revoked, shows the
 * webhook address with a curl example and an embed snippet; Undo and Redo walk the version
 * history; Delete asks what becomes of the records, and is audited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonApi } from '../fixtures/server-harness';
import { checkAccessibility, horizontalOverflow } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

let server: RunningServer;
let browser: Browser;
let api: ReturnType<typeof jsonApi>;

beforeAll(async () => {
  server = await startServer();
  api = jsonApi(server.url);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function createApp(name: string): Promise<string> {
  const created = await api('POST', '/api/apps', {
    name,
    template: 'support-reply-drafter',
    description: null,
    inputs: null,
    steps: null,
    collections: null,
    triggers: null,
    model: null,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.slug as string;
}

async function pageAt(size: (typeof SIZES)[number]): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

describe.each(SIZES)('share, undo, delete at $width×$height (Chromium)', (size) => {
  it('creates a public link that works in a fresh browser context, and revoking it gives 404', async () => {
    const slug = await createApp(`Share test ${size.name}`);
    const { context, page, errors } = await pageAt(size);
    await page.goto(`${server.url}/apps/${slug}`);
    await page.click('#share-link button:has-text("Allow sharing by link")');
    await page.waitForSelector('#share-link button:has-text("Create a link")');
    await page.click('#share-link button:has-text("Create a link")');
    const link = await page.inputValue('[data-role="public-link"] input');
    expect(link).toMatch(new RegExp(`^${server.url}/p/twp_`));
    const embed = await page.inputValue('[data-role="embed"] textarea');
    expect(embed).toContain(`<iframe src="${link}"`);
    await screenshot(page, `share-panel-${size.name}`);
    expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprit: null });
    expect(await checkAccessibility(page, `app page with share panel (${size.name})`)).toEqual([]);

    // A fresh context: no cookies, no session, only the link.
    const stranger = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const strangerPage = await stranger.newPage();
    const opened = await strangerPage.goto(link);
    expect(opened?.status()).toBe(200);
    expect(await strangerPage.textContent('h1')).toContain(`Share test ${size.name}`);
    expect(opened?.headers()['content-security-policy']).toContain('frame-ancestors *');

    await page.click('#share-link button:has-text("Revoke all links")');
    await page.waitForFunction(() => document.getElementById('share-status')?.textContent?.includes('revoked'));
    const after = await strangerPage.goto(link);
    expect(after?.status()).toBe(404);
    await stranger.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the webhook address with a curl example that works', async () => {
    const slug = await createApp(`Hook test ${size.name}`);
    expect((await api('POST', `/api/apps/${slug}/triggers`, { trigger: { kind: 'webhook' } })).status).toBe(201);
    const { context, page } = await pageAt(size);
    await page.goto(`${server.url}/apps/${slug}`);
    const url = await page.inputValue('[data-role="webhook-url"] input');
    expect(url).toMatch(new RegExp(`^${server.url}/hooks/${slug}/`));
    const curl = await page.inputValue('[data-role="webhook-curl"] textarea');
    expect(curl).toContain(`curl -X POST '${url}'`);
    const body = /-d '(.*)'$/m.exec(curl)?.[1] ?? '';
    const sent = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(sent.status).toBeLessThan(300);
    await context.close();
  });

  it('undoes and redoes the last change from the app page', async () => {
    const slug = await createApp(`Undo test ${size.name}`);
    const before = (await api('GET', `/api/apps/${slug}`)).body.data.spec.access.level as string;
    expect((await api('PUT', `/api/apps/${slug}/access`, { level: 'public-link' })).status).toBe(200);
    const { context, page } = await pageAt(size);
    await page.goto(`${server.url}/apps/${slug}`);
    await page.waitForSelector('#undo-button:not([disabled])');
    expect(await page.isDisabled('#redo-button')).toBe(true);
    await Promise.all([page.waitForNavigation(), page.click('#undo-button')]);
    expect((await api('GET', `/api/apps/${slug}`)).body.data.spec.access.level).toBe(before);
    await page.waitForSelector('#redo-button:not([disabled])');
    await screenshot(page, `undo-redo-${size.name}`);
    await Promise.all([page.waitForNavigation(), page.click('#redo-button')]);
    expect((await api('GET', `/api/apps/${slug}`)).body.data.spec.access.level).toBe('public-link');
    await page.waitForSelector('#undo-button:not([disabled])');
    expect(await page.isDisabled('#redo-button')).toBe(true);
    await context.close();
  });

  it('undoes and redoes the last change from the builder', async () => {
    const slug = await createApp(`Builder undo ${size.name}`);
    const before = (await api('GET', `/api/apps/${slug}`)).body.data.spec.access.level as string;
    expect((await api('PUT', `/api/apps/${slug}/access`, { level: 'public-link' })).status).toBe(200);
    const { context, page } = await pageAt(size);
    await page.goto(`${server.url}/?app=${slug}`);
    if (size.name === 'mobile') await page.click('#tab-preview');
    await page.waitForSelector('#builder-undo:not([disabled])');
    await page.click('#builder-undo');
    await page.waitForSelector('#preview-body[data-version="3"]');
    expect((await api('GET', `/api/apps/${slug}`)).body.data.spec.access.level).toBe(before);
    await page.waitForSelector('#builder-redo:not([disabled])');
    await screenshot(page, `builder-undo-${size.name}`);
    await page.click('#builder-redo');
    await page.waitForSelector('#preview-body[data-version="4"]');
    expect((await api('GET', `/api/apps/${slug}`)).body.data.spec.access.level).toBe('public-link');
    // Both buttons are disabled while the step runs; Undo comes back once they are read again.
    await page.waitForSelector('#builder-undo:not([disabled])');
    expect(await page.isDisabled('#builder-redo')).toBe(true);
    await context.close();
  });

  it('deletes an app from the apps list after confirmation, keeping or removing its records, audited', async () => {
    const kept = await createApp(`Delete keep ${size.name}`);
    const removed = await createApp(`Delete remove ${size.name}`);
    const { context, page, errors } = await pageAt(size);
    // From the app page, keeping the records: a JSON file is downloaded before the delete.
    await page.goto(`${server.url}/apps/${kept}`);
    await page.click('#delete-button');
    await page.waitForSelector('dialog[open]');
    await screenshot(page, `delete-dialog-${size.name}`);
    expect(await checkAccessibility(page, `delete dialog (${size.name})`)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForURL('**/apps?deleted=*'),
      page.click('[data-role="confirm-delete"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`${kept}-records.json`);
    expect(await page.textContent('#apps-status')).toContain(`Deleted Delete keep ${size.name}`);
    expect((await api('GET', `/api/apps/${kept}`)).status).toBe(404);

    // From the list: cancel first (nothing happens), then delete with its records.
    await page.click(`[data-delete-app="${removed}"]`);
    await page.click('[data-role="cancel-delete"]');
    expect((await api('GET', `/api/apps/${removed}`)).status).toBe(200);
    await page.click(`[data-delete-app="${removed}"]`);
    await page.check('input[name="records"][value="removed"]');
    await page.click('[data-role="confirm-delete"]');
    await page.waitForSelector(`[data-app="${removed}"]`, { state: 'detached' });
    expect((await api('GET', `/api/apps/${removed}`)).status).toBe(404);

    const audit = await api('GET', '/api/audit?limit=50');
    const deletes = (audit.body.entries as Array<{ action: string; target: string; detail: { records: string } }>).filter(
      (e) => e.action === 'app.delete',
    );
    expect(deletes.map((e) => [e.target, e.detail.records])).toEqual(
      expect.arrayContaining([
        [kept, 'kept'],
        [removed, 'removed'],
      ]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
