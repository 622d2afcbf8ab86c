/**
 * Sign-in: POST /api/auth/login (slowed, then refused, after repeated failures), logout, who am
 * I, and POST /api/auth/setup — the first owner, only from this machine while none exists.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { principalOf } from '../auth/principal';
import { HttpError } from '../http/http-error';
import { clearSessionCookies, setSessionCookies } from '../http/session';
import { parseRequest } from '../http/validate';
import type { AuthRouteDeps } from './auth-deps';

const Email = z.email().max(320);
const LoginBody = z.object({ email: Email, password: z.string().min(1).max(1000) });
export const NewPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH, `choose at least ${MIN_PASSWORD_LENGTH} characters`).max(1000);
const SetupBody = z.object({ email: Email, password: NewPasswordSchema });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function authRoutes(deps: AuthRouteDeps): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { email, password } = parseRequest(LoginBody, req.body, 'body');
    const key = `${clientAddress(req)}|${email.toLowerCase()}`;
    const wait = deps.throttle.check(key);
    if (wait === 'refused') {
      res.setHeader('Retry-After', '900');
      throw new HttpError(
        429,
        'too_many_failures',
        'Too many failed sign-ins for this email from this address. Wait 15 minutes, then try again.',
      );
    }
    // Counted before any await, so parallel attempts cannot all pass the check at zero.
    deps.throttle.fail(key);
    if (wait > 0) await sleep(wait);
    const result = await deps.auth.login(email, password);
    if (!result) {
      deps.logger.warn('sign-in failed', { email: email.toLowerCase(), address: clientAddress(req) });
      throw new HttpError(401, 'invalid_credentials', 'That email and password do not match an account here. Check them and try again.');
    }
    deps.throttle.succeed(key);
    setSessionCookies(req, res, result.cookie);
    const membership = await deps.store.accounts.getMembership(result.session.workspaceId, result.session.userId);
    res.json({
      user: { id: result.session.userId, email: email.toLowerCase() },
      workspaceId: result.session.workspaceId,
      role: membership?.role ?? null,
    });
  });

  router.post('/setup', async (req, res) => {
    if (!isLoopbackAddress(clientAddress(req))) {
      throw new HttpError(
        403,
        'setup_not_local',
        'The owner can only be created from this machine. Open /setup on the server itself (http://127.0.0.1), or set TOOLWRIGHT_OWNER_EMAIL and TOOLWRIGHT_OWNER_PASSWORD.',
      );
    }
    const { email, password } = parseRequest(SetupBody, req.body, 'body');
    await deps.auth.createOwner(email, password);
    const result = await deps.auth.login(email, password);
    if (result) setSessionCookies(req, res, result.cookie);
    res.status(201).json({
      user: { email: email.toLowerCase() },
      workspaceId: 'default',
      role: 'owner',
      summary: 'The owner account exists; accounts mode is on. Invite your team from the members page.',
    });
  });

  router.post('/logout', async (req, res) => {
    const principal = principalOf(req);
    if (principal?.kind === 'session') await deps.auth.logout(principal.sessionDigest);
    clearSessionCookies(req, res);
    res.json({ summary: 'Signed out.' });
  });

  router.get('/me', (req, res) => {
    const principal = principalOf(req);
    if (!principal || principal.kind === 'anonymous') {
      res.json({ mode: 'accounts', signedIn: false });
      return;
    }
    res.json({
      mode: principal.kind === 'single-user' ? 'single-user' : 'accounts',
      signedIn: true,
      via: principal.kind,
      userId: principal.actor.userId,
      email: principal.kind === 'session' ? principal.email : null,
      workspaceId: principal.actor.workspaceId,
      role: principal.actor.role,
    });
  });

  return router;
}
