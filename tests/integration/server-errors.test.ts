/**
 * Every route, bad input: malformed JSON, unknown slugs and ids, wrong field types, oversized
 * bodies. Each answer is a 4xx (never a 5xx) with `{ error: { code, message } }` whose message
 * is a sentence.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { supportSpec } from '../fixtures/server-specs';

type Case = [method: string, path: string, body?: unknown, headers?: Record<string, string>];

const BAD_JSON = '{"name": "x",';
const app = '/api/apps/support-reply';
const records = `${app}/collections/replies/records`;

// Routes that take a JSON body: each gets malformed JSON and an oversized body.
const JSON_ROUTES: [string, string][] = [
  ['POST', '/api/apps'],
  ['PATCH', app],
  ['PUT', `${app}/model`],
  ['PUT', `${app}/access`],
  ['POST', `${app}/triggers`],
  ['DELETE', `${app}/triggers`],
  ['POST', `${app}/runs`],
  ['POST', `${app}/versions/1/restore`],
  ['POST', '/api/models/compare'],
  ['POST', '/api/models/recommend'],
  ['POST', '/api/conversations'],
  ['POST', records],
  ['PATCH', `${records}/nope`],
  ['PUT', '/api/settings'],
];

const UNKNOWN: Case[] = [
  ['GET', '/api/nope'],
  ['POST', '/api/nope', {}],
  ['GET', '/api/apps/no-such-app'],
  ['GET', '/api/apps/Not_A_Slug!'],
  ['PATCH', '/api/apps/no-such-app', { changes: [{ op: 'rename', name: 'x' }] }],
  ['PUT', '/api/apps/no-such-app/model', { model: 'gpt-5-mini' }],
  ['PUT', '/api/apps/no-such-app/access', { level: 'workspace' }],
  ['POST', '/api/apps/no-such-app/triggers', { trigger: { kind: 'manual' } }],
  ['DELETE', '/api/apps/no-such-app/triggers', { kind: 'manual' }],
  ['GET', '/api/apps/no-such-app/estimate'],
  ['DELETE', '/api/apps/no-such-app'],
  ['GET', '/api/apps/no-such-app/versions'],
  ['GET', `${app}/versions/99`],
  ['POST', '/api/apps/no-such-app/versions/1/restore'],
  ['POST', `${app}/versions/99/restore`],
  ['POST', '/api/apps/no-such-app/runs', { inputs: {} }],
  ['GET', '/api/apps/no-such-app/runs'],
  ['GET', `${app}/runs/no-such-run`],
  ['GET', '/api/apps/no-such-app/collections/replies/records'],
  ['GET', `${app}/collections/nope/records`],
  ['GET', `${records}/no-such-record`],
  ['DELETE', `${records}/no-such-record`],
  ['GET', '/api/models/no-such-model'],
  ['GET', '/api/templates/no-such-template'],
  ['GET', '/api/conversations/no-such-conversation'],
  ['GET', '/api/apps/%E0%A4%A'],
];

const WRONG_TYPES: Case[] = [
  ['GET', `/api/apps?query=${'long'.repeat(75)}`],
  ['GET', `${app}?version=first`],
  ['POST', '/api/apps', { name: 5 }],
  ['POST', '/api/apps', { spec: { specVersion: 1, name: 'x', slug: 'BAD SLUG', model: { model: 'gpt-5-mini' } } }],
  ['POST', '/api/apps', { spec: 'a spec' }],
  ['POST', '/api/apps', [1, 2]],
  ['POST', '/api/apps', { name: 'From nothing', template: 'no-such-template' }],
  ['PATCH', app, { changes: 'rename it' }],
  ['PATCH', app, {}],
  ['PUT', `${app}/model`, { model: 7 }],
  ['PUT', `${app}/model`, { model: 'no-such-model-at-all' }],
  ['PUT', `${app}/access`, { level: 'everyone' }],
  ['POST', `${app}/triggers`, { trigger: { kind: 'schedule', cron: 5 } }],
  ['DELETE', `${app}/triggers`, { kind: 'sometimes' }],
  ['GET', `${app}/estimate?runsPerMonth=-5`],
  ['GET', `${app}/versions/first`],
  ['POST', `${app}/versions/0/restore`],
  ['POST', `${app}/runs`, { inputs: 'ticket' }],
  ['POST', `${app}/runs`, { inputs: { ticket: 42 } }],
  ['POST', `${app}/runs`, { inputs: {} }],
  ['POST', `${app}/runs`, { inputs: { ticket: 'x', nope: 1 } }],
  ['GET', `${app}/runs?limit=0`],
  ['GET', `${app}/runs?offset=-1`],
  ['POST', records, { values: { ticket: 5 } }],
  ['POST', records, { values: 'x' }],
  ['POST', records, {}],
  ['GET', `${records}?sort=colour`],
  ['GET', `${records}?limit=100000`],
  ['GET', `${records}?direction=sideways`],
  ['GET', '/api/models?kind=banana'],
  ['GET', '/api/models?capability=teleport'],
  ['GET', '/api/models?maxInputPrice=cheap'],
  ['GET', '/api/models/compare?ids=gpt-5-mini'],
  ['GET', '/api/models/compare?ids=gpt-5-mini,no-such-model'],
  ['POST', '/api/models/compare', { models: 'gpt-5-mini' }],
  ['POST', '/api/models/recommend', { task: 5 }],
  ['POST', '/api/models/recommend', { task: 'x', limit: 'three' }],
  ['GET', '/api/templates?category=poetry'],
  ['POST', '/api/conversations', { appSlug: 5 }],
  ['POST', '/api/conversations', { appSlug: 'no-such-app' }],
  ['PUT', '/api/settings', { openaiApiKey: 5 }],
  ['PUT', '/api/settings', { smtpFrom: 'not an address' }],
  ['POST', '/api/files', 'plain text', { 'content-type': 'text/plain' }],
  ['POST', '/api/files', 'GIF? no, just text', { 'content-type': 'image/png' }],
];

describe('bad input never yields a 5xx', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    expect((await t.api('POST', '/api/apps', { spec: supportSpec() })).status).toBe(201);
  });
  afterAll(() => t.close());

  async function expectRefused([method, path, body, headers]: Case, expected?: number) {
    const response = await fetch(t.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    expect(response.status, `${method} ${path} → ${text}`).toBeGreaterThanOrEqual(400);
    expect(response.status, `${method} ${path} → ${text}`).toBeLessThan(500);
    if (expected) expect(response.status, `${method} ${path} → ${text}`).toBe(expected);
    const json = JSON.parse(text) as { error: { code: string; message: string } };
    expect(json.error.code).toMatch(/^[a-z_]+$/);
    // A sentence: starts with a capital or quote/word, ends with a full stop or question mark.
    expect(json.error.message, `${method} ${path}`).toMatch(/^\S.{10,}[.?]$/s);
    return response.status;
  }

  it.each(JSON_ROUTES)('%s %s with malformed JSON → 400', async (method, path) => {
    await expectRefused([method, path, BAD_JSON], 400);
  });

  it.each(JSON_ROUTES)('%s %s with a 2 MB body → 413', async (method, path) => {
    await expectRefused([method, path, JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) })], 413);
  });

  it('an 11 MB image upload → 413', async () => {
    await expectRefused(['POST', '/api/files', Buffer.alloc(11 * 1024 * 1024).toString('latin1'), { 'content-type': 'image/png' }], 413);
  });

  it.each(UNKNOWN)('%s %s (unknown) → 4xx', async (...c) => {
    const status = await expectRefused(c);
    expect([400, 404]).toContain(status);
  });

  it.each(WRONG_TYPES)('%s %s (wrong input) → 4xx', async (...c) => {
    await expectRefused(c);
  });

  it('a request addressed to another host name (DNS rebinding) → 421 with a sentence', async () => {
    const { port } = new URL(t.url);
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/apps', headers: { host: `evil.example:${port}` } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(421);
    expect(JSON.parse(answer.text)).toEqual({
      error: {
        code: 'host_not_allowed',
        message: 'This server only answers requests addressed to localhost. Open it at http://127.0.0.1 or http://localhost.',
      },
    });
  });
});
