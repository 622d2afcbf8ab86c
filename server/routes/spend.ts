/**
 * Spend and budgets: the workspace's spend report (the get_spend tool), one app's month to
 * date and cost per run, and the monthly budgets of the workspace and of each app.
 */
import { Router } from 'express';
import { z } from 'zod';
import { appSpendReport } from '../../agent/spend/spend-report';
import { GetSpendInputSchema } from '../../agent/tools/get-spend';
import { actorFor } from '../http/actor';
import { parseRequest } from '../http/validate';
import { BudgetInputSchema, removeBudget, setBudget } from '../spend/budgets-service';
import { requireApp } from './app-lookup';
import { callTool } from './call-tool';
import type { ApiDeps } from './deps';
import { SlugParams } from './params';

const SpendQuery = z.strictObject({ month: GetSpendInputSchema.shape.month.unwrap().optional() });

export function spendRoutes(deps: ApiDeps): Router {
  const router = Router();

  router.get('/spend', async (req, res) => {
    const { month } = parseRequest(SpendQuery, req.query, 'query');
    const result = await callTool(deps, req, 'get_spend', { month: month ?? null });
    res.json(result.data);
  });

  router.get('/apps/:slug/spend', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    res.json(await appSpendReport(deps.store, await requireApp(deps.store, slug), new Date()));
  });

  router.get('/budgets', async (req, res) => {
    const actor = actorFor(req);
    const apps = new Map((await deps.store.listApps(actor.workspaceId)).map((a) => [a.id, a.slug]));
    const budgets = await deps.store.spend.listBudgets(actor.workspaceId);
    res.json({ budgets: budgets.map((b) => ({ ...b, appSlug: b.appId === null ? null : (apps.get(b.appId) ?? null) })) });
  });

  router.put('/budgets/workspace', async (req, res) => {
    const input = parseRequest(BudgetInputSchema, req.body, 'body');
    res.json({ budget: await setBudget(deps.store, actorFor(req), null, input, new Date()) });
  });

  router.delete('/budgets/workspace', async (req, res) => {
    await removeBudget(deps.store, actorFor(req), null);
    res.status(204).end();
  });

  router.put('/apps/:slug/budget', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    const input = parseRequest(BudgetInputSchema, req.body, 'body');
    const app = await requireApp(deps.store, slug);
    res.json({ budget: { ...(await setBudget(deps.store, actorFor(req), app, input, new Date())), appSlug: app.slug } });
  });

  router.delete('/apps/:slug/budget', async (req, res) => {
    const { slug } = parseRequest(SlugParams, req.params, 'params');
    await removeBudget(deps.store, actorFor(req), await requireApp(deps.store, slug));
    res.status(204).end();
  });

  return router;
}
