/**
 * One attempt at a delivery, through the SSRF-guarded outbound client (HTTP) or SMTP (email),
 * classified once here: delivered, worth retrying (network, timeout, 408/429/5xx, SMTP 4xx),
 * or final (refused address, other 4xx, SMTP 5xx, email not configured).
 */
import type { SettingValues } from '../config/settings';
import { EMAIL_NOT_CONFIGURED, sendEmail } from '../integrations/email';
import { OutboundRequestError, type OutboundClient, type OutboundResponse } from '../integrations/http';
import type { DeliveryPayload } from './delivery';
import { describeTarget } from './redact-target';
import { isRetryableStatus } from './retry-policy';
import { parseRetryAfter } from '../../agent/providers/retry';

export type AttemptResult =
  | { ok: true; response: OutboundResponse | null; messageId: string | null }
  | { ok: false; retryable: boolean; status: number | null; error: string; retryAfterMs: number | null };

export interface SendDeps {
  outbound: OutboundClient;
  /** The workspace's settings (SMTP). */
  settings: (workspaceId: string) => SettingValues;
  now?: () => Date;
}

function httpFailure(response: OutboundResponse, target: string, now: Date): AttemptResult {
  const redirect = response.status >= 300 && response.status < 400;
  const what = redirect
    ? `${target} answered ${response.status} (a redirect; redirects are not followed). Use the final address.`
    : `${target} answered ${response.status}. Check the receiving service.`;
  return {
    ok: false,
    retryable: isRetryableStatus(response.status),
    status: response.status,
    error: what,
    retryAfterMs: parseRetryAfter(response.retryAfter, now),
  };
}

async function sendHttp(payload: Extract<DeliveryPayload, { kind: 'http' }>, deps: SendDeps): Promise<AttemptResult> {
  const target = describeTarget(payload);
  try {
    const response = await deps.outbound.request({
      url: payload.url,
      method: payload.method,
      headers: payload.headers,
      body: payload.body,
    });
    if (response.status >= 200 && response.status < 300) return { ok: true, response, messageId: null };
    return httpFailure(response, target, deps.now?.() ?? new Date());
  } catch (error) {
    if (!(error instanceof OutboundRequestError)) throw error;
    // The client's sentences name the origin only (no path), so they are safe to keep.
    const retryable = error.kind === 'network' || error.kind === 'timeout';
    return { ok: false, retryable, status: null, error: error.message, retryAfterMs: null };
  }
}

/** nodemailer puts the SMTP reply code on the error; 4xx is transient, 5xx is final (RFC 5321 §4.2.1). */
function smtpCode(error: unknown): number | null {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' ? code : null;
}

async function sendMail(payload: Extract<DeliveryPayload, { kind: 'email' }>, deps: SendDeps, workspaceId: string): Promise<AttemptResult> {
  const settings = deps.settings(workspaceId);
  if (!settings.smtpUrl) return { ok: false, retryable: false, status: null, error: EMAIL_NOT_CONFIGURED, retryAfterMs: null };
  try {
    const { messageId } = await sendEmail(settings, { to: payload.to, subject: payload.subject, text: payload.text });
    return { ok: true, response: null, messageId };
  } catch (error) {
    const code = smtpCode(error);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      retryable: code === null || code < 500,
      status: code,
      error: `The mail server did not take the email to ${payload.to}${code ? ` (${code})` : ''}: ${reason.replace(/\.?$/, '.')} Check the address and the mail server settings (SMTP_URL).`,
      retryAfterMs: null,
    };
  }
}

export function attemptDelivery(payload: DeliveryPayload, deps: SendDeps, workspaceId: string): Promise<AttemptResult> {
  return payload.kind === 'http' ? sendHttp(payload, deps) : sendMail(payload, deps, workspaceId);
}
