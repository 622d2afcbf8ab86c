/**
 * The deliveries page in Chromium: deliveries that failed every retry are listed with app,
 * channel, redacted target, last error and attempts; Retry sends one again and, once it gets
 * through, it leaves the list. An app's inbound-webhook address is shown on request (not in
 * the HTML), works, and stops working once the secret is rotated.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startAutomationHarness,
  startReceiver,
  type AutomationHarness,
  type Receiver,
  type ScriptedAnswer,
} from '../fixtures/automation-harness';
import { launchBrowser, openPage, screenshot } from './support/browser';

let harness: AutomationHarness;
let browser: Browser;
let slackLike: Receiver;
let strict: Receiver;
const slackAnswers: ScriptedAnswer[] = [{ status: 503, body: 'service unavailable' }];

beforeAll(async () => {
  harness = await startAutomationHarness({ env: { OUTBOUND_ALLOW: '127.0.0.1' } });
  slackLike = await startReceiver(slackAnswers);
  strict = await startReceiver([{ status: 400, body: '{"error":"missing field"}' }]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await slackLike?.close();
  await strict?.close();
});

const SECRET_PATH = 'T0AAA1111/B0BBB2222/zq8XkS3cr3tW3bh00kT0k3n';

describe('dead-letter page', () => {
  it('lists failed deliveries without their secrets, and Retry sends one again', async () => {
    await harness.createApp({
      specVersion: 1,
      name: 'Weekly digest',
      slug: 'weekly-digest',
      model: { model: 'gpt-5-mini' },
      inputs: [{ name: 'summary', label: 'Summary', type: 'text', required: true }],
      steps: [
        {
          id: 'post',
          title: 'Post to Slack',
          kind: 'notify',
          channel: 'slack',
          target: `${slackLike.url}/services/${SECRET_PATH}`,
          message: 'This week: {{inputs.summary}}',
        },
      ],
    });
    await harness.createApp({
      specVersion: 1,
      name: 'Lead sync',
      slug: 'lead-sync',
      model: { model: 'gpt-5-mini' },
      inputs: [{ name: 'company', label: 'Company', type: 'text', required: true }],
      steps: [
        {
          id: 'crm',
          title: 'Send to the CRM',
          kind: 'call-webhook',
          url: `${strict.url}/crm/leads?token=abc123secret`,
          body: '{"company": "{{inputs.company}}"}',
        },
      ],
    });
    await harness.createApp({
      specVersion: 1,
      name: 'Order intake',
      slug: 'order-intake',
      model: { model: 'gpt-5-mini' },
      inputs: [{ name: 'customer', label: 'Customer', type: 'text', required: true }],
      triggers: [{ kind: 'webhook' }],
    });
    await harness.api('POST', '/api/apps/weekly-digest/runs', { inputs: { summary: 'Shipped the export' } });
    await harness.api('POST', '/api/apps/lead-sync/runs', { inputs: { company: 'Acme' } });
    await harness.settledCount(2);
    expect(harness.settled.map((s) => s.outcome)).toEqual(['dead', 'dead']);

    const { page, dialogs, errors } = await openPage(browser);
    await page.goto(`${harness.url}/deliveries`);
    const rows = page.locator('tr[data-delivery]');
    const hookRow = page.locator('tr[data-hook="order-intake"]');
    expect(await hookRow.innerText()).toContain('customer');
    expect(await page.locator('tr[data-hook]').count()).toBe(1);
    await expect.poll(() => rows.count()).toBe(2);
    const text = await page.locator('main').innerText();
    expect(text).toContain('weekly-digest');
    expect(text).toContain('lead-sync');
    expect(text).toContain(`${slackLike.url}/services/…`);
    expect(text).toContain(`${strict.url}/crm/…`);
    expect(text).toContain('answered 503');
    expect(text).toContain('answered 400');
    expect(await page.content()).not.toContain('zq8XkS3cr3t');
    expect(await page.content()).not.toContain('abc123secret');
    const digestRow = page.locator('tr', { hasText: 'weekly-digest' });
    expect(await digestRow.locator('td').nth(3).innerText()).toBe('3');
    expect(await page.locator('tr', { hasText: 'lead-sync' }).locator('td').nth(3).innerText()).toBe('1');
    expect(await page.locator('.nav-link[aria-current="page"]').innerText()).toBe('Deliveries');
    await screenshot(page, 'automation-dead-letters');

    // The webhook address: not in the HTML until asked for; it runs the app; rotation retires it.
    expect(await page.content()).not.toMatch(/\/hooks\/order-intake\/[A-Za-z0-9_-]{43}/);
    await hookRow.getByRole('button', { name: 'Show address' }).click();
    const address = hookRow.locator('[data-role="address"] code');
    await expect.poll(() => address.count()).toBe(1);
    const oldAddress = await address.innerText();
    expect(oldAddress).toMatch(new RegExp(`^${harness.url}/hooks/order-intake/[A-Za-z0-9_-]{43}$`));
    const finished = harness.nextRunFinished('order-intake');
    const posted = await fetch(oldAddress, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"customer":"Ada"}' });
    expect(posted.status).toBe(202);
    expect((await finished).trigger.kind).toBe('webhook');
    await hookRow.getByRole('button', { name: 'Rotate secret' }).click();
    await expect.poll(() => hookRow.locator('[data-role="status"]').innerText()).toContain('old address now answers 404');
    expect(await address.innerText()).not.toBe(oldAddress);
    expect(
      (await fetch(oldAddress, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"customer":"Ada"}' })).status,
    ).toBe(404);

    // The receiver is fixed; Retry from the page.
    slackAnswers[0] = { status: 200, body: 'ok' };
    await digestRow.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => digestRow.locator('[data-role="status"]').innerText()).toContain('Sending to');
    await harness.settledCount(3);
    expect(harness.settled[2]!.outcome).toBe('delivered');
    expect(JSON.parse(slackLike.requests.at(-1)!.body)).toEqual({ text: 'This week: Shipped the export' });

    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('weekly-digest');
    await screenshot(page, 'automation-dead-letters-after-retry');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
