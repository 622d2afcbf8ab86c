/**
 * New things made in a place that keeps records start a run on that record: "each new post on
 * my blog", "a new contact appears in our CRM", "whenever a new issue is created in our bug
 * tracker", "for each new lead in our Airtable base". A place of ours holds what does not arrive
 * from outside; a place named for keeping records (a CRM, a board, a tracker, a base, a queue)
 * holds whatever is new in it, even things that came from elsewhere first.
 */
import { ARRIVING_NOUNS, isService } from './event-words';
import type { Token } from './language';
import { MAIL_WORDS } from './mail-words';
import { TABLE_WORDS } from './table-owners';
import { COMING } from './when-clauses';

/** Owners of a place that is the speaker's. */
const OURS = new Set(['my', 'our']);
/** Prepositions before where a record is: "in our CRM", "on my blog". */
const WITHIN = new Set(['in', 'into', 'to', 'on']);
/** Determiners before "new": "a new contact", "each new lead". */
const ONE = new Set(['a', 'an', 'each', 'every', 'any']);
/** Words for places that keep records, beside the table words: "our CRM", "the project board". */
export const RECORD_PLACES: ReadonlySet<string> = new Set([
  'crm',
  'base',
  'board',
  'tracker',
  'pipeline',
  'queue',
  'backlog',
  'catalogue',
  'catalog',
  'register',
]);
/** Verbs by which a row is made. */
export const CREATED_VERBS: ReadonlySet<string> = new Set(['add', 'create', 'save', 'insert', 'enter', 'log', 'record', 'import']);
/** Verbs of a record showing up somewhere ("appears", "is published", "pops up"), beside those of making it. */
const SHOWING = new Set(['publish', 'post', 'appear', 'pop']);

/** "a new contact appears in our CRM" → contact: a new thing made or showing up in a place that keeps it, or null. */
export function newInRecordPlace(clause: readonly Token[]): string | null {
  let k = ONE.has(clause[0]?.lower ?? '') ? 1 : 0;
  if (clause[k]?.lower !== 'new') return null;
  k++;
  // "a new supplier lands in …": a present verb the tagger read as a noun ends the subject.
  const verbRead = (t: Token, next: Token | undefined) => t.lower.endsWith('s') && t.lower !== t.lemma && WITHIN.has(next?.lower ?? '');
  while (clause[k + 1]?.pos === 'NOUN' && !verbRead(clause[k + 1]!, clause[k + 2])) k++;
  const head = clause[k];
  // Mail is never a record of a place: "a new email lands in our support queue" is mail coming in.
  if (head?.pos !== 'NOUN' || MAIL_WORDS.has(head.lower) || MAIL_WORDS.has(head.lemma)) return null;
  // "is created", "gets added", "shows up": what happens to it, before the place it is in.
  let p = k + 1;
  while (clause[p]?.pos === 'AUX' || clause[p]?.pos === 'ADV' || clause[p]?.lemma === 'get') p++;
  const verb = clause[p];
  const said = verb && (verb.pos === 'VERB' || verbRead(verb, clause[p + 1]));
  // "arrives", "lands", "comes in": it came from elsewhere, unless the place is one that keeps records.
  const came = !!said && COMING.has(verb.lemma);
  if (said && (CREATED_VERBS.has(verb.lemma) || SHOWING.has(verb.lemma) || came)) p++;
  if (clause[p]?.lower === 'up') p++;
  if (!WITHIN.has(clause[p]?.lower ?? '')) return null;
  let end = p + 1;
  while (
    clause[end] &&
    (clause[end]!.pos === 'NOUN' || clause[end]!.pos === 'PROPN' || clause[end]!.pos === 'DET' || OURS.has(clause[end]!.lower))
  )
    end++;
  const place = clause.slice(p + 1, end);
  // "lands in my transactions": a place named for the very things is where they are kept.
  const keeps = place.some((t) => RECORD_PLACES.has(t.lower) || TABLE_WORDS.has(t.lemma) || t.lemma === head.lemma);
  const arrives = came || ARRIVING_NOUNS.has(head.lemma) || clause.some((t) => isService(t));
  return keeps || (OURS.has(place[0]?.lower ?? '') && !arrives) ? head.lemma : null;
}
