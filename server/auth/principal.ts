/**
 * Who is calling, as resolved once per request by the authenticate middleware
 * (server/http/session.ts): kept per request and in an AsyncLocalStorage, so route code asks
 * `actorFor(req)` and page templates can ask `currentRole()` without threading it through.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { Actor } from '../../agent/access/actor';
import type { Role } from '../../agent/access/roles';

export type Principal =
  | { kind: 'single-user'; actor: Actor }
  | { kind: 'session'; actor: Actor & { userId: string }; sessionDigest: string; csrfToken: string; email: string }
  | { kind: 'token'; actor: Actor & { userId: string }; tokenId: string }
  | { kind: 'anonymous' };

const byRequest = new WeakMap<IncomingMessage, Principal>();
const context = new AsyncLocalStorage<Principal>();

export function setPrincipal(req: IncomingMessage, principal: Principal, next: () => void): void {
  byRequest.set(req, principal);
  context.run(principal, next);
}

/** undefined when the authenticate middleware did not run for this request (routers mounted bare in tests). */
export function principalOf(req: IncomingMessage): Principal | undefined {
  return byRequest.get(req);
}

/** The role of whoever the current request is for; null outside a request or when anonymous. */
export function currentRole(): Role | null {
  const principal = context.getStore();
  return principal && principal.kind !== 'anonymous' ? principal.actor.role : null;
}

export function currentPrincipalKind(): Principal['kind'] | null {
  return context.getStore()?.kind ?? null;
}
