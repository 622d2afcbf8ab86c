/**
 * Budget warnings: once a month's spend in a budget's scope reaches 80% and again at 100%,
 * one message goes out through the app's notify channel (its first notify step: Slack, email
 * or webhook) — once per budget, threshold and month, across instances (the ledger's claimed
 * keys). Every warning is also in the audit log, so one is never lost when the app has no
 * channel. A failed first attempt is handed to the delivery queue, as a notify step's is.
 */
import { formatUsd } from '../../agent/catalog/index';
import type { AppSpec } from '../../agent/spec/app-spec';
import { automationFor } from '../automation/automation-registry';
import type { Delivery, DeliveryPayload } from '../automation/delivery';
import { attemptDelivery } from '../automation/send-delivery';
import type { Settings } from '../config/settings';
import { emailConfigured } from '../integrations/email';
import type { OutboundClient } from '../integrations/http';
import type { Logger } from '../logger';
import type { RunRow, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { budgetName, type BudgetState } from './budget-decision';
import type { Month } from '../../agent/spend/month';

export const WARNING_THRESHOLDS = [0.8, 1] as const;

export interface WarningDeps {
  store: Store;
  settings: Settings;
  outbound: OutboundClient;
  logger: Logger;
}

export const warningKey = (state: BudgetState, month: Month, threshold: number) =>
  `budget:${state.budget.workspaceId}:${state.budget.appId ?? 'workspace'}:${month.key}:${Math.round(threshold * 100)}`;

export function warningText(state: BudgetState, threshold: number, app: StoredApp, month: Month): string {
  const { budget, spent } = state;
  const share = Math.round((spent / budget.monthlyUsd) * 100);
  const effect =
    budget.mode === 'hard'
      ? `Runs whose estimate would pass it are refused${budget.fallback ? ` (or run on ${budget.fallback.model})` : ''}.`
      : 'Runs continue (a soft budget only warns).';
  return `Toolwright budget warning: ${formatUsd(spent)} of ${budgetName(budget, app.slug)} (${formatUsd(budget.monthlyUsd)}) is spent in ${month.label}, ${share}% — past the ${Math.round(threshold * 100)}% mark. ${effect}`;
}

function payloadFor(
  spec: AppSpec,
  text: string,
  app: StoredApp,
  deps: WarningDeps,
): { channel: Delivery['channel']; payload: DeliveryPayload } | null {
  const notify = spec.steps.find((s) => s.kind === 'notify');
  if (notify?.kind !== 'notify') return null;
  if (notify.channel === 'email') {
    if (!emailConfigured(deps.settings.values(app.workspaceId))) return null;
    return { channel: 'email', payload: { kind: 'email', to: notify.target, subject: `${spec.name}: budget warning`, text } };
  }
  const body = notify.channel === 'slack' ? { text } : { text, app: app.slug, kind: 'budget.warning' };
  return {
    channel: notify.channel,
    payload: {
      kind: 'http',
      url: notify.target,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  };
}

async function send(
  deps: WarningDeps,
  app: StoredApp,
  run: RunRow,
  delivery: { channel: Delivery['channel']; payload: DeliveryPayload },
): Promise<void> {
  const result = await attemptDelivery(
    delivery.payload,
    { outbound: deps.outbound, settings: (id) => deps.settings.values(id) },
    app.workspaceId,
  );
  if (result.ok) return;
  const service = automationFor(deps.store)?.deliveries;
  if (!service) return deps.logger.warn('budget warning not delivered', { app: app.slug, error: result.error });
  await service.handOff(
    { workspaceId: app.workspaceId, appId: app.id, appSlug: app.slug, runId: run.id, stepId: 'budget-warning', ...delivery },
    result,
  );
}

/** Sends the warnings the run's spend has just earned; `states` hold spend after the run. */
export async function warnOnBudgets(
  deps: WarningDeps,
  app: StoredApp,
  spec: AppSpec,
  run: RunRow,
  month: Month,
  states: readonly BudgetState[],
): Promise<void> {
  for (const state of states) {
    for (const threshold of WARNING_THRESHOLDS) {
      if (state.spent < threshold * state.budget.monthlyUsd) continue;
      if (!(await deps.store.spend.claimWarning(app.workspaceId, warningKey(state, month, threshold)))) continue;
      const text = warningText(state, threshold, app, month);
      const delivery = payloadFor(spec, text, app, deps);
      await deps.store.appendAudit({
        workspaceId: app.workspaceId,
        actorId: null,
        action: 'budget.warning',
        target: state.budget.appId === null ? 'workspace' : app.slug,
        detail: {
          threshold,
          month: month.key,
          spentUsd: state.spent,
          monthlyUsd: state.budget.monthlyUsd,
          channel: delivery?.channel ?? null,
          runId: run.id,
        },
      });
      if (delivery) await send(deps, app, run, delivery);
      else deps.logger.info('budget warning with no notify channel (audit log only)', { app: app.slug, threshold });
    }
  }
}
