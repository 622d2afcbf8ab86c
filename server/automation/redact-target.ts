/**
 * How a delivery target is shown (dead-letter page, API, logs): the address without the parts
 * that are secrets in practice. Slack incoming webhooks and most webhook receivers put the
 * secret in the path or query, so only the origin and the first path segment stay.
 */
import type { DeliveryPayload } from './delivery';

export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '(not a valid URL)';
  }
  const [first, ...rest] = url.pathname.split('/').filter(Boolean);
  const path = first === undefined ? '/' : `/${first}${rest.length > 0 || url.search ? '/…' : ''}`;
  return `${url.protocol}//${url.host}${path}`;
}

/** Email addresses are shown: the person who configured the step chose them and needs to see them. */
export function describeTarget(payload: DeliveryPayload): string {
  return payload.kind === 'email' ? payload.to : redactUrl(payload.url);
}
