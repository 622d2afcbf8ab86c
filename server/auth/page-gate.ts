/**
 * The pages' gate (the API has its own in authorize.ts): signed-out visitors in accounts mode
 * go to /login; the builder and settings need an editor; an app page the caller may not see
 * answers 404 like a missing app. Sign-in, setup, invitation and public-link pages and the
 * static assets are open.
 */
import type { RequestHandler } from 'express';
import { renderErrorPage } from '../pages/error-page';
import type { Store } from '../store/store';
import { canSeeApp } from '../../agent/access/can-see-app';
import { principalOf } from './principal';
import { atLeast } from '../../agent/access/roles';

const OPEN = [/^\/login$/, /^\/setup$/, /^\/invite\//, /^\/p\//, /^\/assets\//];
const EDITOR_PAGES = new Set(['/', '/settings', '/deliveries', '/spend']);

export function pageGate(store: Store): RequestHandler {
  return async (req, res, next) => {
    try {
      if (req.path.startsWith('/api/') || req.path === '/api' || req.path.startsWith('/mcp') || OPEN.some((re) => re.test(req.path)))
        return next();
      const principal = principalOf(req);
      if (!principal || principal.kind === 'single-user') return next();
      if (principal.kind === 'anonymous') {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
        return;
      }
      const { actor } = principal;
      if (EDITOR_PAGES.has(req.path) && !atLeast(actor.role, 'editor')) {
        res.redirect(303, '/apps');
        return;
      }
      const slug = /^\/apps\/([^/]+)$/.exec(req.path)?.[1];
      if (slug !== undefined) {
        const app = await store.getApp(decodeURIComponent(slug));
        if (app && !canSeeApp(actor, app)) {
          res
            .status(404)
            .type('html')
            .send(renderErrorPage(404, `There is no app "${app.slug}". Pick one from the apps list.`, 'apps').value);
          return;
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
