/**
 * Modes and the account flows around them: single-user mode is the zero-config default on
 * loopback; /setup creates the owner (from this machine, once) and turns accounts on; a
 * non-loopback bind without accounts is refused with a sentence; cookies and security headers;
 * public links; the audit log; the chat socket refuses anonymous upgrades.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createToolRegistry } from '../../agent/tools/registry';
import { createServer } from '../../server/app';
import { StartRefusedError } from '../../server/auth/auth-service';
import { loadConfig } from '../../server/config/config';
import { loadSettings } from '../../server/config/settings';
import { silentLogger } from '../../server/logger';
import { openLowdbStore } from '../../server/store/lowdb';
import { OWNER, startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';
import { startTestServer, type TestServer } from '../fixtures/server-harness';
import { testDay } from '../fixtures/test-day';

const SPEC = {
  specVersion: 1,
  name: 'Notes',
  slug: 'notes',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text' }],
  steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'About {{inputs.topic}}' }],
  collections: [{ name: 'leads', label: 'Leads', fields: [{ name: 'company', label: 'Company', type: 'text' }] }],
};

function socketStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(0));
  });
}

describe('single-user mode and first-owner setup', () => {
  let t: TestServer;
  afterEach(async () => {
    await t?.close();
  });

  it('with no owner every loopback caller is the owner of "default", no sign-in; /login points to /setup', async () => {
    t = await startTestServer();
    expect((await t.api('GET', '/api/auth/me')).body).toMatchObject({ mode: 'single-user', role: 'owner', workspaceId: 'default' });
    expect((await t.api('POST', '/api/apps', { spec: SPEC })).status).toBe(201);
    const login = await fetch(`${t.url}/login`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/setup');
    const setup = await fetch(`${t.url}/setup`);
    expect(setup.status).toBe(200);
    expect(await setup.text()).toContain('id="setup-form"');
    expect(await socketStatus(t.url)).toBe(101);
  });

  it('/setup creates the owner once; then accounts mode refuses anonymous callers', async () => {
    t = await startTestServer();
    const weak = await t.api('POST', '/api/auth/setup', { email: 'boss@example.com', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/body\.password/);
    const made = await fetch(`${t.url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@example.com', password: 'boss-password-123' }),
    });
    expect(made.status).toBe(201);
    const cookies = made.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('tw_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/);
    expect(cookies.find((c) => c.startsWith('tw_csrf='))).toMatch(/SameSite=Strict/);

    const again = await t.api('POST', '/api/auth/setup', { email: 'x@example.com', password: 'another-password-1' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already has an owner.*\.$/);
    const anonymous = await t.api('GET', '/api/apps');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toMatch(/Sign in first.*\.$/);
    const page = await fetch(`${t.url}/apps`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fapps');
    expect((await fetch(`${t.url}/setup`, { redirect: 'manual' })).headers.get('location')).toBe('/login');
    expect(await socketStatus(t.url)).toBe(401);
    const cookieHeader = `tw_session=${session.split(';')[0]!.split('=')[1]}`;
    expect(await socketStatus(t.url, { cookie: cookieHeader })).toBe(101);
    expect(await socketStatus(t.url, { cookie: cookieHeader, origin: t.url })).toBe(101);
    // Another local page (same site for cookies, another port) cannot use the session.
    expect(await socketStatus(t.url, { cookie: cookieHeader, origin: 'http://localhost:8080' })).toBe(401);
  });

  it('behind https the session cookie is Secure', async () => {
    t = await startTestServer();
    const made = await fetch(`${t.url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'boss@example.com', password: 'boss-password-123' }),
    });
    expect(made.headers.getSetCookie().find((c) => c.startsWith('tw_session='))).toMatch(/Secure/);
  });
});

describe('binding beyond loopback', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });
  const make = async (env: Record<string, string>) => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-bind-'));
    dirs.push(dataDir);
    const store = await openLowdbStore({ dir: dataDir });
    const server = createServer({
      store,
      registry: createToolRegistry(),
      config: loadConfig({ DATA_DIR: dataDir }),
      logger: silentLogger,
      settings: loadSettings({ dataDir, env: {} }),
      authEnv: env,
      clock: testDay,
    });
    return { server, store };
  };

  it('is refused without accounts, with a sentence saying how to create the owner', async () => {
    const { server, store } = await make({});
    const error = await server.listen(0, '0.0.0.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartRefusedError);
    expect((error as Error).message).toMatch(
      /will not listen on 0\.0\.0\.0 without accounts.*\/setup.*TOOLWRIGHT_OWNER_EMAIL and TOOLWRIGHT_OWNER_PASSWORD/,
    );
    expect(server.httpServer.listening).toBe(false);
    await store.close();
  });

  it('is allowed once the owner comes from the environment (headless)', async () => {
    const { server, store } = await make({ TOOLWRIGHT_OWNER_EMAIL: 'ops@example.com', TOOLWRIGHT_OWNER_PASSWORD: 'ops-password-123' });
    // Checked without binding: no network beyond loopback in tests.
    await expect(server.auth.beforeListen('0.0.0.0')).resolves.toBeUndefined();
    expect(await store.accounts.hasOwner()).toBe(true);
    expect((await store.accounts.findUserByEmail('ops@example.com'))!.passwordHash).toMatch(/^\$argon2id\$/);
    await store.close();
  });
});

describe('accounts mode: headers, size limits, public links, audit', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers carry security headers, with a CSP that allows only our own scripts', async () => {
    const answer = await fetch(`${h.url}/login`);
    const csp = answer.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(answer.headers.get('referrer-policy')).toBe('same-origin');
    expect((await fetch(`${h.url}/api/health`)).headers.get('content-security-policy')).toBeTruthy();
  });

  it('sign-in bodies are size-limited (413 with a sentence)', async () => {
    const big = await h.call('POST', '/api/auth/login', { body: { email: 'a@example.com', password: 'x'.repeat(100_000) } });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/too large.*\.$/);
  });

  it('a public link runs the app for anyone, shows nothing else, and stops when revoked or unshared', async () => {
    const owner = await h.member('owner');
    expect((await h.call('POST', '/api/apps', { as: owner, body: { spec: SPEC } })).status).toBe(201);
    const early = await h.call('POST', '/api/apps/notes/public-links', { as: owner });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/public-link first/);
    expect((await h.call('PUT', '/api/apps/notes/access', { as: owner, body: { level: 'public-link' } })).status).toBe(200);
    const link = await h.call('POST', '/api/apps/notes/public-links', { as: owner });
    expect(link.status).toBe(201);
    expect(link.body.link).toMatch(/^\/p\/twp_[A-Za-z0-9_-]{32}$/);
    const token = link.body.token as string;

    const shown = await h.call('GET', `/api/public/${token}`);
    expect(shown.body.app).toMatchObject({ name: 'Notes' });
    expect(shown.body.app.steps).toBeUndefined();
    const ran = await h.call('POST', `/api/public/${token}/runs`, { body: { inputs: { topic: 'hello' } } });
    expect(ran.status).toBe(201);
    expect(ran.body.run.status).toBe('dry-run');
    expect(ran.body.run.steps[0].request).toBeUndefined();
    // Run only: the records and the app itself stay closed to the link holder.
    expect((await h.call('GET', '/api/apps/notes/collections/leads/records')).status).toBe(401);
    // A forged token: its last two characters replaced by two others (1 in 4,096 tokens already ends in "xx").
    const forged = `${token.slice(0, -2)}${token.endsWith('xx') ? 'yy' : 'xx'}`;
    expect((await h.call('GET', `/api/public/${forged}`)).status).toBe(404);

    expect((await h.call('DELETE', '/api/apps/notes/public-links', { as: owner })).body.revoked).toBe(1);
    expect((await h.call('GET', `/api/public/${token}`)).status).toBe(404);
    const second = (await h.call('POST', '/api/apps/notes/public-links', { as: owner })).body.token as string;
    expect((await h.call('PUT', '/api/apps/notes/access', { as: owner, body: { level: 'workspace' } })).status).toBe(200);
    const unshared = await h.call('GET', `/api/public/${second}`);
    expect(unshared.status).toBe(404);
    expect(unshared.body.error.message).toMatch(/does not work.*\.$/);
  });

  it('owners read who changed which app, access, key, member and token, and when', async () => {
    const owner = await h.member('owner');
    const editor = await h.member('editor');
    await h.call('PUT', '/api/apps/notes/model', {
      as: editor,
      body: { model: 'gemini-3-flash-preview', step: null, provider: null, options: null },
    });
    await h.call('PUT', '/api/settings', { as: owner, body: { openaiApiKey: 'sk-audit-test-key-0000000000' } });
    await h.tokenFor(editor);
    await h.call('POST', '/api/apps', { as: editor, body: { spec: { ...SPEC, slug: 'gone' } } });
    expect((await h.call('DELETE', '/api/apps/gone', { as: editor })).status).toBe(204);
    const { body } = await h.call('GET', '/api/audit', { as: owner });
    const actions = body.entries.map((e: { action: string }) => e.action);
    for (const action of [
      'app.create',
      'app.delete',
      'app.bind_model',
      'app.set_access',
      'app.public_link_create',
      'app.public_link_revoke',
      'key.set',
      'member.invite',
      'member.join',
      'token.create',
      'member.owner_created',
    ]) {
      expect(actions, action).toContain(action);
    }
    const bind = body.entries.find((e: { action: string }) => e.action === 'app.bind_model');
    expect(bind).toMatchObject({ actorId: editor.userId, target: 'notes' });
    expect(Date.parse(bind.at)).not.toBeNaN();
    expect(JSON.stringify(body)).not.toContain('sk-audit-test-key');
    const page = await h.call('GET', '/members', { as: owner });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('Audit log');
    expect((await h.call('GET', '/members', { as: editor })).status).toBe(403);
  });
});

describe('members: a workspace keeps an owner', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the last owner cannot be demoted or removed; with a second owner they can step down', async () => {
    const first = await h.signIn(OWNER.email, OWNER.password);
    const demote = await h.call('PUT', `/api/members/${first.userId}`, { as: first, body: { role: 'editor' } });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('last_owner');
    const remove = await h.call('DELETE', `/api/members/${first.userId}`, { as: first });
    expect(remove.status).toBe(409);
    expect(remove.body.error.code).toBe('last_owner');
    expect((await h.call('PUT', '/api/members/nobody', { as: first, body: { role: 'editor' } })).status).toBe(404);
    const second = await h.member('owner', 'second-owner@example.com');
    expect((await h.call('PUT', `/api/members/${first.userId}`, { as: second, body: { role: 'editor' } })).status).toBe(200);
    const last = await h.call('DELETE', `/api/members/${second.userId}`, { as: second });
    expect(last.status).toBe(409);
  });
});
