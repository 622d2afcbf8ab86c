/**
 * Issue 17 per-request cost: what is built once and reused must still answer right —
 * GET /api/models (bytes built once per day and query) keeps its filters, its 400s and a
 * strong ETag (304 on a match); the app page (body built once per app version) shows a
 * change at once, because a change is a new version. Speed itself: bench/http-overhead.ts.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { supportSpec } from '../fixtures/server-specs';

describe('responses built once and reused', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    expect((await t.api('POST', '/api/apps', { spec: supportSpec() })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('GET /api/models: same bytes and ETag each time, 304 when the client has them, filters and 400s as before', async () => {
    const first = await fetch(`${t.url}/api/models`);
    const second = await fetch(`${t.url}/api/models`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.get('etag')).toBe(etag);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    const all = (await first.json()) as { models: { provider: string }[]; total: number };
    expect(await second.text()).toBe(JSON.stringify(all));
    // node:http, not fetch: fetch adds Cache-Control: no-cache to a conditional request.
    const conditional = await new Promise<number>((resolve) =>
      http.get(`${t.url}/api/models`, { headers: { 'if-none-match': etag! } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }),
    );
    expect(conditional).toBe(304);

    const google = (await (await fetch(`${t.url}/api/models?provider=google`)).json()) as { models: { provider: string }[]; total: number };
    expect(google.total).toBeGreaterThan(0);
    expect(google.total).toBeLessThan(all.total);
    expect(google.models.every((m) => m.provider === 'google')).toBe(true);
    for (let i = 0; i < 2; i += 1) {
      const bad = await t.api('GET', '/api/models?kind=spaceship');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/kind/);
    }
  });

  it('GET /api/models lists what a list shows; provenance and caveats are on the model’s own route', async () => {
    const { models } = (await t.api('GET', '/api/models')).body;
    const listed = models.find((m: { id: string }) => m.id === 'gpt-5-mini');
    expect(listed).toMatchObject({ displayName: expect.any(String), pricing: expect.any(Object), capabilities: expect.any(Object) });
    expect(listed).toMatchObject({ lifecycle: expect.any(Object), statusToday: expect.any(String), strengths: expect.any(Array) });
    for (const detail of ['fieldSources', 'notes', 'source']) expect(listed).not.toHaveProperty(detail);
    const { model } = (await t.api('GET', '/api/models/gpt-5-mini')).body;
    expect(model).toMatchObject({ fieldSources: expect.any(Object), notes: expect.any(Array), source: expect.any(String) });
  });

  it('the app page shows a change at once (a change is a new version)', async () => {
    const before = await (await fetch(`${t.url}/apps/support-reply`)).text();
    expect(before).toContain('Support reply');
    const renamed = await t.api('PATCH', '/api/apps/support-reply', { changes: [{ op: 'rename', name: 'Ticket helper' }] });
    expect(renamed.status).toBe(200);
    const after = await (await fetch(`${t.url}/apps/support-reply`)).text();
    expect(after).toContain('Ticket helper');
    expect(after).not.toContain('<title>Support reply');
    expect(after).toContain('v2');
  });
});
