/**
 * Members of the caller's workspace (owners only): list with pending invitations, invite with
 * a role (the link is shown once; only its digest is kept), change a role, remove. Accepting
 * an invitation (POST /api/invitations/accept) needs the link's secret and a password.
 */
import { Router } from 'express';
import { z } from 'zod';
import { digestToken } from '../auth/api-tokens';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { newLinkSecret } from '../auth/sessions';
import { actorFor } from '../http/actor';
import { HttpError, notFound } from '../http/http-error';
import { setSessionCookies } from '../http/session';
import { parseRequest } from '../http/validate';
import { ROLES, type Role } from '../../agent/access/roles';
import type { AuthRouteDeps } from './auth-deps';
import { NewPasswordSchema } from './auth';

const RoleSchema = z.enum(ROLES as [Role, ...Role[]]);
const InviteBody = z.object({ email: z.email().max(320), role: RoleSchema });
const RoleBody = z.object({ role: RoleSchema });
const UserParams = z.object({ userId: z.string().min(1).max(100) });
const IdParams = z.object({ id: z.string().min(1).max(100) });
const AcceptBody = z.object({ token: z.string().min(10).max(200), password: NewPasswordSchema });

const INVITE_DAYS = 7;

export function memberRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  const { accounts } = deps.store;
  const audit = (workspaceId: string, actorId: string | null, action: string, target: string, detail: Record<string, unknown> = {}) =>
    deps.store.appendAudit({ workspaceId, actorId, action, target, detail });

  /** The member's membership, refusing (409) when `role` would leave the workspace without an owner (null: removed). */
  const changeableMember = async (workspaceId: string, userId: string, role: Role | null) => {
    const current = await accounts.getMembership(workspaceId, userId);
    if (!current) throw notFound(`There is no member "${userId}" in this workspace. List them with GET /api/members.`);
    if (current.role === 'owner' && role !== 'owner') {
      const ownersLeft = (await accounts.listMembers(workspaceId)).filter((m) => m.role === 'owner' && m.userId !== userId).length;
      if (ownersLeft === 0) throw new HttpError(409, 'last_owner', 'A workspace needs at least one owner. Make someone else owner first.');
    }
    return current;
  };

  router.get('/', async (req, res) => {
    const { workspaceId } = actorFor(req);
    const members = await Promise.all(
      (await accounts.listMembers(workspaceId)).map(async (m) => ({
        userId: m.userId,
        email: (await accounts.getUser(m.userId))?.email ?? null,
        role: m.role,
        since: m.createdAt,
      })),
    );
    const invitations = (await accounts.listInvitations(workspaceId)).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt,
    }));
    res.json({ members, invitations });
  });

  router.post('/invitations', async (req, res) => {
    const actor = actorFor(req);
    const { email, role } = parseRequest(InviteBody, req.body, 'body');
    const secret = newLinkSecret('twi_');
    const invitation = await accounts.createInvitation({
      digest: secret.digest,
      workspaceId: actor.workspaceId,
      email,
      role,
      invitedBy: actor.userId ?? 'single-user',
      expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString(),
    });
    await audit(actor.workspaceId, actor.userId, 'member.invite', invitation.email, { role });
    res.status(201).json({
      invitation: { id: invitation.id, email: invitation.email, role, expiresAt: invitation.expiresAt },
      link: `/invite/${secret.value}`,
      summary: `Send this link to ${invitation.email}; it works once, for ${INVITE_DAYS} days, and is not shown again.`,
    });
  });

  router.delete('/invitations/:id', async (req, res) => {
    const actor = actorFor(req);
    const { id } = parseRequest(IdParams, req.params, 'params');
    const invitation = (await accounts.listInvitations(actor.workspaceId)).find((i) => i.id === id);
    if (!invitation) throw notFound(`There is no pending invitation "${id}". List them with GET /api/members.`);
    await accounts.deleteInvitation(id);
    await audit(actor.workspaceId, actor.userId, 'member.invite_revoke', invitation.email);
    res.status(204).end();
  });

  router.put('/:userId', async (req, res) => {
    const actor = actorFor(req);
    const { userId } = parseRequest(UserParams, req.params, 'params');
    const { role } = parseRequest(RoleBody, req.body, 'body');
    const current = await changeableMember(actor.workspaceId, userId, role);
    await accounts.setMembership({ workspaceId: actor.workspaceId, userId, role });
    await audit(actor.workspaceId, actor.userId, 'member.role', userId, { from: current.role, to: role });
    res.json({ member: { userId, role } });
  });

  router.delete('/:userId', async (req, res) => {
    const actor = actorFor(req);
    const { userId } = parseRequest(UserParams, req.params, 'params');
    const current = await changeableMember(actor.workspaceId, userId, null);
    await accounts.removeMembership(actor.workspaceId, userId);
    await accounts.deleteSessionsOf(userId);
    await audit(actor.workspaceId, actor.userId, 'member.remove', userId, { role: current.role });
    res.status(204).end();
  });

  return router;
}

export function invitationRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  const { accounts } = deps.store;
  router.post('/accept', async (req, res) => {
    const { token, password } = parseRequest(AcceptBody, req.body, 'body');
    const invitation = await accounts.findInvitation(digestToken(token));
    if (!invitation || Date.parse(invitation.expiresAt) < Date.now()) {
      throw notFound('That invitation link is not valid: it was used, revoked or has expired. Ask an owner for a new one.');
    }
    const existing = await accounts.findUserByEmail(invitation.email);
    if (existing && !(await verifyPassword(existing.passwordHash, password))) {
      throw new HttpError(
        401,
        'invalid_credentials',
        `${invitation.email} already has an account here; enter its password to join this workspace.`,
      );
    }
    const user = existing ?? (await accounts.createUser({ email: invitation.email, passwordHash: await hashPassword(password) }));
    await accounts.setMembership({ workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role });
    await accounts.deleteInvitation(invitation.id);
    await deps.store.appendAudit({
      workspaceId: invitation.workspaceId,
      actorId: user.id,
      action: 'member.join',
      target: user.email,
      detail: { role: invitation.role },
    });
    const session = await deps.auth.login(invitation.email, password);
    if (session) setSessionCookies(req, res, session.cookie);
    res.status(201).json({ user: { id: user.id, email: user.email }, workspaceId: invitation.workspaceId, role: invitation.role });
  });
  return router;
}
