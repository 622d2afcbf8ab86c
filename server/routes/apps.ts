/**
 * Apps: list, get, create (from a template / parts via create_app, or from a whole spec), change
 * (update_app, bind_model, set_access, add/remove_trigger), cost estimate, delete.
 */
import { Router } from 'express';
import { z } from 'zod';
import { checkSpecBindings } from '../../agent/spec/capabilities';
import { checkContextFit } from '../../agent/spec/document-fit';
import { changeResult } from '../../agent/tools/commit-spec';
import { parseAppSpec } from '../../agent/spec/validate-spec';
import { HttpError } from '../http/http-error';
import { actorFor } from '../http/actor';
import { auditRequest } from '../http/audit-request';
import { parseRequest } from '../http/validate';
import { requireApp } from './app-lookup';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

const ListQuery = z.object({ query: z.string().max(200).optional() });
const GetQuery = z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional() });
const FromSpecBody = z.object({ spec: z.unknown() });
// What the person chose for the records: "kept" means the page downloaded them before deleting.
const DeleteQuery = z.object({ records: z.enum(['removed', 'kept']).optional() });
const EstimateQuery = z.object({
  runsPerMonth: z.coerce.number().int().min(0).max(100_000_000).optional(),
  outputTokensPerStep: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

export function appRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { query } = parseRequest(ListQuery, req.query, 'query');
    res.json(await callTool(deps, req, 'list_apps', { query: query ?? null }));
  });

  router.post('/', async (req, res) => {
    const body: unknown = req.body;
    if (body && typeof body === 'object' && 'spec' in body) {
      // A whole spec (import, API clients): parsed by the one AppSpec schema, saved as version 1.
      // Same checks as the tools: schema + semantics (SpecValidationError), then bindings (CapabilityError).
      const { spec, warnings } = checkSpecBindings(parseAppSpec(parseRequest(FromSpecBody, body, 'body').spec), deps.clock?.());
      checkContextFit(spec, deps.clock?.());
      const actor = actorFor(req);
      if (await deps.store.getApp(spec.slug)) {
        throw new HttpError(409, 'conflict', `An app with the slug "${spec.slug}" already exists. Pick another slug or change that app.`);
      }
      const note = 'created from a spec';
      const app = await deps.store.createApp({ workspaceId: actor.workspaceId, spec, createdBy: actor.userId, note });
      await auditRequest(deps.store, req, {
        action: 'app.create',
        target: app.slug,
        detail: { version: 1, note },
      });
      res.status(201).json(changeResult(app, note, warnings, `Created ${app.spec.name} as ${app.slug} from a spec.`));
      return;
    }
    res.status(201).json(await callTool(deps, req, 'create_app', body));
  });

  router.get('/:slug', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const { version } = parseRequest(GetQuery, req.query, 'query');
    res.json(await callTool(deps, req, 'get_app', { slug, version: version ?? null }));
  });

  // Edits: { changes: [...] } as update_app takes them.
  router.patch('/:slug', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.json(await callTool(deps, req, 'update_app', { ...asObject(req.body), slug }));
  });

  router.put('/:slug/model', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.json(await callTool(deps, req, 'bind_model', { ...asObject(req.body), slug }));
  });

  // One step off a shut-down model (the banner's button); the chat calls the same tool.
  router.post('/:slug/move-to-successor', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.json(await callTool(deps, req, 'move_to_successor', { slug }));
  });

  router.put('/:slug/access', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.json(await callTool(deps, req, 'set_access', { ...asObject(req.body), slug }));
  });

  router.post('/:slug/triggers', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.status(201).json(await callTool(deps, req, 'add_trigger', { ...asObject(req.body), slug }));
  });

  // The trigger to remove is described in the body ({ kind, cron?, collection? }), as remove_trigger takes it.
  router.delete('/:slug/triggers', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.json(await callTool(deps, req, 'remove_trigger', { ...asObject(req.body), slug }));
  });

  router.get('/:slug/estimate', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const q = parseRequest(EstimateQuery, req.query, 'query');
    res.json(
      await callTool(deps, req, 'estimate_app_cost', {
        slug,
        runsPerMonth: q.runsPerMonth ?? null,
        outputTokensPerStep: q.outputTokensPerStep ?? null,
        sampleInputs: null,
      }),
    );
  });

  router.delete('/:slug', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const { records } = parseRequest(DeleteQuery, req.query, 'query');
    await requireApp(deps.store, slug);
    // The same tool the chat's "delete this app" calls, so both are audited alike.
    await callTool(deps, req, 'delete_app', { slug, records: records ?? null });
    res.status(204).end();
  });

  return router;
}

/** Body fields merged with path params; a non-object body is left to the tool's validation. */
function asObject(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
