/**
 * The API's gate, in front of every /api route: finds the route in ROUTE_POLICIES, then
 * refuses anonymous callers (401), callers whose app is not theirs to see (404, as if it did
 * not exist), and roles below the route's least role (403). Unlisted routes are owner-only.
 */
import type { RequestHandler } from 'express';
import { notFound } from '../http/http-error';
import type { Store } from '../store/store';
import { canSeeApp } from '../../agent/access/can-see-app';
import { roleTooLow, signInRequired } from './auth-errors';
import { principalOf } from './principal';
import { atLeast } from '../../agent/access/roles';
import { findPolicy } from './route-policy';

export function authorize(store: Store, mountPath = '/api'): RequestHandler {
  return async (req, _res, next) => {
    try {
      const path = mountPath + req.path;
      const match = findPolicy(req.method, path);
      const least = match?.policy.least ?? 'owner';
      if (least === 'anyone') return next();
      const principal = principalOf(req);
      if (!principal || principal.kind === 'anonymous') throw signInRequired();
      const { actor } = principal;
      const slug = match?.params.slug;
      if (slug !== undefined) {
        const app = await store.getApp(slug);
        if (!app || !canSeeApp(actor, app)) throw notFound(`There is no app "${slug}". List your apps with GET /api/apps.`);
      }
      if (!atLeast(actor.role, least)) throw roleTooLow(least, actor.role);
      next();
    } catch (error) {
      next(error);
    }
  };
}
