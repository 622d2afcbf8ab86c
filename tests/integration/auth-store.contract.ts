/**
 * The accounts part of the Store contract (called from runStoreContract, so every adapter
 * runs it): users with unique emails, memberships, sessions and tokens found by digest,
 * revocation, invitations, public links, sealed secrets, and all of it surviving a reopen.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/store';
import { StoreError } from '../../agent/ports/store-error';

export function runAccountContract(current: () => Store, reopen: () => Promise<Store>, swap: (store: Store) => void): void {
  describe('accounts', () => {
    it('users: unique email (case-insensitive), found by email and id', async () => {
      const accounts = current().accounts;
      const user = await accounts.createUser({ email: 'Ada@Example.com', passwordHash: '$argon2id$x' });
      expect(user.email).toBe('ada@example.com');
      expect(await accounts.findUserByEmail('ADA@example.com')).toEqual(user);
      expect(await accounts.getUser(user.id)).toEqual(user);
      const error = await accounts.createUser({ email: 'ada@example.com', passwordHash: 'y' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).kind).toBe('conflict');
      expect(await accounts.findUserByEmail('nobody@example.com')).toBeNull();
    });

    it('memberships: one role per workspace and user; hasOwner turns on accounts mode', async () => {
      const accounts = current().accounts;
      expect(await accounts.hasOwner()).toBe(false);
      await accounts.ensureWorkspace({ id: 'default', name: 'Default' });
      const a = await accounts.createUser({ email: 'a@example.com', passwordHash: 'h' });
      const b = await accounts.createUser({ email: 'b@example.com', passwordHash: 'h' });
      await accounts.setMembership({ workspaceId: 'default', userId: b.id, role: 'viewer' });
      expect(await accounts.hasOwner()).toBe(false);
      await accounts.setMembership({ workspaceId: 'default', userId: a.id, role: 'owner' });
      await accounts.setMembership({ workspaceId: 'default', userId: b.id, role: 'editor' });
      expect(await accounts.hasOwner()).toBe(true);
      expect((await accounts.listMembers('default')).map((m) => [m.userId, m.role])).toEqual([
        [b.id, 'editor'],
        [a.id, 'owner'],
      ]);
      expect(await accounts.getMembership('default', b.id)).toMatchObject({ role: 'editor' });
      expect(await accounts.listMembershipsOf(a.id)).toHaveLength(1);
      await accounts.removeMembership('default', b.id);
      expect(await accounts.getMembership('default', b.id)).toBeNull();
      expect(await accounts.getMembership('other', a.id)).toBeNull();
    });

    it('sessions and API tokens are found by digest; tokens revoke and record last use', async () => {
      const accounts = current().accounts;
      const session = await accounts.createSession({
        id: 'd1',
        userId: 'u1',
        workspaceId: 'default',
        expiresAt: '2999-01-01T00:00:00.000Z',
      });
      expect(await accounts.getSession('d1')).toEqual(session);
      await accounts.createSession({ id: 'd2', userId: 'u1', workspaceId: 'default', expiresAt: '2999-01-01T00:00:00.000Z' });
      await accounts.deleteSession('d1');
      expect(await accounts.getSession('d1')).toBeNull();
      await accounts.deleteSessionsOf('u1');
      expect(await accounts.getSession('d2')).toBeNull();

      const token = await accounts.createApiToken({ digest: 'abc', workspaceId: 'default', userId: 'u1', name: 'ci', hint: 'wxyz' });
      expect(token).toMatchObject({ lastUsedAt: null, revokedAt: null });
      expect(await accounts.findApiToken('abc')).toEqual(token);
      await accounts.touchApiToken(token.id, '2026-01-01T00:00:00.000Z');
      expect((await accounts.findApiToken('abc'))!.lastUsedAt).toBe('2026-01-01T00:00:00.000Z');
      const revoked = await accounts.revokeApiToken(token.id);
      expect(revoked.revokedAt).not.toBeNull();
      expect(await accounts.listApiTokens('default')).toHaveLength(1);
      expect(await accounts.listApiTokens('other')).toHaveLength(0);
      expect(await accounts.findApiToken('nope')).toBeNull();
    });

    it('invitations, public links and secrets', async () => {
      const accounts = current().accounts;
      const invite = await accounts.createInvitation({
        digest: 'inv',
        workspaceId: 'default',
        email: 'New@Example.com',
        role: 'runner',
        invitedBy: 'u1',
        expiresAt: '2999-01-01T00:00:00.000Z',
      });
      expect(invite.email).toBe('new@example.com');
      expect(await accounts.findInvitation('inv')).toEqual(invite);
      expect(await accounts.listInvitations('default')).toHaveLength(1);
      await accounts.deleteInvitation(invite.id);
      expect(await accounts.findInvitation('inv')).toBeNull();

      await accounts.createPublicLink({ digest: 'pl1', workspaceId: 'default', appSlug: 'crm', hint: 'abcd', createdBy: 'u1' });
      await accounts.createPublicLink({ digest: 'pl2', workspaceId: 'default', appSlug: 'other', hint: 'efgh', createdBy: 'u1' });
      expect(await accounts.findPublicLink('pl1')).toMatchObject({ appSlug: 'crm' });
      expect(await accounts.listPublicLinks('default', 'crm')).toHaveLength(1);
      expect(await accounts.revokePublicLinks('default', 'crm')).toBe(1);
      expect(await accounts.findPublicLink('pl1')).toBeNull();
      expect(await accounts.findPublicLink('pl2')).not.toBeNull();

      await accounts.setSecret({ workspaceId: 'default', name: 'openaiApiKey', sealed: 'v1:a:b:c', hint: '1234' });
      await accounts.setSecret({ workspaceId: 'default', name: 'openaiApiKey', sealed: 'v1:d:e:f', hint: '5678' });
      expect((await accounts.listSecrets('default')).map((s) => [s.name, s.sealed, s.hint])).toEqual([
        ['openaiApiKey', 'v1:d:e:f', '5678'],
      ]);
      await accounts.setSecret({ workspaceId: 'default', name: 'openaiApiKey', sealed: null });
      expect(await accounts.listSecrets('default')).toEqual([]);
    });

    it('accounts survive close and reopen', async () => {
      const accounts = current().accounts;
      const user = await accounts.createUser({ email: 'keep@example.com', passwordHash: 'h' });
      await accounts.setMembership({ workspaceId: 'default', userId: user.id, role: 'owner' });
      await accounts.createApiToken({ digest: 'keep', workspaceId: 'default', userId: user.id, name: 't', hint: 'abcd' });
      await current().close();
      swap(await reopen());
      const again = current().accounts;
      expect(await again.findUserByEmail('keep@example.com')).toEqual(user);
      expect(await again.hasOwner()).toBe(true);
      expect(await again.findApiToken('keep')).toMatchObject({ userId: user.id });
    });
  });
}
