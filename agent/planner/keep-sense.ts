/**
 * "Keep" has two senses: storing rows ("keep every claim in a table", "keep the requests so
 * we can follow them up", "keep track of visits") and leaving something as it is ("keep the
 * tone", "keep it short", "keep the ticket numbers"). The second is the rule in instructions
 * to a writer, so "keep" stores only when its clause says where, how many or what for.
 * Read from the clause after the verb, not from what is kept.
 */
import type { Token } from './language';

/** Where rows go: "in a table", "into our sheet", "to the log" (not "to 200 words"). */
const PLACES = new Set(['in', 'into', 'onto', 'to']);
/** "keep in mind", "keep in touch": idioms, no place. */
const IDIOMS = new Set(['mind', 'touch', 'check', 'line', 'sync']);
/** Every one of them is kept: "keep all responses", "keep every claim", "keep them all". */
const QUANTIFIERS = new Set(['all', 'each', 'every']);
/** What holds kept rows: "keep a record of", "keep track of", "keep a log". */
const HOLDERS = new Set(['record', 'track', 'list', 'log', 'history', 'copy', 'archive', 'table', 'sheet', 'database', 'note']);
/** A purpose after the object: "keep them so the kitchen sees them", "keep them for later". */
const PURPOSES = new Set(['so', 'later', 'future', 'reference']);
/** How far into its clause "keep" may say so. */
const REACH = 8;

/** Marks that end a clause whatever follows. */
const STOPS = new Set(['.', ';', ':', '!', '?', '—', '(']);

/** The tokens after `i` up to the clause's end, at most REACH of them; "keep suppliers and orders in …" is one clause, "…, and save" two. */
function clause(tokens: readonly Token[], i: number): Token[] {
  const joins = (t: Token) => t.text === ',' || t.pos === 'CCONJ';
  const end = tokens.findIndex((t, k) => k > i && (STOPS.has(t.text) || (joins(t) && tokens[k + 1]?.pos === 'VERB')));
  return tokens.slice(i + 1, Math.min(end < 0 ? tokens.length : end, i + 1 + REACH));
}

/** What follows a place word names a place: "in one place", not "to 200 words" or "in 3 lines". */
function place(t: Token): boolean {
  return (t.pos !== 'NUM' || t.lower === 'one') && !IDIOMS.has(t.lemma);
}

/** The "keep" at `i` stores what follows as rows. */
export function keepStores(tokens: readonly Token[], i: number): boolean {
  const after = clause(tokens, i);
  return after.some(
    (t, k) =>
      QUANTIFIERS.has(t.lower) ||
      HOLDERS.has(t.lemma) ||
      PURPOSES.has(t.lower) ||
      (PLACES.has(t.lower) && !!after[k + 1] && place(after[k + 1]!)),
  );
}
