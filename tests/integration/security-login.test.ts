/**
 * Acceptance (issue 8): brute force on sign-in is slowed, then refused (429 with a sentence),
 * also for the right password; CSRF: a cookie-authenticated change without the token (or from
 * another site) is refused with 403 and a sentence; rate limits on sign-in and runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiToken } from '../../server/auth/api-tokens';
import { FREE_FAILURES, REFUSE_AFTER } from '../../server/auth/login-throttle';
import { OWNER, startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';

const SPEC = {
  specVersion: 1,
  name: 'Notes',
  slug: 'notes',
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text' }],
  steps: [{ id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'About {{inputs.topic}}' }],
  access: { level: 'workspace' },
};

// Each block has its own server; they run side by side (the brute-force one mostly waits out the
// throttle's real delays), while the cases inside a block keep their order.
describe.concurrent('security: sign-in brute force', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.sequential('failures past the free ones are slowed (each waits longer), then every attempt is refused, even the right password', async () => {
    const attempt = async (password: string) => {
      const started = performance.now();
      const answer = await h.call('POST', '/api/auth/login', { body: { email: OWNER.email, password } });
      return { ...answer, ms: performance.now() - started };
    };
    const answers = [];
    for (let i = 0; i < REFUSE_AFTER; i += 1) answers.push(await attempt(`wrong-password-${i}`));
    expect(answers.map((a) => a.status)).toEqual(Array(REFUSE_AFTER).fill(401));
    expect(answers[0]!.body.error.message).toMatch(/do not match.*\.$/);
    // Lower bounds only: the server waits 250 ms, 500 ms, 1 s … before checking these.
    expect(answers[FREE_FAILURES]!.ms).toBeGreaterThanOrEqual(240);
    expect(answers[FREE_FAILURES + 2]!.ms).toBeGreaterThanOrEqual(990);
    expect(answers[REFUSE_AFTER - 1]!.ms).toBeGreaterThanOrEqual(3990);

    const refused = await attempt(OWNER.password);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Too many failed sign-ins.*Wait 15 minutes.*\.$/);
    expect(refused.headers.get('retry-after')).toBe('900');
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it.sequential('another email from the same address is not held back', async () => {
    const member = await h.call('POST', '/api/auth/login', { body: { email: 'nobody@example.com', password: 'whatever-123' } });
    expect(member.status).toBe(401);
  });
});

describe.concurrent('security: parallel sign-in attempts (issue 17 finding 7)', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.sequential('45 concurrent wrong passwords cannot all reach the password check: the ones past the limit are refused', async () => {
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        h.call('POST', '/api/auth/login', { body: { email: OWNER.email, password: `wrong-password-${i}` } }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(REFUSE_AFTER);
    expect(answers.filter((a) => a.status === 429).every((a) => a.body.error.code === 'too_many_failures')).toBe(true);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45 - REFUSE_AFTER);
  });
});

describe.concurrent('security: rate limits', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness({ rateLimits: { authPer15Min: 3, runsPerMinute: 2 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.sequential('sign-in attempts per address are capped with 429 and a sentence', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await h.call('POST', '/api/auth/login', { body: { email: `x${i}@example.com`, password: 'nope-nope-nope' } })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const last = await h.call('POST', '/api/auth/login', { body: { email: 'y@example.com', password: 'nope-nope-nope' } });
    expect(last.body.error).toMatchObject({ code: 'rate_limited' });
    expect(last.body.error.message).toMatch(/Wait 15 minutes.*\.$/);
  });

  it.sequential('runs per caller are capped with 429 and a sentence', async () => {
    await h.store.createApp({ workspaceId: 'default', spec: SPEC as never, createdBy: null });
    const owner = await h.store.accounts.findUserByEmail(OWNER.email);
    // Sign-in is capped in this server, so the owner's token is made in the store.
    const secret = newApiToken();
    await h.store.accounts.createApiToken({
      digest: secret.digest,
      workspaceId: 'default',
      userId: owner!.id,
      name: 't',
      hint: secret.hint,
    });
    const token = { kind: 'token' as const, token: secret.token, userId: owner!.id, workspaceId: 'default', role: 'owner' as const };
    const answers = [];
    for (let i = 0; i < 3; i += 1)
      answers.push(await h.call('POST', '/api/apps/notes/runs', { as: token, body: { inputs: { topic: 'x' } } }));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 429]);
    expect(answers[2]!.body.error.message).toMatch(/Too many runs.*Wait a minute.*\.$/);
  });
});

describe.concurrent('security: CSRF', () => {
  let h: AuthHarness;
  beforeAll(async () => {
    h = await startAuthHarness();
    await h.store.createApp({ workspaceId: 'default', spec: SPEC as never, createdBy: null });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.sequential('a cookie-authenticated change without the CSRF token is refused with 403 and a sentence', async () => {
    const editor = await h.member('editor');
    const change = { changes: [{ op: 'rename', name: 'Renamed' }] };
    const without = await h.call('PATCH', '/api/apps/notes', { as: editor, body: change, csrf: false });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('csrf_refused');
    expect(without.body.error.message).toMatch(/CSRF token.*\.$/);
    const wrong = await h.call('PATCH', '/api/apps/notes', {
      as: editor,
      body: change,
      csrf: false,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(wrong.status).toBe(403);
    // Another member's token does not fit this session.
    const other = await h.member('editor');
    const swapped = await h.call('PATCH', '/api/apps/notes', {
      as: editor,
      body: change,
      csrf: false,
      headers: { 'x-csrf-token': other.csrf },
    });
    expect(swapped.status).toBe(403);
    expect((await h.store.getApp('notes'))!.spec.name).toBe('Notes');

    const ok = await h.call('PATCH', '/api/apps/notes', { as: editor, body: change });
    expect(ok.status).toBe(200);
    // Reads need no token.
    expect((await h.call('GET', '/api/apps/notes', { as: editor })).status).toBe(200);
  });

  it.sequential('a change sent from another site is refused even with the token', async () => {
    const editor = await h.member('editor');
    const answer = await h.call('POST', '/api/apps/notes/collections/x/records', {
      as: editor,
      body: { values: {} },
      headers: { origin: 'https://evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('csrf_refused');
  });
});
