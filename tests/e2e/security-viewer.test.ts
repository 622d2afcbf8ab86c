/**
 * Issue 8 acceptance in real Chromium: with accounts on, a viewer signs in through /login and
 * sees an app's page without any edit control (no run form, no add/edit/delete of records, no
 * builder link, no restore), and the API refuses the edit the viewer tries from that page; an
 * editor sees the controls on the same page. Pages raise no CSP violation or script error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const OWNER = { email: 'owner@example.com', password: 'owner-password-123' };
const SPEC = {
  specVersion: 1,
  name: 'Lead list',
  slug: 'lead-list',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'company', label: 'Company', type: 'text' }],
  steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'About {{inputs.company}}' }],
  collections: [{ name: 'leads', label: 'Leads', fields: [{ name: 'company', label: 'Company', type: 'text' }] }],
  access: { level: 'workspace' },
};

let server: RunningServer;
let browser: Browser;
const problems: string[] = [];

async function post(path: string, body: unknown, cookie = ''): Promise<{ status: number; body: any; cookies: string[] }> {
  const csrf = /tw_csrf=([^;]+)/.exec(cookie)?.[1];
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, cookies: response.headers.getSetCookie() };
}
const cookieHeader = (cookies: string[]) => cookies.map((c) => c.split(';')[0]).join('; ');

/** A member of the workspace with this role, invited by the owner and accepted over the API. */
async function member(ownerCookie: string, role: string): Promise<{ email: string; password: string }> {
  const email = `${role}@example.com`;
  const password = `${role}-password-123`;
  const invited = await post('/api/members/invitations', { email, role }, ownerCookie);
  expect(invited.status).toBe(201);
  expect((await post('/api/invitations/accept', { token: invited.body.link.replace('/invite/', ''), password })).status).toBe(201);
  return { email, password };
}

async function signedInPage(who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(`${server.url}/apps/lead-list`);
  // Signed out: sent to /login, and back to the app after signing in.
  await page.waitForURL(/\/login\?next=/);
  await page.fill('#email', who.email);
  await page.fill('#password', who.password);
  await page.click('#login-form button[type="submit"]');
  await page.waitForURL(/\/apps\/lead-list$/);
  await page.waitForSelector('[data-collection="leads"] tbody tr');
  return { context, page };
}

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const setup = await post('/api/auth/setup', OWNER);
  expect(setup.status).toBe(201);
  const owner = cookieHeader(setup.cookies);
  expect((await post('/api/apps', { spec: SPEC }, owner)).status).toBe(201);
  expect((await post('/api/apps/lead-list/collections/leads/records', { values: { company: 'Acme' } }, owner)).status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('security e2e: a viewer in Chromium', () => {
  it('sees the app and its records but no edit control, and the API refuses the edit', async () => {
    const owner = cookieHeader((await post('/api/auth/login', OWNER)).cookies);
    const viewer = await member(owner, 'viewer');
    const { context, page } = await signedInPage(viewer);

    expect(await page.locator('[data-role="app-name"]').textContent()).toBe('Lead list');
    expect(await page.locator('[data-collection="leads"] tbody').textContent()).toContain('Acme');
    for (const selector of [
      '#run-form',
      '[data-role="add"]',
      'td.actions button',
      'a[href^="/?app="]',
      '[data-restore]',
      '.nav-link[href="/"]',
      '.nav-link[href="/settings"]',
    ]) {
      expect(await visible(page, selector), `${selector} hidden for a viewer`).toBe(false);
    }
    await screenshot(page, 'security-viewer-app');

    // The viewer tries anyway, from the page, with the session cookie and the CSRF token.
    const refused = await page.evaluate(async () => {
      const csrf = /tw_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const headers = { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) };
      const rename = await fetch('/api/apps/lead-list', {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ changes: [{ op: 'rename', name: 'Hijacked' }] }),
      });
      const add = await fetch('/api/apps/lead-list/collections/leads/records', {
        method: 'POST',
        headers,
        body: JSON.stringify({ values: { company: 'Nope' } }),
      });
      return { rename: rename.status, message: ((await rename.json()) as { error: { message: string } }).error.message, add: add.status };
    });
    expect(refused).toMatchObject({ rename: 403, add: 403 });
    expect(refused.message).toMatch(/needs the editor role or higher; you are viewer/);
    // The builder is not for viewers: it sends them to the apps list.
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/apps');
    await context.close();
  });

  it('an editor on the same page sees the controls (so the check above is not vacuous)', async () => {
    const owner = cookieHeader((await post('/api/auth/login', OWNER)).cookies);
    const editor = await member(owner, 'editor');
    const { context, page } = await signedInPage(editor);
    for (const selector of ['#run-form', '[data-role="add"]', 'td.actions button', 'a[href^="/?app="]']) {
      expect(await visible(page, selector), `${selector} shown to an editor`).toBe(true);
    }
    await page.click('[data-role="sign-out"]');
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it('the owner manages members on /members: invite link shown once, token shown once, audit log listed', async () => {
    const { context, page } = await signedInPage(OWNER);
    await page.goto(`${server.url}/members`);
    await page.waitForSelector('[data-role="members"] tr');
    expect(await page.locator('[data-role="members"]').textContent()).toContain('owner@example.com');
    await page.fill('#invite-form input[name="email"]', 'runner@example.com');
    await page.selectOption('#invite-form select[name="role"]', 'runner');
    await page.click('#invite-form button[type="submit"]');
    await page.waitForSelector('[data-role="invite-result"] code');
    expect(await page.locator('[data-role="invite-result"] code').textContent()).toMatch(/\/invite\/twi_/);
    // The link is shown before the members list reloads, so wait for the list rather than read it at once.
    await page.waitForFunction(() =>
      document.querySelector('[data-role="invitations"]')?.textContent?.includes('runner@example.com as runner'),
    );
    await page.fill('#token-form input[name="name"]', 'CI');
    await page.click('#token-form button[type="submit"]');
    await page.waitForSelector('[data-role="token-result"] code');
    expect(await page.locator('[data-role="token-result"] code').textContent()).toMatch(/^twk_/);
    await page.waitForFunction(() => document.querySelector('[data-role="audit"]')?.textContent?.includes('token.create'));
    expect(await page.locator('[data-role="audit"]').textContent()).toContain('member.invite');
    await screenshot(page, 'security-members');
    await context.close();
  });

  it('a public link opens a run-only page that works signed out', async () => {
    const owner = cookieHeader((await post('/api/auth/login', OWNER)).cookies);
    const csrf = /tw_csrf=([^;]+)/.exec(owner)![1]!;
    const access = await fetch(`${server.url}/api/apps/lead-list/access`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: owner, 'x-csrf-token': csrf },
      body: JSON.stringify({ level: 'public-link' }),
    });
    expect(access.status).toBe(200);
    const link = await post('/api/apps/lead-list/public-links', {}, owner);
    expect(link.status).toBe(201);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(server.url + link.body.link);
    await page.fill('#in-company', 'Acme');
    await page.click('#public-run-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#public-run-form [data-role="status"]')?.textContent?.startsWith('Dry run'));
    expect(await page.locator('#public-result').textContent()).toContain('draft');
    // Nothing else opens for the link holder.
    await page.goto(`${server.url}/apps/lead-list`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('the pages raise no CSP violation or script error', () => {
    expect(problems).toEqual([]);
  });
});
