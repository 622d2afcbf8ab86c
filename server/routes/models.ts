/**
 * The model directory: list with filters, show one, compare (compare_models), recommend
 * (recommend_model), estimate a workload's cost (catalog estimateCost). Facts come from agent/catalog, never from here.
 */
import { Router } from 'express';
import { z } from 'zod';
import {
  CapabilitiesSchema,
  estimateCost,
  LifecycleStatusSchema,
  lifecycleStatus,
  listModels,
  liveSuccessor,
  ModalitySchema,
  ModelKindSchema,
  parseWorkload,
  ProviderIdSchema,
  requireModel,
} from '../../agent/catalog/index';
import type { ModelFacts } from '../../agent/catalog/index';
import { cachedJson } from '../http/cached-json';
import { parseRequest } from '../http/validate';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { IdParams } from './params';

const CapabilityName = CapabilitiesSchema.keyof();
/** `?capability=a,b` or `?capability=a&capability=b`. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(20)).optional();
const price = z.coerce.number().min(0).max(1_000_000).optional();

const ListQuery = z.object({
  kind: ModelKindSchema.optional(),
  provider: ProviderIdSchema.optional(),
  capability: listOf(CapabilityName),
  inputModality: ModalitySchema.optional(),
  outputModality: ModalitySchema.optional(),
  status: listOf(LifecycleStatusSchema),
  includeShutDown: z.enum(['true', 'false']).optional(),
  /** USD per 1M input tokens at most (models with unknown price are left out). */
  maxInputPrice: price,
  maxOutputPrice: price,
  q: z.string().max(120).optional(),
});

const CompareQuery = z.object({ ids: listOf(z.string().min(1).max(120)) });

function matchesPrice(m: ModelFacts, max: number | undefined, field: 'input' | 'output'): boolean {
  if (max === undefined) return true;
  const value = m.pricing[field];
  return value !== null && value <= max;
}

export function modelRoutes(deps: ApiDeps): Router {
  const router = Router();
  const today = () => deps.clock?.() ?? new Date();
  const sendCached = cachedJson();

  // The list is a function of the query and the day (lifecycles change by date), so it is built once per both.
  router.get('/', (req, res) => {
    const query = req.originalUrl.slice(req.originalUrl.indexOf('?') + 1 || req.originalUrl.length);
    sendCached(req, res, `${today().toISOString().slice(0, 10)}?${query}`, () => listFor(req.query));
  });

  const listFor = (rawQuery: unknown) => {
    const q = parseRequest(ListQuery, rawQuery, 'query');
    const text = q.q?.toLowerCase();
    const models = listModels({
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.provider ? { provider: q.provider } : {}),
      ...(q.capability ? { capability: q.capability } : {}),
      ...(q.inputModality ? { inputModality: q.inputModality } : {}),
      ...(q.outputModality ? { outputModality: q.outputModality } : {}),
      ...(q.status ? { status: q.status } : {}),
      excludeShutDown: q.includeShutDown !== 'true',
      now: today(),
    }).filter(
      (m) =>
        matchesPrice(m, q.maxInputPrice, 'input') &&
        matchesPrice(m, q.maxOutputPrice, 'output') &&
        (!text || [m.id, m.displayName, ...m.aliases].some((n) => n.toLowerCase().includes(text))),
    );
    // Status and successor on the day of the list (it is cached per day), so pages need not judge lifecycles themselves.
    const now = today();
    // A list carries what a list shows and filters on; provenance and caveats (fieldSources,
    // notes, source: a third of the bytes) are on the model's own route, GET /api/models/:id.
    const withStatus = models.map((m) => {
      const { fieldSources, notes, source, ...listed } = m;
      return { ...listed, statusToday: lifecycleStatus(m, now), liveSuccessor: liveSuccessor(m, now)?.id ?? null };
    });
    return { models: withStatus, total: models.length };
  };

  // Both doors: GET ?ids=a,b (links) and POST { models, workload } (the tool's input).
  router.get('/compare', async (req, res) => {
    const { ids } = parseRequest(CompareQuery, req.query, 'query');
    res.json(await callTool(deps, req, 'compare_models', { models: ids ?? [], workload: null }));
  });
  router.post('/compare', async (req, res) => {
    res.json(await callTool(deps, req, 'compare_models', req.body));
  });

  router.post('/recommend', async (req, res) => {
    res.json(await callTool(deps, req, 'recommend_model', req.body));
  });

  // A workload as agent/catalog's WorkloadSchema takes it (requestsPerMonth, inputTokens, images…).
  router.post('/:id/estimate', (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    const model = requireModel(id);
    res.json({ estimate: estimateCost(model, parseWorkload(req.body ?? {}), { now: today() }) });
  });

  router.get('/:id', (req, res) => {
    const { id } = parseRequest(IdParams, req.params, 'params');
    res.json({ model: requireModel(id) });
  });

  return router;
}
