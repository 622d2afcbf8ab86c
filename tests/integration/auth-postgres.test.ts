/**
 * Accounts on PostgreSQL, end to end through HTTP: owner from env, invitation accepted, sign-in
 * by cookie with CSRF, an API token acting with its role and refused once revoked, another
 * workspace's member told apps do not exist — the same flows the lowdb tests drive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/store/postgres';
import { createTestDatabase } from '../setup/test-database';
import { startAuthHarness, type AuthHarness } from '../fixtures/auth-harness';

const SPEC = { specVersion: 1, name: 'Notes', slug: 'notes', model: { model: 'gpt-5-mini' }, access: { level: 'workspace' } };

describe('accounts on PostgreSQL', () => {
  let h: AuthHarness;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await createTestDatabase('auth_http');
    drop = db.drop;
    h = await startAuthHarness({ store: await openPostgresStore({ url: db.url }) });
  });
  afterAll(async () => {
    await h?.close();
    await drop?.();
  });

  it('sign-in, roles, tokens, revocation and workspaces behave as on lowdb', async () => {
    const owner = await h.member('owner');
    expect((await h.call('POST', '/api/apps', { as: owner, body: { spec: SPEC } })).status).toBe(201);
    const viewer = await h.member('viewer');
    expect((await h.call('GET', '/api/apps/notes', { as: viewer })).status).toBe(200);
    expect((await h.call('PATCH', '/api/apps/notes', { as: viewer, body: { changes: [{ op: 'rename', name: 'X' }] } })).status).toBe(403);
    expect(
      (await h.call('PATCH', '/api/apps/notes', { as: owner, body: { changes: [{ op: 'rename', name: 'X' }] }, csrf: false })).status,
    ).toBe(403);

    const token = await h.tokenFor(viewer);
    expect((await h.call('GET', '/api/apps', { as: token })).status).toBe(200);
    const [row] = (await h.call('GET', '/api/tokens', { as: viewer })).body.tokens;
    expect(row.lastUsedAt).not.toBeNull();
    expect((await h.call('DELETE', `/api/tokens/${row.id}`, { as: viewer })).status).toBe(200);
    expect((await h.call('GET', '/api/apps', { as: token })).status).toBe(401);

    const outsider = await h.outsider();
    expect((await h.call('GET', '/api/apps/notes', { as: outsider })).status).toBe(404);
    expect((await h.call('GET', '/api/apps', { as: outsider })).body.data.apps).toEqual([]);

    await h.call('PUT', `/api/members/${viewer.userId}`, { as: owner, body: { role: 'editor' } });
    expect((await h.call('PATCH', '/api/apps/notes', { as: viewer, body: { changes: [{ op: 'rename', name: 'Y' }] } })).status).toBe(200);
    expect((await h.call('DELETE', `/api/members/${owner.userId}`, { as: owner })).status).toBe(409);
    const audit = (await h.call('GET', '/api/audit', { as: owner })).body.entries.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['member.role', 'token.revoke', 'token.create', 'app.update_app']));
  });
});
