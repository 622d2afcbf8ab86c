/**
 * Whether a run may start under the monthly budgets of its app and workspace: a hard budget
 * the run's estimate would pass refuses it, unless the app's budget names a fallback binding,
 * which then runs instead (by the owner's choice, even past the budget). Soft budgets never
 * refuse; they warn (budget-warnings.ts).
 */
import { formatUsd } from '../../agent/catalog/index';
import type { ModelBinding } from '../../agent/spec/app-spec';
import type { Budget } from '../../agent/ports/spend';
import { nextMonthStart, type Month } from '../../agent/spend/month';

export type BudgetDecision =
  | { kind: 'run' }
  | { kind: 'refuse'; sentence: string }
  | { kind: 'fallback'; binding: ModelBinding; reason: string };

export interface BudgetState {
  budget: Budget;
  /** USD already spent this month in the budget's scope. */
  spent: number;
}

export const budgetName = (budget: Budget, appSlug: string): string =>
  budget.appId === null ? "the workspace's monthly budget" : `the monthly budget of the app "${appSlug}"`;

export function decideBudget(
  states: readonly BudgetState[],
  estimate: number,
  appSlug: string,
  month: Month,
  fallback: ModelBinding | null,
): BudgetDecision {
  if (estimate <= 0) return { kind: 'run' };
  const over = states.find((s) => s.budget.mode === 'hard' && s.spent + estimate > s.budget.monthlyUsd);
  if (!over) return { kind: 'run' };
  const left = Math.max(0, over.budget.monthlyUsd - over.spent);
  const facts = `${budgetName(over.budget, appSlug)} (${formatUsd(over.budget.monthlyUsd)}, hard) has ${formatUsd(left)} left for ${month.label} and this run is estimated at ${formatUsd(estimate)}`;
  if (fallback) return { kind: 'fallback', binding: fallback, reason: `Ran on the fallback ${fallback.model}: ${facts}.` };
  return {
    kind: 'refuse',
    sentence: `Refused before any model was called: ${facts}. Raise the budget, name a cheaper fallback model for the app, or wait until ${nextMonthStart(month)}.`,
  };
}
