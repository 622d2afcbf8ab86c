/**
 * Records of the speaker's own that start a run when made or changed: "whenever I create a
 * calendar event", "when we add a supplier to the vendors table", "when I mark a project Done in
 * my projects table".
 */
import type { Token } from './language';
import { TABLE_WORDS, tableOwner } from './table-owners';

/** The speaker, making or changing records of their own. */
const SPEAKERS = new Set(['i', 'we']);
/** Prepositions before where a record is: "in my projects table". */
const WITHIN = new Set(['in', 'into', 'to', 'on']);

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
