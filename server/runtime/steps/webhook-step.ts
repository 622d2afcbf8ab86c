/**
 * call-webhook: POST/PUT JSON to an outside URL through the SSRF-guarded client. The body is
 * the step's template (values JSON-escaped) or, by default, the run's inputs and step outputs.
 * A failed attempt is retried in the background (server/automation/step-delivery.ts).
 */
import { emptyUsage } from '../../../agent/providers/usage';
import { deliverFromStep } from '../../automation/step-delivery';
import type { StepEnv, StepRunner } from '../step-context';
import { usesPlaceholders } from '../step-context';
import { jsonStringEscape, renderTemplate } from '../template-render';

const MAX_KEPT_BODY = 20_000;

function webhookBody(body: string | undefined, env: StepEnv): string {
  if (body === undefined) {
    return JSON.stringify({ app: env.app.slug, runId: env.runId, inputs: env.scope.inputs, steps: env.scope.steps });
  }
  const rendered = renderTemplate(body, env.scope, jsonStringEscape);
  try {
    JSON.parse(rendered);
  } catch {
    throw new Error(
      'The webhook body template does not render to valid JSON. Put references inside JSON strings, e.g. {"text": "{{steps.draft.text}}"}.',
    );
  }
  return rendered;
}

/** The answer as JSON when it is JSON, else text (cut to a size worth keeping in run history). */
export function keptBody(text: string, contentType: string | null): unknown {
  if (contentType?.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      // Fall through: keep it as text.
    }
  }
  return text.length > MAX_KEPT_BODY ? `${text.slice(0, MAX_KEPT_BODY)}…` : text;
}

export const runWebhookStep: StepRunner<'call-webhook'> = async (step, env) => {
  const base = { usage: emptyUsage(), costUsd: 0, model: null };
  const body = webhookBody(step.body, env);
  const request = {
    method: step.method,
    url: step.url,
    headers: { 'content-type': 'application/json' },
    body: JSON.parse(body) as unknown,
  };
  await env.services.outbound.check(step.url);
  if (usesPlaceholders(step.body === undefined ? [] : [step.body], env, step.body === undefined)) {
    return { ...base, status: 'dry-run', output: { status: null, body: null, sent: false }, request, error: null };
  }
  // A failed attempt is handed to the delivery queue (retries, then the dead-letter list).
  const sent = await deliverFromStep(env, step.id, 'call-webhook', {
    kind: 'http',
    url: step.url,
    method: step.method,
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (!sent.ok) return { ...base, status: 'error', output: { status: sent.status, body: null, sent: false }, request, error: sent.error };
  const response = sent.response!;
  return {
    ...base,
    status: 'ok',
    output: { status: response.status, body: keptBody(response.body, response.contentType), sent: true },
    request,
    error: null,
  };
};
