/**
 * Everything accounts add to the server, built once and mounted by createServer: the
 * per-request authentication + page gate, the /api account router (gate, limits, routes),
 * the account pages, and the actor resolvers for the chat socket and MCP (API tokens and
 * single-user mode only for MCP: a cookie there would need CSRF protection it cannot carry).
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Router } from 'express';
import type { Actor } from '../../agent/access/actor';
import type { Logger } from '../logger';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../http/rate-limit';
import { authenticate } from '../http/session';
import { createAuthPagesRouter } from '../pages/login-router';
import { createAuthApiRouter } from '../routes/auth-router';
import type { Runtime } from '../runtime/run-app';
import type { Store } from '../store/store';
import { createAuth, type Auth } from './auth-service';
import { createLoginThrottle } from './login-throttle';
import { pageGate } from './page-gate';

export interface AuthLayer {
  auth: Auth;
  /** authenticate, then the pages' gate. */
  middleware: RequestHandler[];
  api: Router;
  pages: Router;
  socketActor(request: IncomingMessage): Promise<Actor | null>;
  bearerActor(request: IncomingMessage): Promise<Actor | null>;
}

export function createAuthLayer(deps: {
  store: Store;
  logger: Logger;
  runtime: Runtime;
  env?: NodeJS.ProcessEnv;
  rateLimits?: RateLimits;
}): AuthLayer {
  const auth = createAuth({ store: deps.store, logger: deps.logger, env: deps.env });
  const throttle = createLoginThrottle();
  const actorOf = async (request: IncomingMessage, allowCookie: boolean): Promise<Actor | null> => {
    const principal = await auth.resolve(request).catch(() => null);
    if (!principal || principal.kind === 'anonymous') return null;
    if (principal.kind === 'session' && (!allowCookie || !sameOriginOrNone(request))) return null;
    return principal.actor;
  };
  return {
    auth,
    middleware: [authenticate(auth), pageGate(deps.store)],
    api: createAuthApiRouter(
      { store: deps.store, auth, throttle, runtime: deps.runtime, logger: deps.logger },
      deps.rateLimits ?? DEFAULT_RATE_LIMITS,
    ),
    pages: createAuthPagesRouter(auth, deps.store),
    // A cookie is sent by any page of the same site (other localhost ports too), so a socket
    // signed in by cookie must come from our own origin.
    socketActor: (request) => actorOf(request, true),
    bearerActor: (request) => actorOf(request, false),
  };
}

function sameOriginOrNone(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
