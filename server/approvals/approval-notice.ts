/**
 * Tells the approvers of a waiting run through the app's own channel (its first notify step's
 * Slack, email or webhook target) with a signed link and the run page's address; a failed
 * attempt goes to the delivery retries. An app without a notify step shows the wait on the
 * run page and in the approvals list only.
 */
import { aRole } from '../../agent/spec/approval-step';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { automationFor } from '../automation/automation-registry';
import { attemptDelivery, type AttemptResult } from '../automation/send-delivery';
import type { DeliveryPayload } from '../automation/delivery';
import type { Settings } from '../config/settings';
import type { OutboundClient } from '../integrations/http';
import type { Logger } from '../logger';
import { renderTemplate } from '../runtime/template-render';
import type { RunRow, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { APPROVE_PATH, type ApprovalLinks } from './approval-link';
import { appRunPath } from './approval-words';

export interface NoticeDeps {
  store: Store;
  links: ApprovalLinks;
  outbound: OutboundClient;
  settings: Settings;
  logger: Logger;
  /** This server's address as people reach it (http://host:port); null before it listens. */
  origin: () => string | null;
}

const PREVIEW = 600;

export function approvalNotifier(deps: NoticeDeps): (app: StoredApp, run: RunRow, reminder: boolean) => Promise<void> {
  return async (app, run, reminder) => {
    const approval = run.approval;
    const spec = AppSpecSchema.parse(app.spec);
    const channel = spec.steps.find((s) => s.kind === 'notify');
    if (!approval || channel?.kind !== 'notify') return;
    const origin = deps.origin() ?? '';
    const token = deps.links.token({ appSlug: app.slug, runId: run.id, approvalId: approval.id }, approval);
    const pending = approval.pending ?? '';
    const text = [
      `${spec.name}: ${reminder ? 'still waiting — the deadline passed. ' : ''}a run waits for approval by ${aRole(approval.role)} or above.`,
      approval.message ?? '',
      pending ? `Pending:\n${pending.length > PREVIEW ? `${pending.slice(0, PREVIEW)}…` : pending}` : '',
      `Approve, edit or reject (the link works once): ${origin}${APPROVE_PATH}/${token}`,
      `Or open the run: ${origin}${appRunPath(app.slug, run.id)}`,
    ]
      .filter((line) => line !== '')
      .join('\n\n');
    const target = renderTemplate(channel.target, { inputs: run.inputs, steps: {} });
    const payload: DeliveryPayload =
      channel.channel === 'email'
        ? { kind: 'email', to: target, subject: `Approval needed: ${spec.name}`, text }
        : {
            kind: 'http',
            url: target,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(channel.channel === 'slack' ? { text } : { text, app: app.slug, runId: run.id, approval: 'waiting' }),
          };
    const sent = await attemptDelivery(
      payload,
      { outbound: deps.outbound, settings: (id) => deps.settings.values(id) },
      app.workspaceId,
    ).catch(
      (error: unknown): AttemptResult => ({
        ok: false,
        retryable: true,
        status: null,
        error: error instanceof Error ? error.message : String(error),
        retryAfterMs: null,
      }),
    );
    if (sent.ok) return;
    deps.logger.warn('approval notice not delivered', { app: app.slug, runId: run.id, error: sent.error });
    // Retried (then dead-lettered) like the app's own messages, when automation runs.
    const delivery = { workspaceId: app.workspaceId, appId: app.id, appSlug: app.slug, runId: run.id, stepId: approval.stepId };
    await automationFor(deps.store)
      ?.deliveries?.handOff({ ...delivery, channel: channel.channel, payload }, sent)
      .catch((error: unknown) => deps.logger.warn('approval notice not queued for retry', { runId: run.id, error }));
  };
}
