/**
 * Issue 16, every page at 1440×900 and 390×844 in real Chromium: a screenshot of each in
 * tests/artifacts/page-<name>-<size>.png, nothing scrolls sideways, and axe-core finds no
 * serious or critical violation (printed per page). On the phone size the top bar folds into a
 * Menu the keyboard opens, and the builder shows Chat / Preview tabs that switch to Preview
 * once an app is built. Schedules read as words with their zone and next runs.
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
let publicLink = '';
const slug = 'support-reply-drafter';

beforeAll(async () => {
  server = await startServer();
  const api = jsonApi(server.url);
  const created = await api('POST', '/api/apps', {
    name: 'Support reply drafter',
    template: 'support-reply-drafter',
    description: null,
    inputs: null,
    steps: null,
    collections: null,
    triggers: null,
    model: null,
  });
  expect(created.body.data.slug).toBe(slug);
  await api('POST', `/api/apps/${slug}/triggers`, {
    trigger: { kind: 'schedule', cron: '0 16 * * 5', timezone: 'Europe/Berlin', inputs: null, missed: null },
  });
  await api('PUT', `/api/apps/${slug}/access`, { level: 'public-link' });
  publicLink = (await api('POST', `/api/apps/${slug}/public-links`)).body.link;
  await api('POST', `/api/apps/${slug}/collections/tickets/records`, {
    values: { customer: 'Ada', message: 'The export button does nothing.' },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = () => [
  { name: 'builder', path: '/' },
  { name: 'apps', path: '/apps' },
  { name: 'app', path: `/apps/${slug}` },
  { name: 'models', path: '/models' },
  { name: 'compare', path: '/models/compare?ids=gpt-image-1-mini,gemini-3.1-pro' },
  { name: 'settings', path: '/settings' },
  { name: 'deliveries', path: '/deliveries' },
  { name: 'public-link', path: publicLink },
];

async function open(size: (typeof SIZES)[number]): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

describe.concurrent.each(SIZES)('every page at $width×$height (Chromium)', (size) => {
  it('is screenshotted, does not scroll sideways, and has no serious or critical axe violation', async () => {
    const { context, page, errors } = await open(size);
    const report: Record<string, string[]> = {};
    const overflow: Record<string, unknown> = {};
    for (const { name, path } of PAGES()) {
      await page.goto(server.url + path);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `page-${name}-${size.name}`);
      const wide = await horizontalOverflow(page);
      if (wide.overflow > 0) overflow[name] = wide;
      report[name] = await checkAccessibility(page, `${name} (${size.name})`);
    }
    expect(overflow).toEqual({});
    expect(report).toEqual(Object.fromEntries(PAGES().map((p) => [p.name, []])));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(SIZES)('schedule in words at $width×$height (Chromium)', (size) => {
  it('says the schedule with its zone and the next three runs, and keeps the cron as a tooltip', async () => {
    const { context, page } = await open(size);
    await page.goto(`${server.url}/apps/${slug}`);
    const sentence = (await page.textContent('[data-role="schedule"]')) ?? '';
    expect(sentence).toMatch(/^At 16:00, only on Friday, Berlin time — next: Fri \d+ \w+, 16:00; Fri \d+ \w+, 16:00; Fri \d+ \w+, 16:00$/);
    expect(await page.getAttribute('.page-head .badge[title^="Scheduled"]', 'title')).toBe('Scheduled: 0 16 * * 5 (Europe/Berlin)');
    expect(await page.isVisible('[data-role="schedule"]')).toBe(true);
    await context.close();
  });

  it('says version notes as sentences, form runs as "Form", and dates in one format', async () => {
    const { context, page } = await open(size);
    await page.goto(`${server.url}/apps/${slug}`);
    const notes = await page.$$eval('.version-item [title]', (els) => els.map((el) => el.textContent));
    expect(notes).toEqual([
      'Shared with anyone with a link.',
      'Added a trigger: schedule 0 16 * * 5 (Europe/Berlin).',
      'Created from the support reply drafter template.',
    ]);
    const date = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \S+$/;
    const dates = await page.$$eval('.version-item .nowrap', (els) => els.map((el) => el.textContent));
    // One date per version: without it, a renamed class would leave the loop nothing to check.
    expect(dates).toHaveLength(notes.length);
    for (const text of dates) expect(text).toMatch(date);
    await page.fill('#input-message', 'Where is my invoice?');
    await page.click('#run-button');
    // The history may already list the previous size's run: the button is enabled again once this
    // run is answered and the history reloaded.
    await page.waitForSelector('#run-button:not([disabled])');
    await page.waitForSelector('#history [data-run]');
    const row = (await page.textContent('#history [data-run]')) ?? '';
    expect(row).toContain('Form');
    expect(row).not.toContain('api');
    expect(await page.textContent('#history [data-run] span')).toMatch(date);
    await context.close();
  });
});

describe('phone size: top bar menu and builder tabs (390×844)', () => {
  it('folds the sections into a Menu that the keyboard opens and Escape closes', async () => {
    const { context, page } = await open(SIZES[1]);
    await page.goto(`${server.url}/apps`);
    expect(await page.isVisible('#main-nav')).toBe(false);
    await page.focus('#menu-toggle');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#menu-toggle', 'aria-expanded')).toBe('true');
    expect(await page.isVisible('#main-nav a[href="/settings"]')).toBe(true);
    await screenshot(page, 'menu-open-mobile');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#main-nav')).toBe(false);
    await context.close();
  });

  it('shows Chat / Preview tabs and switches to Preview when an app is built', async () => {
    const { context, page } = await open(SIZES[1]);
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#connection.badge-ok');
    expect(await page.isVisible('#tab-chat')).toBe(true);
    expect(await page.isVisible('#pane-preview')).toBe(false);
    await page.fill('#composer-input', 'A tool that translates product descriptions into German');
    await page.click('#send-button');
    await page.waitForSelector('#preview-body [data-role="preview-name"]', { state: 'attached', timeout: 60_000 });
    await page.waitForSelector('#pane-preview', { state: 'visible' });
    expect(await page.getAttribute('#tab-preview', 'aria-selected')).toBe('true');
    // Tool activity is one line in words; the tool's own name is in the details.
    expect(await page.textContent('.tool-step [data-role="line"]')).toBe('Built the app');
    expect(await page.isVisible('.tool-step .tool-step-name')).toBe(false);
    expect(await page.isVisible('#pane-chat')).toBe(false);
    await screenshot(page, 'builder-preview-tab-mobile');
    await page.click('#tab-chat');
    expect(await page.isVisible('#pane-chat')).toBe(true);
    await context.close();
  });

  it('shows the tabs only under 768 px', async () => {
    const { context, page } = await open(SIZES[0]);
    await page.goto(`${server.url}/`);
    expect(await page.isVisible('#tab-chat')).toBe(false);
    expect(await page.isVisible('#pane-chat')).toBe(true);
    expect(await page.isVisible('#pane-preview')).toBe(true);
    await context.close();
  });
});
