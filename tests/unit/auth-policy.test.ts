/** The pieces of the gate on their own: route matching, app visibility, the sign-in brake, session secrets. */
import { describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { canSeeApp } from '../../agent/access/can-see-app';
import { FREE_FAILURES, REFUSE_AFTER, WINDOW_MS, createLoginThrottle } from '../../server/auth/login-throttle';
import { findPolicy } from '../../server/auth/route-policy';
import { csrfTokenFor, newLinkSecret, newSessionSecret } from '../../server/auth/sessions';

describe('route policy lookup', () => {
  it('literal segments win over params, methods must match, trailing slashes are ignored', () => {
    expect(findPolicy('GET', '/api/models/compare')?.policy.path).toBe('/api/models/compare');
    expect(findPolicy('GET', '/api/models/gpt-5-mini')?.policy.path).toBe('/api/models/:id');
    expect(findPolicy('GET', '/api/apps/crm/')?.params).toEqual({ slug: 'crm' });
    expect(findPolicy('HEAD', '/api/apps')?.policy.least).toBe('viewer');
    expect(findPolicy('DELETE', '/api/models')).toBeNull();
    expect(findPolicy('GET', '/api/apps/%E0%A4%A')).toBeNull();
  });
});

describe('app visibility', () => {
  const app = (level: 'private' | 'workspace' | 'public-link', workspaceId = 'default') => ({
    workspaceId,
    spec: AppSpecSchema.parse({ specVersion: 1, name: 'A', slug: 'a', model: { model: 'gpt-5-mini' }, access: { level } }),
  });
  const actor = (role: 'owner' | 'editor' | 'runner' | 'viewer', workspaceId = 'default') => ({ userId: 'u', workspaceId, role });

  it('private: owners and editors; workspace and public-link: every member; other workspaces: nobody', () => {
    expect(['owner', 'editor', 'runner', 'viewer'].map((r) => canSeeApp(actor(r as never), app('private')))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(['owner', 'editor', 'runner', 'viewer'].every((r) => canSeeApp(actor(r as never), app('workspace')))).toBe(true);
    expect(canSeeApp(actor('viewer'), app('public-link'))).toBe(true);
    expect(canSeeApp(actor('owner', 'acme'), app('workspace'))).toBe(false);
  });
});

describe('sign-in brake', () => {
  it('free, then doubling waits, then refused until the window passes; success clears', () => {
    let now = 0;
    const throttle = createLoginThrottle(() => now);
    const waits = [];
    for (let i = 0; i < REFUSE_AFTER; i += 1) {
      waits.push(throttle.check('k'));
      throttle.fail('k');
    }
    expect(waits.slice(0, FREE_FAILURES)).toEqual([0, 0, 0]);
    expect(waits.slice(FREE_FAILURES)).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
    expect(throttle.check('k')).toBe('refused');
    expect(throttle.check('other')).toBe(0);
    now += WINDOW_MS + 1;
    expect(throttle.check('k')).toBe(0);
    throttle.fail('k');
    throttle.succeed('k');
    expect(throttle.check('k')).toBe(0);
  });
});

describe('session secrets', () => {
  it('cookie values are random, stored as a digest, and the CSRF token is a different derived value', () => {
    const a = newSessionSecret();
    const b = newSessionSecret();
    expect(a.value).not.toBe(b.value);
    expect(a.value).toMatch(/^tws_[A-Za-z0-9_-]{43}$/);
    expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(a.digest).not.toContain(a.value.slice(4, 20));
    expect(csrfTokenFor(a.value)).not.toBe(a.digest);
    expect(csrfTokenFor(a.value)).toBe(csrfTokenFor(a.value));
    expect(csrfTokenFor(a.value)).not.toBe(csrfTokenFor(b.value));
    expect(newLinkSecret('twp_').value).toMatch(/^twp_[A-Za-z0-9_-]{32}$/);
  });
});
