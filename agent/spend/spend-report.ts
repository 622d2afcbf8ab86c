/**
 * The spend report behind the Spend page, GET /api/spend, `toolwright spend` and the chat's
 * get_spend tool: this month to date and last month, per day (every day, zeros included),
 * per app and per model, the projection to month's end, and each budget with what is left.
 */
import { formatUsd } from '../catalog/index';
import type { AgentPorts } from '../ports/agent-ports';
import type { Budget, SpendTotal } from '../ports/spend';
import { monthOf, previousMonth, type Month } from './month';

export interface AppSpend extends SpendTotal {
  /** Null for the builder agent's own turns. */
  slug: string | null;
  name: string;
}

export interface BudgetStatus {
  scope: 'workspace' | 'app';
  appSlug: string | null;
  monthlyUsd: number;
  mode: Budget['mode'];
  fallback: string | null;
  spentUsd: number;
  leftUsd: number;
}

export interface SpendReport {
  month: Pick<Month, 'key' | 'label' | 'from' | 'to'>;
  /** True when the month is the current one (so it is still running). */
  current: boolean;
  total: SpendTotal;
  lastMonth: { key: string; label: string; total: SpendTotal };
  /** USD by month's end at this month's pace so far (the total itself for a past month). */
  projectionUsd: number;
  byDay: SpendTotal[];
  byApp: AppSpend[];
  byModel: SpendTotal[];
  budgets: BudgetStatus[];
  /** The report in two sentences, for people and the chat. */
  summary: string;
}

/** Every day of the month up to `until` (inclusive), zero where nothing was spent. */
function everyDay(month: Month, until: Date, totals: SpendTotal[]): SpendTotal[] {
  const byKey = new Map(totals.map((t) => [t.key, t]));
  const days: SpendTotal[] = [];
  for (let d = new Date(month.from); d < new Date(month.to) && d <= until; d = new Date(d.getTime() + 86_400_000)) {
    const key = d.toISOString().slice(0, 10);
    days.push(byKey.get(key) ?? { key, costUsd: 0, calls: 0, runs: 0, dryRunUsd: 0, inputTokens: 0, outputTokens: 0, images: 0 });
  }
  return days;
}

function describe(report: Omit<SpendReport, 'summary'>): string {
  const when = report.current ? `This month (${report.month.label})` : `In ${report.month.label}`;
  const runs = `${report.total.runs} run${report.total.runs === 1 ? '' : 's'}`;
  const pace = report.current ? `; at this pace, about ${formatUsd(report.projectionUsd)} by month's end` : '';
  const first = `${when} the workspace spent ${formatUsd(report.total.costUsd)} over ${runs} and ${report.total.calls} model call${report.total.calls === 1 ? '' : 's'}${pace}. ${report.lastMonth.label}: ${formatUsd(report.lastMonth.total.costUsd)}.`;
  const top = report.byApp.find((a) => a.costUsd > 0);
  const most = top
    ? ` The app that costs most is ${top.slug ? `"${top.name}" (${top.slug})` : top.name} at ${formatUsd(top.costUsd)}${report.byApp.length > 1 ? `, of ${report.byApp.length} with spend` : ''}.`
    : ' No app has spent anything yet.';
  return first + most;
}

export async function spendReport(
  store: Pick<AgentPorts, 'spend' | 'listApps'>,
  workspaceId: string,
  now: Date,
  monthKey?: string,
): Promise<SpendReport> {
  const thisMonth = monthOf(now);
  const month = monthKey ? monthOf(new Date(`${monthKey}-01T00:00:00.000Z`)) : thisMonth;
  const current = month.key === thisMonth.key;
  const last = previousMonth(month);
  const query = { workspaceId, from: month.from, to: month.to };
  const [total, lastTotal, days, apps, models, budgets, stored] = await Promise.all([
    store.spend.total(query),
    store.spend.total({ workspaceId, from: last.from, to: last.to }),
    store.spend.totals(query, 'day'),
    store.spend.totals(query, 'app'),
    store.spend.totals(query, 'model'),
    store.spend.listBudgets(workspaceId),
    store.listApps(workspaceId),
  ]);
  const appById = new Map(stored.map((a) => [a.id, a]));
  const byApp: AppSpend[] = apps.map((t) => {
    const app = t.key ? appById.get(t.key) : undefined;
    return { ...t, slug: app?.slug ?? null, name: t.key === null ? 'Builder agent' : (app?.spec.name ?? 'A deleted app') };
  });
  const elapsedDays = Math.max(1, (now.getTime() - new Date(month.from).getTime()) / 86_400_000);
  const projectionUsd = current ? (total.costUsd / Math.min(elapsedDays, month.days)) * month.days : total.costUsd;
  const budgetStatus = budgets.map((b): BudgetStatus => {
    const spent = b.appId === null ? total.costUsd : (apps.find((a) => a.key === b.appId)?.costUsd ?? 0);
    return {
      scope: b.appId === null ? 'workspace' : 'app',
      appSlug: b.appId === null ? null : (appById.get(b.appId)?.slug ?? null),
      monthlyUsd: b.monthlyUsd,
      mode: b.mode,
      fallback: b.fallback?.model ?? null,
      spentUsd: spent,
      leftUsd: Math.max(0, b.monthlyUsd - spent),
    };
  });
  const report = {
    month: { key: month.key, label: month.label, from: month.from, to: month.to },
    current,
    total,
    lastMonth: { key: last.key, label: last.label, total: lastTotal },
    projectionUsd,
    byDay: everyDay(month, current ? now : new Date(new Date(month.to).getTime() - 1), days),
    byApp,
    byModel: models,
    budgets: budgetStatus,
  };
  return { ...report, summary: describe(report) };
}

export interface AppSpendReport {
  month: Pick<Month, 'key' | 'label'>;
  /** This month to date, in the app's runs. */
  total: SpendTotal;
  /** USD per run that spent anything this month; null before the first. */
  costPerRunUsd: number | null;
  budget: BudgetStatus | null;
  summary: string;
}

/** One app's month to date and cost per run, for its page. */
export async function appSpendReport(
  store: Pick<AgentPorts, 'spend' | 'listApps'>,
  app: { id: string; slug: string; workspaceId: string },
  now: Date,
): Promise<AppSpendReport> {
  const month = monthOf(now);
  const [total, budgets] = await Promise.all([
    store.spend.total({ workspaceId: app.workspaceId, from: month.from, to: month.to, appId: app.id }),
    store.spend.listBudgets(app.workspaceId),
  ]);
  const b = budgets.find((x) => x.appId === app.id);
  const budget: BudgetStatus | null = b
    ? {
        scope: 'app',
        appSlug: app.slug,
        monthlyUsd: b.monthlyUsd,
        mode: b.mode,
        fallback: b.fallback?.model ?? null,
        spentUsd: total.costUsd,
        leftUsd: Math.max(0, b.monthlyUsd - total.costUsd),
      }
    : null;
  const costPerRunUsd = total.runs > 0 ? total.costUsd / total.runs : null;
  const perRun =
    costPerRunUsd === null
      ? 'no run has spent anything yet'
      : `${formatUsd(costPerRunUsd)} per run over ${total.runs} run${total.runs === 1 ? '' : 's'}`;
  const left = budget ? ` ${formatUsd(budget.leftUsd)} of its ${budget.mode} budget (${formatUsd(budget.monthlyUsd)}) is left.` : '';
  return {
    month: { key: month.key, label: month.label },
    total,
    costPerRunUsd,
    budget,
    summary: `${month.label} so far: ${formatUsd(total.costUsd)}, ${perRun}.${left}`,
  };
}
