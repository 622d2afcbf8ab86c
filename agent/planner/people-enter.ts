/**
 * Rows that people enter: "agents add the address, price and photos", "anyone can submit an
 * idea", "each team member adds what they did", "vendors register with …". A verb of entering
 * whose subject is other people — a plural, an "each/every" noun or an indefinite pronoun —
 * fills a table; the speaker handing the tool something ("I add my notes") or the tool itself
 * ("it adds a caption") does not, nor does one thing handed over ("users add a photo and get
 * …"): the row has columns. Read from the words around the verb.
 */
import { verbAfterSubject } from './keep-sense';
import type { Token } from './language';

/** Verbs by which people put a row in: add, enter, submit, register, fill in, sign up, log, record. */
const ENTRY_VERBS = new Set(['add', 'enter', 'submit', 'register', 'fill', 'sign', 'log', 'record']);
/** Pronouns for other people at large. */
const ANYONE = new Set(['anyone', 'everyone', 'anybody', 'everybody', 'someone', 'somebody']);
const EACH = new Set(['each', 'every']);
/** Verbs that, with a particle of ACCESS, mean getting in or out ("log in", "sign out"). */
const ACCESS_VERBS = new Set(['log', 'sign']);
/** Particles after "log" or "sign" that make it getting in or out. */
const ACCESS = new Set(['in', 'on', 'out', 'into', 'off']);

/** What may follow a verb before "and" joins the next one: "logs in and", "signs up and". */
const PARTICLES = new Set(['ADP', 'ADV', 'PART']);

/** The sentence's end or a semicolon: where a list of columns ends. */
const ENDS = new Set(['.', ';', '!', '?']);

/** "add the address, price and photos": what is entered is a row of columns, not one thing handed over. */
function columnsAfter(tokens: readonly Token[], i: number): boolean {
  const end = tokens.findIndex((t, k) => k > i && ENDS.has(t.text));
  return tokens.slice(i + 1, end < 0 ? tokens.length : end).filter((t) => t.text === ',').length >= 1;
}

/** The verb at `i` is one of entering, said of other people. */
export function peopleEnterAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!ENTRY_VERBS.has(t.lemma) || (t.pos !== 'VERB' && !verbAfterSubject(tokens, i)) || t.negated) return false;
  // "users log in", "staff sign on": getting in, not entering a row ("fill in" still enters one).
  if (ACCESS_VERBS.has(t.lemma) && ACCESS.has(tokens[i + 1]?.lower ?? '')) return false;
  if (!columnsAfter(tokens, i)) return false;
  // "anyone can submit": past a modal.
  let k = i - 1;
  while (tokens[k]?.pos === 'AUX') k--;
  // "each person logs in and submits": a verb joined to another shares its subject.
  if (tokens[k]?.lower === 'and') {
    k--;
    if (PARTICLES.has(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.pos !== 'VERB') return false;
    k--;
    while (tokens[k]?.pos === 'AUX') k--;
  }
  const subject = tokens[k];
  if (!subject) return false;
  if (ANYONE.has(subject.lower)) return true;
  if (subject.pos !== 'NOUN') return false;
  // "each team member adds": the subject's first word.
  let start = k;
  while (tokens[start - 1]?.pos === 'NOUN') start--;
  return subject.lower !== subject.lemma || EACH.has(tokens[start - 1]?.lower ?? '');
}
