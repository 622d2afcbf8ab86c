/**
 * Approving from the run page in Chromium: a run pauses at its approval step, the page shows
 * the pending reply in an editable box, and Approve (with the edited text) lets the run finish
 * and send that text — at 1440×900 from the run form, and at 390×844 from the run's own link.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalSpec, linkIn, split } from '../fixtures/approval-app';
import { startReceiver, type Receiver } from '../fixtures/automation-harness';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { checkAccessibility, horizontalOverflow } from './support/axe';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let emulator: OpenAIEmulator;
let receiver: Receiver;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  receiver = await startReceiver([{ status: 200 }]);
  server = await startServer({ env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url, OUTBOUND_ALLOW: '127.0.0.1' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
  await emulator?.close();
});

describe('the run page decides a waiting run', () => {
  it('1440×900: run, edit the pending reply, approve; the edited reply is sent once', async () => {
    const { page, dialogs, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    const created = await page.request.post(`${server.url}/api/apps`, { data: { spec: approvalSpec({ receiverUrl: receiver.url }) } });
    expect(created.status()).toBe(201);
    await page.goto(`${server.url}/apps/ticket-replies`);
    await page.fill('#input-ticket', '42');
    await page.fill('#input-question', 'Where is my order?');
    await page.click('#run-button');
    await page.waitForSelector('[data-role="approval"]', { timeout: 60_000 });
    expect(await page.textContent('[data-role="run-summary"]')).toContain('Waiting for approval: an editor or above');
    expect(await page.inputValue('#approval-text')).toBe('ok');
    await screenshot(page, 'approval-run-page-1440');
    expect(await checkAccessibility(page, 'approval panel 1440')).toEqual([]);

    await page.fill('#approval-text', 'Your order ships today.');
    expect(await page.textContent('[data-decision="approve"]')).toBe('Approve with my edits');
    await page.click('[data-decision="approve"]');
    await page.waitForSelector('[data-role="run-summary"]:has-text("The run finished")', { timeout: 60_000 });
    expect(await page.$('[data-role="approval"]')).toBeNull();
    expect(await page.textContent('[data-step="review"] [data-role="decision"]')).toBe('Approved by the owner.');
    expect(await page.textContent('[data-step="review"] [data-role="approved-text"]')).toBe('Your order ships today.');
    await screenshot(page, 'approval-run-page-1440-decided');
    expect(split(receiver.requests).sends.map((s) => s.text)).toEqual(['Your order ships today.']);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('390×844: the run’s own link (as the approval message sends it) opens the run; approve as it stands', async () => {
    const before = receiver.requests.length;
    const { page, dialogs, errors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    const started = await page.request.post(`${server.url}/api/apps/ticket-replies/runs`, {
      data: { inputs: { ticket: '43', question: 'Can I change the address?' } },
    });
    expect(started.status()).toBe(201);
    const runId = ((await started.json()) as { run: { id: string } }).run.id;
    const [notice] = split(receiver.requests.slice(before)).notices;
    const runLink = /\/apps\/ticket-replies\?run=[\w-]+/.exec(notice!.text)?.[0];
    expect(runLink).toBe(`/apps/ticket-replies?run=${runId}`);

    await page.goto(`${server.url}${runLink}`);
    await page.waitForSelector('[data-role="approval"]', { timeout: 60_000 });
    await screenshot(page, 'approval-run-page-390');
    expect(await checkAccessibility(page, 'approval panel 390')).toEqual([]);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await page.click('[data-decision="approve"]');
    await page.waitForSelector('[data-role="run-summary"]:has-text("The run finished")', { timeout: 60_000 });
    expect(split(receiver.requests.slice(before)).sends.map((s) => s.text)).toEqual(['ok']);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('390×844: the signed link from the approval message decides once, without signing in', async () => {
    const before = receiver.requests.length;
    const { page, dialogs, errors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.request.post(`${server.url}/api/apps/ticket-replies/runs`, { data: { inputs: { ticket: '44', question: 'Refund?' } } });
    const [notice] = split(receiver.requests.slice(before)).notices;
    const link = linkIn(notice!);
    await page.goto(`${server.url}${link}`);
    expect(await page.inputValue('textarea[name="text"]')).toBe('ok');
    await page.fill('textarea[name="text"]', 'Refund sent today.');
    await screenshot(page, 'approval-link-390');
    expect(await checkAccessibility(page, 'approval link 390')).toEqual([]);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await page.click('button[value="edit"]');
    await page.waitForSelector('[data-role="approval-result"]');
    expect(await page.getAttribute('[data-role="approval-result"]', 'data-status')).toBe('ok');
    expect(split(receiver.requests.slice(before)).sends.map((s) => s.text)).toEqual(['Refund sent today.']);
    await page.goto(`${server.url}${link}`);
    expect(await page.textContent('[role="alert"]')).toContain('This link was already used');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
