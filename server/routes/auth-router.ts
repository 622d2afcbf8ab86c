/**
 * The account side of /api, in front of the main API router: the gate (CSRF, then role and
 * app access from ROUTE_POLICIES), rate limits on sign-in and runs, and the account routes
 * (auth, members, invitations, tokens, audit, public links). Each sub-router parses its own
 * small JSON bodies, so the main API keeps its own size limits.
 */
import express, { Router } from 'express';
import { authorize } from '../auth/authorize';
import { csrfProtection } from '../http/csrf';
import { authRateLimit, runRateLimit, uploadRateLimit, type RateLimits } from '../http/rate-limit';
import { auditRoutes } from './audit';
import { authRoutes } from './auth';
import type { AuthRouteDeps } from './auth-deps';
import { appPublicLinkRoutes, publicRunRoutes } from './auth-public-links';
import { invitationRoutes, memberRoutes } from './members';
import { tokenRoutes } from './tokens';

export const AUTH_JSON_LIMIT = '64kb';

export function createAuthApiRouter(deps: AuthRouteDeps, limits: RateLimits): Router {
  const api = Router();
  const json = express.json({ limit: AUTH_JSON_LIMIT });
  const signIn = authRateLimit(limits);
  const runs = runRateLimit(limits);

  api.use(csrfProtection());
  api.use(authorize(deps.store));
  const limited = Router();
  limited.post(['/auth/login', '/auth/setup', '/invitations/accept'], signIn);
  limited.post(['/apps/:slug/runs', '/public/:token/runs'], runs);
  // Runs with image fields are held by the run limit; plain uploads (images, knowledge documents) by their own.
  limited.post(['/files', '/apps/:slug/knowledge'], uploadRateLimit(limits));
  // Only POSTs are limited: every other request skips matching their paths.
  api.use((req, res, next) => (req.method === 'POST' ? limited(req, res, next) : next()));

  api.use('/auth', json, authRoutes(deps));
  api.use('/members', json, memberRoutes(deps));
  api.use('/invitations', json, invitationRoutes(deps));
  api.use('/tokens', json, tokenRoutes(deps));
  api.use('/audit', auditRoutes(deps));
  api.use('/apps/:slug/public-links', json, appPublicLinkRoutes(deps));
  api.use('/public', json, publicRunRoutes(deps));
  return api;
}
