/**
 * Issue 18: every app as an MCP App. The app's run_<slug> tool links a `ui://` page (ext-apps
 * MIME type) that renders in Chromium inside a sandboxed iframe of a minimal host page; the
 * form is submitted over postMessage (tools/call through the host to the real server) and the
 * dry-run result is shown. Screenshot: tests/artifacts/mcp-app.png.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_APP_HOST_PAGE } from '../fixtures/mcp-app-host';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { launchBrowser, openPage, screenshot } from './support/browser';

let server: TestServer;
let client: Client;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  const created = await server.api('POST', '/api/apps', {
    spec: {
      specVersion: 1,
      name: 'Reply drafter',
      slug: 'reply-drafter',
      description: 'Drafts a reply to a customer email.',
      model: { model: 'gpt-5-mini' },
      inputs: [
        { name: 'email', label: 'Customer email', type: 'longText', required: true, help: 'Paste the whole email.' },
        { name: 'tone', label: 'Tone', type: 'select', options: ['friendly', 'formal'] },
      ],
      steps: [
        { kind: 'generate-text', id: 'reply', title: 'Draft the reply', prompt: 'Reply in a {{inputs.tone}} tone to: {{inputs.email}}' },
      ],
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  client = new Client({ name: 'toolwright-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await client?.close();
  await server?.close();
});

describe('an app as an MCP App', () => {
  let html: string;

  it('its tool links a ui:// page with the MCP Apps MIME type, self-contained', async () => {
    const tool = (await client.listTools()).tools.find((t) => t.name === 'run_reply-drafter');
    expect(tool?._meta).toEqual({
      ui: { resourceUri: 'ui://toolwright/apps/reply-drafter' },
      'ui/resourceUri': 'ui://toolwright/apps/reply-drafter',
    });
    const read = await client.readResource({ uri: 'ui://toolwright/apps/reply-drafter' });
    const [page] = read.contents as Array<{ mimeType: string; text: string }>;
    expect(page?.mimeType).toBe('text/html;profile=mcp-app');
    html = page!.text;
    expect(html).toContain(`content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|<iframe\b/i);
    // Hosts without MCP Apps still get the plain text result.
    const ran = await client.callTool({ name: 'run_reply-drafter', arguments: { email: 'Hi', tone: null } });
    expect((ran.content as Array<{ type: string; text: string }>)[0]).toMatchObject({
      type: 'text',
      text: expect.stringMatching(/^Dry run:/),
    });
  });

  it('renders in a sandboxed iframe, submits the form over postMessage and shows the result', async () => {
    const { page, errors } = await openPage(browser);
    await page.exposeFunction('hostCallTool', (params: { name: string; arguments?: Record<string, unknown> }) => client.callTool(params));
    await page.setContent(MCP_APP_HOST_PAGE);
    await page.evaluate((appHtml) => (window as unknown as { mountApp(html: string): void }).mountApp(appHtml), html);

    const view = page.frameLocator('iframe');
    await page.waitForFunction(() => (window as unknown as { hostLog: string[] }).hostLog.includes('ui/notifications/initialized'), null, {
      timeout: 0,
    });
    await expect(view.locator('h1').textContent()).resolves.toBe('Reply drafter');
    await view.locator('textarea[name=email]').fill('Hello, my order #1234 arrived damaged. What now?');
    await view.locator('select[name=tone]').selectOption('friendly');
    await view.locator('button', { hasText: 'Run' }).click();
    await view.locator('.summary:not(:has-text("Running"))').waitFor({ timeout: 0 });

    expect(await view.locator('.summary').textContent()).toMatch(/^Dry run: nothing was sent to a model/);
    expect(await view.locator('.step h3').textContent()).toBe('reply · dry-run');
    const log = await page.evaluate(() => (window as unknown as { hostLog: string[] }).hostLog);
    expect(log).toEqual(expect.arrayContaining(['ui/initialize', 'ui/notifications/initialized', 'tools/call']));
    // The iframe is sandboxed to scripts only: an opaque origin, no reach into the host page.
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-scripts');
    await expect(
      view.locator('body').evaluate(() => {
        try {
          return String(window.parent.document);
        } catch {
          return 'blocked';
        }
      }),
    ).resolves.toBe('blocked');
    // The run went through to the server as an API run.
    const runs = await server.api('GET', '/api/apps/reply-drafter/runs');
    expect(runs.body.items).toHaveLength(2);
    await screenshot(page, 'mcp-app');
    expect(errors).toEqual([]);
  });
});
