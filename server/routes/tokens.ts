/**
 * API tokens for the API and MCP (`Authorization: Bearer twk_…`): shown once at creation,
 * kept as a SHA-256 digest, scoped to the workspace, acting with the member's current role,
 * revocable. Members see and revoke their own; owners see and revoke everyone's.
 */
import { Router } from 'express';
import { z } from 'zod';
import { newApiToken } from '../auth/api-tokens';
import { actorFor } from '../http/actor';
import { notFound } from '../http/http-error';
import { auditRequest } from '../http/audit-request';
import { parseRequest } from '../http/validate';
import type { ApiTokenRow } from '../store/auth-records';
import type { AuthRouteDeps } from './auth-deps';

const CreateBody = z.object({ name: z.string().trim().min(1).max(80) });
const IdParams = z.object({ id: z.string().min(1).max(100) });

/** Everything but the digest. */
const view = (t: ApiTokenRow) => ({
  id: t.id,
  name: t.name,
  hint: `…${t.hint}`,
  userId: t.userId,
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

export function tokenRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  const { accounts } = deps.store;
  const visible = async (req: Parameters<typeof actorFor>[0]) => {
    const actor = actorFor(req);
    const all = await accounts.listApiTokens(actor.workspaceId);
    return { actor, tokens: actor.role === 'owner' ? all : all.filter((t) => t.userId === actor.userId) };
  };

  router.get('/', async (req, res) => {
    res.json({ tokens: (await visible(req)).tokens.map(view) });
  });

  router.post('/', async (req, res) => {
    const actor = actorFor(req);
    const { name } = parseRequest(CreateBody, req.body, 'body');
    if (!actor.userId) {
      throw notFound(
        'API tokens belong to accounts. Create the owner at /setup first; in single-user mode the API needs no token on this machine.',
      );
    }
    const secret = newApiToken();
    const row = await accounts.createApiToken({
      digest: secret.digest,
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      name,
      hint: secret.hint,
    });
    await auditRequest(deps.store, req, {
      action: 'token.create',
      target: row.id,
      detail: { name },
    });
    res.status(201).json({
      token: secret.token,
      apiToken: view(row),
      summary: 'Copy the token now; it is not shown again. Send it as "Authorization: Bearer <token>".',
    });
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    const { tokens } = await visible(req);
    if (!tokens.some((t) => t.id === id)) throw notFound(`There is no API token "${id}" of yours. List them with GET /api/tokens.`);
    const row = await accounts.revokeApiToken(id);
    await auditRequest(deps.store, req, {
      action: 'token.revoke',
      target: id,
      detail: { name: row.name },
    });
    res.json({ apiToken: view(row) });
  });

  return router;
}
