/**
 * notify: a message to Slack (incoming webhook) or a webhook through the SSRF-guarded client, or
 * by email when SMTP is configured; without SMTP the step is skipped with a sentence saying why.
 */
import { z } from 'zod';
import { emptyUsage } from '../../../agent/providers/usage';
import { deliverFromStep } from '../../automation/step-delivery';
import { EMAIL_NOT_CONFIGURED, emailConfigured } from '../../integrations/email';
import type { StepRunner } from '../step-context';
import { usesPlaceholders } from '../step-context';
import { renderTemplate } from '../template-render';

const Email = z.email();

export const runNotifyStep: StepRunner<'notify'> = async (step, env) => {
  const base = { usage: emptyUsage(), costUsd: 0, model: null };
  const text = renderTemplate(step.message, env.scope);
  const dryRun = usesPlaceholders([step.message], env);

  if (step.channel === 'email') {
    if (!Email.safeParse(step.target).success) {
      return {
        ...base,
        status: 'error',
        output: { status: 'error' },
        request: null,
        error: `"${step.target}" is not an email address. Change the step's target.`,
      };
    }
    const request = { channel: 'email', to: step.target, subject: env.spec.name, text };
    const settings = env.services.settings.values(env.app.workspaceId);
    if (!emailConfigured(settings))
      return { ...base, status: 'skipped', output: { status: 'skipped', reason: EMAIL_NOT_CONFIGURED }, request, error: null };
    if (dryRun) return { ...base, status: 'dry-run', output: { status: 'not sent' }, request, error: null };
    const sent = await deliverFromStep(env, step.id, 'email', { kind: 'email', to: step.target, subject: env.spec.name, text });
    if (!sent.ok) return { ...base, status: 'error', output: { status: 'error' }, request, error: sent.error };
    return { ...base, status: 'ok', output: { status: 'sent', messageId: sent.messageId }, request, error: null };
  }

  const payload = step.channel === 'slack' ? { text } : { text, app: env.app.slug, runId: env.runId };
  const request = { channel: step.channel, method: 'POST', url: step.target, body: payload };
  await env.services.outbound.check(step.target);
  if (dryRun) return { ...base, status: 'dry-run', output: { status: 'not sent' }, request, error: null };
  // A failed attempt is handed to the delivery queue (retries, then the dead-letter list).
  const sent = await deliverFromStep(env, step.id, step.channel, {
    kind: 'http',
    url: step.target,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!sent.ok) return { ...base, status: 'error', output: { status: 'error', httpStatus: sent.status }, request, error: sent.error };
  return { ...base, status: 'ok', output: { status: 'sent', httpStatus: sent.response?.status ?? null }, request, error: null };
};
