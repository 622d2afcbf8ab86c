/**
 * A call in said outright: "webhook", "endpoint", "callback" — unless the word names what the
 * tool is about ("a webhook tester") rather than how it starts ("a webhook URL").
 */
import type { Token } from './language';

/** Words that name an outside caller on their own. */
export const ENDPOINT_WORDS = new Set(['webhook', 'webhooks', 'endpoint', 'callback']);

/** What a call in carries or is: "webhook URL", "webhook events". */
const CALL_PARTS = new Set(['url', 'endpoint', 'call', 'request', 'event', 'trigger', 'notification', 'node']);

/** "a webhook tester", "a webhook payload example": the word names what the tool is about, not how it starts. */
export function namesTopic(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !CALL_PARTS.has(next.lemma);
}
