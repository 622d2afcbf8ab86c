/**
 * Streaming as a person sees it, in Chromium, with the real OpenAI SDK against the emulator
 * pacing its deltas: the builder chat's reply and a text step's output grow in several
 * painted updates before the turn or run ends; Cancel mid-answer leaves the partial text and
 * a cancelled run; a dropped connection gives a failed step with a sentence, the partial text
 * shown and stored.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responsesBody, responsesEvents, sse, startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const REPLY = ['I can build ', 'that tool: ', 'a form for ', 'the ticket, ', 'a drafted reply ', 'and a table of tickets.'];
const DRAFT = ['Thanks for ', 'telling us. ', 'The export ', 'crash is fixed ', 'in today’s ', 'release.'];

const spec = {
  specVersion: 1,
  name: 'Ticket reply',
  slug: 'ticket-reply',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'ticket', label: 'Ticket', type: 'longText', required: true }],
  steps: [{ id: 'draft', title: 'Draft a reply', kind: 'generate-text', prompt: 'Reply to: {{inputs.ticket}}' }],
};

let emulator: OpenAIEmulator;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  // AGENT_MODEL: the chat's agent is gpt-5-mini through the emulator, so its reply streams as a model's does.
  server = await startServer({ env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url, AGENT_MODEL: 'gpt-5-mini' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await emulator?.close();
});

const paced = (deltas: string[], options: { intervalMs: number; dropAfter?: number }) =>
  sse(responsesEvents(responsesBody({ text: deltas.join(''), usage: { input: 400, output: 60 } }), { deltas }), options);

/**
 * Records, at every animation frame, the text of `selector` whenever it changed: what the
 * person could see painted, in order. `while` stops the recording once that selector is gone.
 */
async function recordPaints(page: Page, selector: string, whileSelector: string): Promise<void> {
  await page.evaluate(
    ([target, during]) => {
      const seen: string[] = [];
      (window as unknown as { __paints: string[] }).__paints = seen;
      const frame = () => {
        const text = document.querySelector(target!)?.textContent ?? '';
        if (text && text !== seen.at(-1)) seen.push(text);
        if (seen.length === 0 || document.querySelector(during!)) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    [selector, whileSelector],
  );
}

/** Waits until the result shows a stored run other than `previous` (the page opens on the latest run). */
async function storedRunAfter(page: Page, previous: string | null): Promise<string> {
  await page.waitForFunction(
    (before) => {
      const id = document.querySelector('[data-run]')?.getAttribute('data-run');
      return id && id !== before && document.querySelector('[data-role="run-summary"]') !== null;
    },
    previous,
    { timeout: 60_000 },
  );
  return (await page.getAttribute('[data-run]', 'data-run'))!;
}

const paints = (page: Page) => page.evaluate(() => (window as unknown as { __paints: string[] }).__paints);

describe('streaming in the browser', () => {
  it('the builder chat shows the reply as it arrives, in several visible updates', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(server.url);
    await page.waitForSelector('#connection.badge-ok');
    emulator.script(paced(REPLY, { intervalMs: 120 }));
    // The stop button shows while the turn runs; the send button comes back when it ends.
    await recordPaints(page, '[data-role="assistant"]', '#send-button[hidden]');
    await page.fill('#composer-input', 'A tool that drafts replies to support tickets');
    await page.click('#send-button');
    await page.waitForFunction(() => ((window as unknown as { __paints: string[] }).__paints ?? []).length >= 2);
    await screenshot(page, 'stream-builder-chat-mid');
    await page.waitForSelector('#send-button:not([hidden])', { timeout: 60_000 });
    const seen = await paints(page);
    const whole = REPLY.join('');
    // Every update is a longer beginning of the reply; at least three came before the turn ended.
    const partial = seen.filter((text) => text !== whole);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    for (const [i, text] of seen.entries()) {
      expect(whole.startsWith(text)).toBe(true);
      if (i > 0) expect(text.length).toBeGreaterThan(seen[i - 1]!.length);
    }
    expect(await page.textContent('[data-role="assistant"]')).toBe(whole);
    expect((emulator.requests.at(-1)!.body as { stream?: boolean }).stream).toBe(true);
    expect(errors).toEqual([]);
  });

  it("a text step's output grows in the run view before the run ends", async () => {
    const { page, errors } = await openPage(browser);
    expect((await page.request.post(`${server.url}/api/apps`, { data: { spec } })).status()).toBe(201);
    await page.goto(`${server.url}/apps/ticket-reply`);
    emulator.script(paced(DRAFT, { intervalMs: 120 }));
    await page.fill('#input-ticket', 'The export button crashes');
    // Recorded only while the live view is up: the stored run replaces it when the run is over.
    await recordPaints(page, '[data-role="live-text"]', '[data-role="live-run"]');
    await page.click('#run-button');
    await page.waitForFunction(() => ((window as unknown as { __paints: string[] }).__paints ?? []).length >= 3);
    await screenshot(page, 'stream-run-view-mid');
    await page.waitForSelector('[data-role="run-summary"]', { timeout: 60_000 });
    const seen = await paints(page);
    const whole = DRAFT.join('');
    expect(seen.filter((text) => text !== whole).length).toBeGreaterThanOrEqual(3);
    for (const text of seen) expect(whole.startsWith(text)).toBe(true);
    expect(await page.textContent('[data-step="draft"] [data-role="text"]')).toBe(whole);
    expect(await page.textContent('[data-role="run-summary"]')).toContain('The run finished');
    await screenshot(page, 'stream-run-view-done');
    expect(errors).toEqual([]);
  });

  it('Cancel mid-answer stops the request and leaves the partial text on a cancelled run', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/apps/ticket-reply`);
    // The page opens on the latest run; shown after the run starts, it would replace the live view.
    await page.waitForSelector('[data-role="run-summary"]');
    emulator.script(paced(DRAFT, { intervalMs: 250 }));
    await page.fill('#input-ticket', 'The export button crashes');
    await page.click('#run-button');
    await page.waitForFunction(() => (document.querySelector('[data-role="live-text"]')?.textContent ?? '').length > 0);
    const live = await page.getAttribute('[data-role="live-run"]', 'data-run');
    await page.click('[data-role="cancel-run"]');
    expect(await storedRunAfter(page, null)).toBe(live);
    expect(await page.getAttribute('[data-run] .badge', 'data-status')).toBe('cancelled');
    const kept = (await page.textContent('[data-step="draft"] [data-role="text"]')) ?? '';
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(DRAFT.join('').length);
    expect(DRAFT.join('').startsWith(kept)).toBe(true);
    expect(await page.textContent('[data-role="run-summary"]')).toMatch(/cancelled/);
    // The provider request was stopped: the emulator saw its connection close before the answer ended.
    const call = emulator.requests.at(-1)!.callNumber;
    while (!emulator.closedEarly.includes(call)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(emulator.closedEarly).toContain(call);
    await screenshot(page, 'stream-run-cancelled');
    expect(errors).toEqual([]);
  });

  it('a dropped connection mid-answer fails the step with a sentence; the partial text is shown and stored', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/apps/ticket-reply`);
    const events = responsesEvents(responsesBody({ text: DRAFT.join('') }), { deltas: DRAFT });
    const thirdDelta = events.findIndex((e) => JSON.stringify(e.data).includes(DRAFT[2]!));
    emulator.script(paced(DRAFT, { intervalMs: 60, dropAfter: thirdDelta + 1 }));
    await page.waitForSelector('[data-role="run-summary"]');
    const previous = await page.getAttribute('[data-run]', 'data-run');
    await page.fill('#input-ticket', 'The export button crashes');
    await page.click('#run-button');
    const runId = await storedRunAfter(page, previous);
    const partial = DRAFT.slice(0, 3).join('');
    expect(await page.getAttribute('[data-run] .badge', 'data-status')).toBe('error');
    expect(await page.textContent('[data-step="draft"] .banner-danger')).toMatch(
      /OpenAI stopped sending its answer after \d+ characters .*The text so far is kept/,
    );
    expect(await page.textContent('[data-step="draft"] [data-role="text"]')).toBe(partial);
    const stored = (await (await page.request.get(`${server.url}/api/apps/ticket-reply/runs/${runId}`)).json()) as {
      run: { status: string; steps: Array<{ output: { text: string } }> };
    };
    expect(stored.run.status).toBe('error');
    expect(stored.run.steps[0]!.output.text).toBe(partial);
    await screenshot(page, 'stream-run-broken');
    expect(errors).toEqual([]);
  });
});
