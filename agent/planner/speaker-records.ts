/**
 * Records of the speaker's own that start a run when made or changed: "whenever I create a
 * calendar event", "when we add a supplier to the vendors table", "when I mark a project Done in
 * my projects table", "when a deal in the Deals table moves to Closed Won".
 */
import { STATES } from './happening';
import type { Token } from './language';
import { TABLE_WORDS, tableOwner } from './table-owners';

/** The speaker, making or changing records of their own. */
const SPEAKERS = new Set(['i', 'we']);
/** Anyone at all, making a record through the tool. */
const ANYONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
/** Verbs by which anyone makes a new record through the tool: "files a new expense", "adds a new task". */
const FILING = new Set(['file', 'add', 'create', 'enter', 'log', 'record']);

/** Prepositions before where a record is: "in my projects table". */
const WITHIN = new Set(['in', 'into', 'to', 'on']);

/** What record the speaker makes (object of a verb of making at `created`) or anyone changes in a table of theirs, or null. */
export function speakerRecord(clause: readonly Token[], created: number): string | null {
  // "when someone files a new leave request": anyone making a new record of the tool's own.
  const anyone =
    ANYONE.has(clause[0]?.lower ?? '') && FILING.has(clause[1]?.lemma ?? '') && clause[2]?.lower === 'a' && clause[3]?.lower === 'new';
  const speaker = (SPEAKERS.has(clause[0]?.lower ?? '') && clause[1]?.pos === 'VERB') || anyone;
  if (!speaker || (created !== 1 && !anyone)) {
    // A change to a row, whoever makes it ("someone ticks the box on a record in our invoices table"): the table it is in
    // names it. A state ("a client is in our list") changes nothing.
    if (!speaker && !clause.some((t) => t.pos === 'VERB' && !STATES.has(t.lemma))) return null;
    // Up to its second verb: a clause left open runs on into the main one ("… gets damaged I want to log …").
    // (the tagger reads "register" after a noun as a verb at times).
    const verbs = clause.flatMap((t, k) => (t.pos === 'VERB' && !TABLE_WORDS.has(t.lemma) ? [k] : []));
    const own = speaker ? clause : clause.slice(0, verbs[1] ?? clause.length);
    const at = own.findIndex((t, k) => WITHIN.has(t.lower) && own.slice(k + 1, k + 5).some((x) => TABLE_WORDS.has(x.lemma)));
    return at > 0 ? tableOwner(own.slice(at + 1)) : null;
  }
  // A record made: the thing made names it ("we add a supplier to the vendors table").
  let k = 2;
  while (clause[k] && (clause[k]!.pos === 'DET' || clause[k]!.pos === 'ADJ')) k++;
  while (clause[k + 1]?.pos === 'NOUN') k++;
  const head = clause[k];
  // "whenever I add one": one of the rows said before, named by the table the text keeps.
  if (head?.lower === 'one' && k === clause.length - 1) return 'record';
  return head?.pos === 'NOUN' ? head.lemma : null;
}
