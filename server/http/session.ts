/**
 * Resolves the caller once per request (API token, session cookie, single-user owner or
 * anonymous) and sets or clears the session cookies: the session itself (HttpOnly,
 * SameSite=Lax, Path=/, Secure behind https) and the CSRF token the page's script echoes in
 * the X-CSRF-Token header (readable by that script, SameSite=Strict).
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Actor } from '../../agent/access/actor';
import { SESSION_COOKIE, type Auth } from '../auth/auth-service';
import { signInRequired } from '../auth/auth-errors';
import { principalOf, setPrincipal } from '../auth/principal';
import { SESSION_DAYS, csrfTokenFor } from '../auth/sessions';

export const CSRF_COOKIE = 'tw_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function authenticate(auth: Auth): RequestHandler {
  return (req, _res, next) => {
    auth.resolve(req).then(
      (principal) => setPrincipal(req, principal, () => next()),
      (error: unknown) => setPrincipal(req, { kind: 'anonymous' }, () => next(error)),
    );
  };
}

/** The signed-in actor; undefined when no authenticate middleware ran (routers mounted bare). Anonymous → 401. */
export function authenticatedActor(req: Request): Actor | undefined {
  const principal = principalOf(req);
  if (!principal) return undefined;
  if (principal.kind === 'anonymous') throw signInRequired();
  return principal.actor;
}

/** https directly or via a proxy; Secure only makes the cookie stricter, so trusting the header here is safe. */
function isHttps(req: Request): boolean {
  return req.secure || req.headers['x-forwarded-proto'] === 'https';
}

export function setSessionCookies(req: Request, res: Response, value: string): void {
  const common = { path: '/', secure: isHttps(req), maxAge: SESSION_DAYS * 86_400_000 };
  res.cookie(SESSION_COOKIE, value, { ...common, httpOnly: true, sameSite: 'lax' });
  res.cookie(CSRF_COOKIE, csrfTokenFor(value), { ...common, httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookies(req: Request, res: Response): void {
  const common = { path: '/', secure: isHttps(req) };
  res.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true, sameSite: 'lax' });
  res.clearCookie(CSRF_COOKIE, { ...common, sameSite: 'strict' });
}
