/**
 * Public links: an app whose access is "public-link" can be run by anyone holding an
 * unguessable link (/p/<token>), and nothing else — no records, no spec beyond its form, no
 * history. Editors create links (shown once; digest at rest) and revoke them.
 */
import { Router } from 'express';
import { z } from 'zod';
import { digestToken } from '../auth/api-tokens';
import { newLinkSecret } from '../auth/sessions';
import { actorFor } from '../http/actor';
import { HttpError, notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import type { PublicLink } from '../store/auth-records';
import type { RunRow, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { requireApp } from './app-lookup';
import type { AuthRouteDeps } from './auth-deps';
import { SlugParams } from './params';
import { assertNotRefused } from '../spend/budget-refusal';

const TokenParams = z.object({ token: z.string().min(10).max(200) });
const RunBody = z.object({ inputs: z.record(z.string(), z.unknown()).default({}) });

/** The app a public-link token opens; one 404 sentence for every way a link stops working. Also the /p/<token> page's. */
export async function resolvePublicLink(store: Store, token: string): Promise<{ link: PublicLink; app: StoredApp }> {
  const link = await store.accounts.findPublicLink(digestToken(token));
  const app = link ? await store.getApp(link.appSlug) : null;
  if (
    !link ||
    !app ||
    app.workspaceId !== link.workspaceId ||
    (link.appId !== undefined && link.appId !== app.id) ||
    app.spec.access.level !== 'public-link'
  ) {
    throw notFound(
      'This link does not work (any more): it was revoked, or the app is no longer shared by link. Ask whoever sent it for a new one.',
    );
  }
  return { link, app };
}

/** Mints a link to `app` (already public-link), audited; the token is in the returned value only. */
export async function mintPublicLink(store: Store, app: StoredApp, actorId: string | null): Promise<{ path: string; token: string }> {
  const secret = newLinkSecret('twp_');
  await store.accounts.createPublicLink({
    digest: secret.digest,
    workspaceId: app.workspaceId,
    appSlug: app.slug,
    appId: app.id,
    hint: secret.hint,
    createdBy: actorId,
  });
  await store.appendAudit({
    workspaceId: app.workspaceId,
    actorId,
    action: 'app.public_link_create',
    target: app.slug,
    detail: { hint: secret.hint },
  });
  return { path: `/p/${secret.value}`, token: secret.value };
}

/** What a public caller sees of a run: status and outputs, not the wire requests. */
function publicRun(run: RunRow) {
  return {
    id: run.id,
    status: run.status,
    error: run.error,
    steps: run.steps.map((s) => ({ stepId: s.stepId, status: s.status, output: s.output, error: s.error })),
  };
}

export function appPublicLinkRoutes(deps: AuthRouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { accounts } = deps.store;
  const load = (params: unknown): Promise<StoredApp> => requireApp(deps.store, parseRequest(SlugParams, params, 'params').slug);

  router.get('/', async (req, res) => {
    const app = await load(req.params);
    const links = await accounts.listPublicLinks(app.workspaceId, app.slug);
    res.json({ links: links.map((l) => ({ id: l.id, hint: `…${l.hint}`, createdAt: l.createdAt })) });
  });

  router.post('/', async (req, res) => {
    const app = await load(req.params);
    const actor = actorFor(req);
    if (app.spec.access.level !== 'public-link') {
      throw new HttpError(
        422,
        'not_public',
        `"${app.slug}" is ${app.spec.access.level}. Set its access to public-link first (PUT /api/apps/${app.slug}/access).`,
      );
    }
    const link = await mintPublicLink(deps.store, app, actor.userId);
    res.status(201).json({
      link: link.path,
      token: link.token,
      summary: 'Anyone with this link can run the app (nothing else). Copy it now; it is not shown again.',
    });
  });

  router.delete('/', async (req, res) => {
    const app = await load(req.params);
    const actor = actorFor(req);
    const revoked = await accounts.revokePublicLinks(app.workspaceId, app.slug);
    await deps.store.appendAudit({
      workspaceId: app.workspaceId,
      actorId: actor.userId,
      action: 'app.public_link_revoke',
      target: app.slug,
      detail: { revoked },
    });
    res.json({ revoked, summary: `${revoked} link${revoked === 1 ? '' : 's'} revoked.` });
  });

  return router;
}

export function publicRunRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  const resolve = (params: unknown) => resolvePublicLink(deps.store, parseRequest(TokenParams, params, 'params').token);

  router.get('/:token', async (req, res) => {
    const { app } = await resolve(req.params);
    res.json({ app: { name: app.spec.name, description: app.spec.description, inputs: app.spec.inputs } });
  });

  router.post('/:token/runs', async (req, res) => {
    const { app, link } = await resolve(req.params);
    const { inputs } = parseRequest(RunBody, req.body, 'body');
    const run = await deps.runtime.run({
      app,
      inputs,
      trigger: { kind: 'api', detail: 'public link' },
      actor: { userId: null, workspaceId: link.workspaceId, role: 'runner' },
    });
    assertNotRefused(run);
    res.status(201).json({ run: publicRun(run) });
  });

  return router;
}
