/**
 * Records a team keeps in tables of its own: a new ticket is a row of the tool's own tickets
 * table ("when a ticket comes in", "each new ticket") unless the words name the outside system it
 * comes from ("a new Zendesk ticket") or the call it makes ("our helpdesk POSTs each ticket to a
 * webhook"); and something happening to a thing the person keeps in a table they name ("Our deals
 * sheet has …. When a deal reaches the Proposal stage") happens to a row of that table.
 */
import { ENDPOINT_WORDS } from './endpoint-words';
import type { EventTrigger } from './event-trigger';
import { isService } from './event-words';
import { namesElsewhere } from './happening';
import type { Token } from './language';
import { isOutsider } from './outside-people';
import { TABLE_WORDS, tableOwner } from './table-owners';

/** Nouns for the items of a work queue. */
const QUEUE_ITEMS = new Set(['ticket']);
/** Words before a table that make it the person's own: "our deals sheet", "the Deals table". */
const OWNING = new Set(['our', 'my', 'the']);

/** The rows of tables the person names as theirs in `all`: "our deals sheet" → deal. */
function ownTableRows(all: readonly Token[]): Set<string> {
  const rows = new Set<string>();
  all.forEach((t, k) => {
    if (!TABLE_WORDS.has(t.lemma) || !all.slice(Math.max(0, k - 3), k).some((x) => OWNING.has(x.lower))) return;
    const owner = tableOwner(all.slice(k - 1, k + 1));
    if (owner !== 'record') rows.add(owner);
  });
  return rows;
}

/** The start said by `words` (of a text whose words are `all`) read as a new or changed row of the tool's own, or null. */
export function ownQueueItem(trigger: EventTrigger, words: readonly Token[], all: readonly Token[]): EventTrigger | null {
  // Mail arriving is mail, whatever it carries ("when an invoice email arrives").
  if (trigger.kind !== 'webhook') return null;
  // A thing of a table of theirs, not someone outside acting, nor anything said to happen elsewhere.
  const rows = ownTableRows(all);
  const row = words.find((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && rows.has(t.lemma));
  const outside = words.some((t) => isService(t) || ENDPOINT_WORDS.has(t.lower) || isOutsider(t)) || namesElsewhere(words);
  if (row && !outside) return { kind: 'record-created', noun: row.lemma };
  const item = words.find((t) => QUEUE_ITEMS.has(t.lemma));
  if (!item) return null;
  const elsewhere = all.some((t) => isService(t) || ENDPOINT_WORDS.has(t.lower) || t.text.startsWith('POST'));
  return elsewhere ? null : { kind: 'record-created', noun: item.lemma };
}
