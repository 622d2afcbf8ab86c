/** The account pages: /login, /setup, /invite/<token>, /members, /p/<token>. Mounted before the other pages. */
import { Router } from 'express';
import { z } from 'zod';
import type { Auth } from '../auth/auth-service';
import { principalOf } from '../auth/principal';
import { isLoopbackAddress } from '../routes/auth';
import { resolvePublicLink } from '../routes/auth-public-links';
import { allowEmbedding } from '../http/allow-embedding';
import { parseRequest } from '../http/validate';
import { page } from './error-page';
import type { Store } from '../store/store';
import { renderAcceptPage, renderLoginPage, renderPublicLinkPage, safeNext } from './login-page';
import { renderMembersPage } from './members-page';
import { renderSetupPage } from './setup-page';
import { HttpError } from '../http/http-error';

const InviteParams = z.object({ token: z.string().min(10).max(200) });

export function createAuthPagesRouter(auth: Auth, store: Store): Router {
  const router = Router();
  router.get('/login', async (req, res, next) => {
    if (!(await auth.accountsMode())) return res.redirect(303, '/setup');
    return page(null, () => renderLoginPage(safeNext(req.query.next)))(req, res, next);
  });
  router.get('/setup', async (req, res, next) => {
    if (await auth.accountsMode()) return res.redirect(303, '/login');
    return page(null, () => {
      if (!isLoopbackAddress(req.socket.remoteAddress)) {
        throw new HttpError(
          403,
          'setup_not_local',
          'The owner can only be created from this machine: open /setup on the server itself, or set TOOLWRIGHT_OWNER_EMAIL and TOOLWRIGHT_OWNER_PASSWORD.',
        );
      }
      return renderSetupPage();
    })(req, res, next);
  });
  router.get(
    '/p/:token',
    allowEmbedding,
    page(null, async (req) => {
      const { token } = parseRequest(InviteParams, req.params, 'params');
      const { app } = await resolvePublicLink(store, token);
      return renderPublicLinkPage(token, { name: app.spec.name, description: app.spec.description, inputs: app.spec.inputs });
    }),
  );
  router.get(
    '/invite/:token',
    page(null, (req) => renderAcceptPage(parseRequest(InviteParams, req.params, 'params').token)),
  );
  router.get(
    '/members',
    page(null, (req) => {
      const principal = principalOf(req);
      if (principal && principal.kind !== 'anonymous' && principal.actor.role !== 'owner') {
        throw new HttpError(403, 'forbidden', 'Only workspace owners manage members. Ask an owner for access.');
      }
      return renderMembersPage();
    }),
  );
  return router;
}
