/**
 * Accounts mode and who a request is. Single-user mode (no owner yet) is the zero-config
 * default on loopback: every caller is the owner of workspace 'default'. Once an owner
 * exists (created at /setup or from TOOLWRIGHT_OWNER_EMAIL + TOOLWRIGHT_OWNER_PASSWORD),
 * callers sign in with a session cookie or an API token; everyone else is anonymous.
 */
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logger';
import type { Session } from '../store/auth-records';
import type { Store } from '../store/store';
import { DEFAULT_WORKSPACE, SINGLE_USER_ACTOR } from '../../agent/access/actor';
import { isLoopbackHost } from '../http/host-check';
import { HttpError } from '../http/http-error';
import { digestToken, looksLikeApiToken } from './api-tokens';
import { hashPassword, verifyPassword } from './passwords';
import type { Principal } from './principal';
import { SESSION_DAYS, csrfTokenFor, newSessionSecret } from './sessions';

export const SESSION_COOKIE = 'tw_session';
const TOKEN_TOUCH_MS = 60_000;

export class StartRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export interface Auth {
  accountsMode(): Promise<boolean>;
  /** Who sent this request; throws 401 for a bearer token that is not valid. */
  resolve(req: IncomingMessage): Promise<Principal>;
  /** Checks the password; answers the new session's cookie value, or null (wrong email or password). */
  login(email: string, password: string): Promise<{ cookie: string; session: Session } | null>;
  logout(sessionDigest: string): Promise<void>;
  /** First owner of workspace 'default'; refused (409) once one exists. */
  createOwner(email: string, password: string): Promise<{ userId: string }>;
  /** Creates the owner from env when asked to and none exists; refuses a non-loopback bind without accounts. */
  beforeListen(host: string): Promise<void>;
}

/** The caller's session cookie value, if any. */
export function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

function bearerOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : '';
}

export function createAuth(deps: { store: Store; logger: Logger; env?: NodeJS.ProcessEnv }): Auth {
  const { store, logger } = deps;
  const accounts = store.accounts;
  const env = deps.env ?? process.env;
  let ownerExists = false;
  let creating: Promise<unknown> = Promise.resolve();

  const accountsMode = async () => (ownerExists ||= await accounts.hasOwner());

  const memberActor = async (workspaceId: string, userId: string) => {
    const membership = await accounts.getMembership(workspaceId, userId);
    return membership ? { userId, workspaceId, role: membership.role } : null;
  };

  const createOwner = (email: string, password: string) => {
    // One at a time, so two first visits cannot both become owner.
    const attempt = creating.then(async () => {
      if (await accountsMode()) {
        throw new HttpError(409, 'owner_exists', 'This Toolwright already has an owner. Sign in at /login instead.');
      }
      const passwordHash = await hashPassword(password);
      await accounts.ensureWorkspace({ id: DEFAULT_WORKSPACE, name: 'Default' });
      const user = await accounts.createUser({ email, passwordHash });
      await accounts.setMembership({ workspaceId: DEFAULT_WORKSPACE, userId: user.id, role: 'owner' });
      ownerExists = true;
      await store.appendAudit({
        workspaceId: DEFAULT_WORKSPACE,
        actorId: user.id,
        action: 'member.owner_created',
        target: user.email,
        detail: {},
      });
      return { userId: user.id };
    });
    creating = attempt.catch(() => undefined);
    return attempt;
  };

  return {
    accountsMode,
    async resolve(req) {
      const bearer = bearerOf(req);
      if (bearer !== null) {
        const token = looksLikeApiToken(bearer) ? await accounts.findApiToken(digestToken(bearer)) : null;
        const actor = token && !token.revokedAt ? await memberActor(token.workspaceId, token.userId) : null;
        if (!token || !actor) {
          throw new HttpError(
            401,
            'invalid_token',
            'That API token is not valid: it was revoked, mistyped, or its member was removed. Create a new one on the members page.',
          );
        }
        const at = new Date();
        if (!token.lastUsedAt || at.getTime() - Date.parse(token.lastUsedAt) > TOKEN_TOUCH_MS) {
          await accounts.touchApiToken(token.id, at.toISOString());
        }
        return { kind: 'token', actor, tokenId: token.id };
      }
      const cookie = cookieValue(req, SESSION_COOKIE);
      if (cookie) {
        const digest = digestToken(cookie);
        const session = await accounts.getSession(digest);
        if (session && Date.parse(session.expiresAt) > Date.now()) {
          const actor = await memberActor(session.workspaceId, session.userId);
          const user = actor ? await accounts.getUser(session.userId) : null;
          if (actor && user) {
            return { kind: 'session', actor, sessionDigest: digest, csrfToken: csrfTokenFor(cookie), email: user.email };
          }
        }
      }
      if (await accountsMode()) return { kind: 'anonymous' };
      return { kind: 'single-user', actor: SINGLE_USER_ACTOR };
    },
    async login(email, password) {
      const user = await accounts.findUserByEmail(email);
      // Verify against a real hash even for an unknown email, so timing does not tell which emails exist.
      const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
      if (!user || !ok) return null;
      const memberships = await accounts.listMembershipsOf(user.id);
      const home = memberships.find((m) => m.workspaceId === DEFAULT_WORKSPACE) ?? memberships[0];
      if (!home) return null;
      const secret = newSessionSecret();
      const session = await accounts.createSession({
        id: secret.digest,
        userId: user.id,
        workspaceId: home.workspaceId,
        expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString(),
      });
      return { cookie: secret.value, session };
    },
    async logout(sessionDigest) {
      await accounts.deleteSession(sessionDigest);
    },
    createOwner,
    async beforeListen(host) {
      const email = env.TOOLWRIGHT_OWNER_EMAIL?.trim();
      const password = env.TOOLWRIGHT_OWNER_PASSWORD;
      if (email && password && !(await accountsMode())) {
        await createOwner(email, password);
        logger.info('owner account created from TOOLWRIGHT_OWNER_EMAIL', { email });
      }
      if (!isLoopbackHost(host.toLowerCase()) && !(await accountsMode())) {
        throw new StartRefusedError(
          `Toolwright will not listen on ${host} without accounts, because anyone who can reach it would be the owner. Create the owner first: start once on 127.0.0.1 and open /setup, or set TOOLWRIGHT_OWNER_EMAIL and TOOLWRIGHT_OWNER_PASSWORD (at least 10 characters).`,
        );
      }
    },
  };
}

// A valid Argon2id hash of a random string, used only to spend the same time on unknown emails.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$PvhgnSejw8Ln2dlkmZnu+w$gqLq3qYS0V6t00SdwFFEA7xwaxLKaEgLhuEEtBXZlcE';
