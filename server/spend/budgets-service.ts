/**
 * Setting and removing monthly budgets (owners and editors; the route policy says who), each
 * change in the audit log with what it was before. A fallback binding belongs to an app's
 * budget and must be a directory model able to run at least one of the app's AI steps.
 */
import { z } from 'zod';
import { findModel } from '../../agent/catalog/index';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import type { Actor } from '../../agent/access/actor';
import { HttpError, notFound } from '../http/http-error';
import type { StoredApp } from '../store/records';
import type { Budget } from '../../agent/ports/spend';
import type { Store } from '../store/store';
import { applyFallback } from './apply-fallback';

export const BudgetInputSchema = z.strictObject({
  /** USD per calendar month (UTC). */
  monthlyUsd: z.number().positive('must be more than 0').max(1_000_000, 'must be at most 1,000,000'),
  mode: z.enum(['hard', 'soft']).default('hard'),
  /** App budgets only: the model every AI step it can serve runs on once a hard budget is reached. */
  fallback: z
    .strictObject({ model: z.string().trim().min(1).max(120) })
    .nullable()
    .default(null),
});
export type BudgetInput = z.infer<typeof BudgetInputSchema>;

const invalid = (message: string) => new HttpError(422, 'invalid_budget', message);

function fallbackFor(app: StoredApp | null, input: BudgetInput): Budget['fallback'] {
  if (!input.fallback) return null;
  if (input.mode === 'soft')
    throw invalid('A fallback only applies to a hard budget (a soft one never refuses a run). Use mode "hard" or leave the fallback out.');
  if (!app) throw invalid("A fallback model belongs to an app's budget, not the workspace's. Set it with PUT /api/apps/<slug>/budget.");
  const facts = findModel(input.fallback.model);
  if (!facts) throw invalid(`There is no model "${input.fallback.model}" in the directory. Pick one from GET /api/models.`);
  const binding = { model: facts.id, options: {} };
  if (applyFallback(AppSpecSchema.parse(app.spec), binding).steps.length === 0) {
    throw invalid(
      `${facts.id} cannot run any AI step of "${app.slug}" (it lacks what they need). Pick a model of the same kind as the app's steps.`,
    );
  }
  return binding;
}

export async function setBudget(store: Store, actor: Actor, app: StoredApp | null, input: BudgetInput, now: Date): Promise<Budget> {
  const fallback = fallbackFor(app, input);
  const appId = app?.id ?? null;
  const before = (await store.spend.listBudgets(actor.workspaceId)).find((b) => b.appId === appId) ?? null;
  const budget = await store.spend.putBudget({
    workspaceId: actor.workspaceId,
    appId,
    monthlyUsd: input.monthlyUsd,
    mode: input.mode,
    fallback,
    updatedBy: actor.userId,
    updatedAt: now.toISOString(),
  });
  await store.appendAudit({
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: 'budget.set',
    target: app?.slug ?? 'workspace',
    detail: { before, after: budget },
  });
  return budget;
}

export async function removeBudget(store: Store, actor: Actor, app: StoredApp | null): Promise<void> {
  const appId = app?.id ?? null;
  const before = (await store.spend.listBudgets(actor.workspaceId)).find((b) => b.appId === appId);
  if (!before || !(await store.spend.deleteBudget(actor.workspaceId, appId))) {
    throw notFound(app ? `The app "${app.slug}" has no budget.` : 'The workspace has no budget.');
  }
  await store.appendAudit({
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: 'budget.delete',
    target: app?.slug ?? 'workspace',
    detail: { before },
  });
}
