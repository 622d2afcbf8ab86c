/**
 * CSRF protection for state-changing requests (anything but GET/HEAD/OPTIONS):
 * - signed in by cookie: the X-CSRF-Token header must carry the session's token (double
 *   submit: the page's script reads it from the tw_csrf cookie, which other sites cannot);
 * - any request with an Origin header from another site is refused, which also protects
 *   single-user mode on loopback from pages that post forms to 127.0.0.1.
 * Requests with an API token carry no ambient credential, so they need neither.
 */
import type { RequestHandler } from 'express';
import { csrfRefused } from '../auth/auth-errors';
import { principalOf } from '../auth/principal';
import { sameSecret } from '../auth/sessions';
import { CSRF_HEADER } from './session';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function csrfProtection(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    const origin = req.headers.origin;
    // An opaque origin ('null') is not a URL, so it is never the same origin either.
    if (origin !== undefined && !sameOrigin(origin, req.headers.host)) return next(csrfRefused());
    const principal = principalOf(req);
    if (principal?.kind === 'session') {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, principal.csrfToken)) return next(csrfRefused());
    }
    next();
  };
}
