/**
 * Issue 17 finding 2: a public link dies with its app's link sharing — deleting the app, or
 * moving it off public-link access (even back again later), revokes it — and it is bound to
 * the app's id, so a new app that takes the old slug is not opened by the old link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestToken } from '../../server/auth/api-tokens';
import { startAuthHarness, type AuthHarness, type Caller } from '../fixtures/auth-harness';

const spec = (slug: string) => ({
  specVersion: 1,
  name: 'Shared',
  slug,
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'topic', label: 'Topic', type: 'text' }],
  steps: [{ id: 'd', title: 'D', kind: 'generate-text', prompt: 'About {{inputs.topic}}' }],
  access: { level: 'public-link' },
});

describe('public links end with their app (issue 17 finding 2)', () => {
  let h: AuthHarness;
  let owner: Caller & { kind: 'session' };
  beforeAll(async () => {
    h = await startAuthHarness();
    owner = await h.member('owner');
  });
  afterAll(() => h?.close());

  const newLink = async (slug: string): Promise<string> => {
    const made = await h.call('POST', `/api/apps/${slug}/public-links`, { as: owner });
    expect(made.status).toBe(201);
    return made.body.token;
  };
  const opens = async (token: string) => ({
    get: (await h.call('GET', `/api/public/${token}`)).status,
    run: (await h.call('POST', `/api/public/${token}/runs`, { body: { inputs: { topic: 'x' } } })).status,
  });

  it('deleting the app revokes its links; a new app with the same slug is not opened by them', async () => {
    expect((await h.call('POST', '/api/apps', { as: owner, body: { spec: spec('pub') } })).status).toBe(201);
    const token = await newLink('pub');
    expect(await opens(token)).toEqual({ get: 200, run: 201 });
    expect((await h.call('DELETE', '/api/apps/pub', { as: owner })).status).toBe(204);
    expect((await h.call('POST', '/api/apps', { as: owner, body: { spec: spec('pub') } })).status).toBe(201);
    expect(await opens(token)).toEqual({ get: 404, run: 404 });
  });

  it('a link bound to another app id (one that held the slug before) does not open the current app', async () => {
    expect((await h.call('POST', '/api/apps', { as: owner, body: { spec: spec('pub-2') } })).status).toBe(201);
    const app = (await h.store.getApp('pub-2'))!;
    const row = async (appId: string) => {
      const value = `twp_bound_${appId}_0123456789abcdef`;
      await h.store.accounts.createPublicLink({
        digest: digestToken(value),
        workspaceId: app.workspaceId,
        appSlug: 'pub-2',
        appId,
        hint: value.slice(-4),
        createdBy: null,
      });
      return value;
    };
    expect(await opens(await row('an-app-deleted-earlier'))).toEqual({ get: 404, run: 404 });
    expect(await opens(await row(app.id))).toEqual({ get: 200, run: 201 });
    // Links made through the API carry the id.
    await newLink('pub-2');
    expect((await h.store.accounts.listPublicLinks(app.workspaceId, 'pub-2')).every((l) => l.appId !== undefined)).toBe(true);
  });

  it('switching the app private and back does not revive old links', async () => {
    expect((await h.call('POST', '/api/apps', { as: owner, body: { spec: spec('pub-3') } })).status).toBe(201);
    const token = await newLink('pub-3');
    expect((await h.call('PUT', '/api/apps/pub-3/access', { as: owner, body: { level: 'private' } })).status).toBe(200);
    expect((await h.call('PUT', '/api/apps/pub-3/access', { as: owner, body: { level: 'public-link' } })).status).toBe(200);
    expect(await opens(token)).toEqual({ get: 404, run: 404 });
    const fresh = await newLink('pub-3');
    expect(await opens(fresh)).toEqual({ get: 200, run: 201 });
  });
});
