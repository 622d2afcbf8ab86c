/**
 * The app page's "Email in" card in real Chromium at 1440×900 and 390×844, against a real IMAP
 * server (dovecot): a wrong password is answered with a sentence and nothing is saved; the right
 * one is saved and a delivered email shows up as a run; a password that later stops working
 * shows the server's refusal as a sentence on the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazySecretBox } from '../../server/auth/secret-box';
import { readMailbox, writeMailbox } from '../../server/automation/email/mailbox-settings';
import { startAutomationHarness, type AutomationHarness } from '../fixtures/automation-harness';
import { dovecotMissing, startDovecot, type Dovecot } from '../fixtures/dovecot';
import { mailLogApp } from '../fixtures/mail-log-app';
import { checkAccessibility, horizontalOverflow } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

const missing = dovecotMissing();
let mail: Dovecot;
let h: AutomationHarness;
let browser: Browser;

describe.skipIf(missing !== null)(`Email in card (Chromium)${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    mail = await startDovecot();
    h = await startAutomationHarness({ env: { OUTBOUND_ALLOW: '127.0.0.1' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
    await mail?.stop();
  });

  it.each(SIZES)('sets up the mailbox, runs an email, and shows a failing password at $width×$height', async (size) => {
    const slug = `mail-log-${size.name}`;
    const app = await h.createApp(mailLogApp(slug));
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${h.url}/apps/${slug}`);
    const card = page.locator('#email-in');
    await expect.poll(() => card.locator('#email-in-summary').textContent()).toContain('Set up the mailbox');

    await card.getByLabel('IMAP server').fill(mail.host);
    await card.getByLabel('Port').fill(String(mail.port));
    await card.getByLabel('TLS from the start').uncheck();
    await card.getByLabel('User name').fill(mail.user);
    await card.getByLabel('Password').fill('not-the-password');
    await card.getByRole('button', { name: 'Check and save' }).click();
    const banner = card.locator('.banner-danger');
    await expect.poll(() => banner.textContent()).toContain(`refused the user name or password for ${mail.user}`);
    expect(await banner.textContent()).toContain('Nothing was saved.');
    await screenshot(page, `email-in-wrong-password-${size.name}`);

    await card.getByLabel('Password').fill(mail.password);
    await card.getByRole('button', { name: 'Check and save' }).click();
    await expect.poll(() => card.locator('.banner-ok').textContent()).toContain('Logged in and saved');
    expect(await card.locator('#email-in-summary').textContent()).toContain(`Each new email in INBOX of ${mail.user}`);

    await mail.deliver({ from: 'ana@example.com', subject: `Order question ${size.name}`, text: 'Where is my order?' });
    await h.automation.email.checkNow();
    await page.reload();
    await expect.poll(() => page.locator('#history').textContent()).toContain('Email');

    // The password is changed at the mail provider: the saved one stops working.
    const box = lazySecretBox(h.dataDir);
    await writeMailbox(h.store, box, app.id, { ...(await readMailbox(h.store, box, app.id))!, password: 'changed-elsewhere' });
    await h.automation.email.sync();
    await h.automation.email.checkNow();
    await page.reload();
    await expect
      .poll(() => card.locator('.banner-danger').textContent())
      .toContain(`The mail server ${mail.host} refused the user name or password`);
    await screenshot(page, `email-in-failing-${size.name}`);
    expect(await checkAccessibility(page, `email-in ${size.name}`)).toEqual([]);
    expect((await horizontalOverflow(page)).overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
