/**
 * Records a team works through in a queue of its own: a new ticket is a row of the tool's own
 * tickets table ("when a ticket comes in", "each new ticket") unless the words name the outside
 * system it comes from ("a new Zendesk ticket") or the call it makes ("our helpdesk POSTs each
 * ticket to a webhook").
 */
import { ENDPOINT_WORDS } from './endpoint-words';
import type { EventTrigger } from './event-trigger';
import { SERVICES } from './event-words';
import type { Token } from './language';

/** Nouns for the items of a work queue. */
const QUEUE_ITEMS = new Set(['ticket']);

/** The start said by `words` (of a text whose words are `all`) read as a new row of the tool's own queue, or null. */
export function ownQueueItem(trigger: EventTrigger, words: readonly Token[], all: readonly Token[]): EventTrigger | null {
  if (trigger.kind !== 'webhook') return null;
  const item = words.find((t) => QUEUE_ITEMS.has(t.lemma));
  if (!item) return null;
  const elsewhere = all.some((t) => SERVICES.has(t.lower) || ENDPOINT_WORDS.has(t.lower) || t.text.startsWith('POST'));
  return elsewhere ? null : { kind: 'record-created', noun: item.lemma };
}
