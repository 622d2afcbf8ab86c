/**
 * Records of the speaker's own that start a run when made or changed: "whenever I create a
 * calendar event", "when we add a supplier to the vendors table", "when I mark a project Done in
 * my projects table", and new things kept in a place of ours ("each new post on my blog").
 */
import { ARRIVING_NOUNS, SERVICES } from './event-words';
import type { Token } from './language';
import { MAIL_WORDS } from './mail-words';
import { TABLE_WORDS, tableOwner } from './table-owners';

/** Owners of a place that is the speaker's. */
const OURS = new Set(['my', 'our']);
/** The speaker, making or changing records of their own. */
const SPEAKERS = new Set(['i', 'we']);
/** Prepositions before where a record is: "in my projects table". */
const WITHIN = new Set(['in', 'into', 'to', 'on']);

/** "new post on my blog" → post: a new thing (not one that arrives) in or on a place of ours, or null. */
export function newInPlaceOfOurs(clause: readonly Token[]): string | null {
  if (clause[0]?.lower !== 'new') return null;
  let k = 1;
  while (clause[k + 1]?.pos === 'NOUN') k++;
  const head = clause[k];
  if (head?.pos !== 'NOUN') return null;
  const arrives = ARRIVING_NOUNS.has(head.lemma) || MAIL_WORDS.has(head.lower) || clause.some((t) => SERVICES.has(t.lower));
  const ours = WITHIN.has(clause[k + 1]?.lower ?? '') && OURS.has(clause[k + 2]?.lower ?? '');
  return !arrives && ours ? head.lemma : null;
}

/** What record the speaker makes (object of a verb of making at `created`) or changes in a table of theirs, or null. */
export function speakerRecord(clause: readonly Token[], created: number): string | null {
  if (!SPEAKERS.has(clause[0]?.lower ?? '') || clause[1]?.pos !== 'VERB') return null;
  if (created !== 1) {
    // A change to a row: the table it is in names it.
    const at = clause.findIndex((t, k) => WITHIN.has(t.lower) && clause.slice(k + 1, k + 5).some((x) => TABLE_WORDS.has(x.lemma)));
    return at > 0 ? tableOwner(clause.slice(at + 1)) : null;
  }
  // A record made: the thing made names it ("we add a supplier to the vendors table").
  let k = 2;
  while (clause[k] && (clause[k]!.pos === 'DET' || clause[k]!.pos === 'ADJ')) k++;
  while (clause[k + 1]?.pos === 'NOUN') k++;
  const head = clause[k];
  return head?.pos === 'NOUN' ? head.lemma : null;
}
