/**
 * Things said to come in, as a plain statement of how the work reaches the team: "Messages come in
 * from our website form", "Support requests pour in through the contact page", "we want every
 * reaction to come in and be stored". What keeps coming in from outside is what each run starts on;
 * the statement needs no "when". (On a schedule the run looks back at what came in, and the caller
 * does not ask.)
 */
import { FROM_WORDS } from './arrival-phrases';
import { isService } from './event-words';
import { FORMATS } from './folder-drops';
import type { Token } from './language';
import { MAIL_WORDS } from './mail-words';
import { COMING } from './when-clauses';
import { singular } from './words';

/** Words that open a clause saying when, whose own readers are when-clauses.ts's. */
const WHEN_WORDS = new Set(['when', 'whenever', 'once', 'as', 'if', 'after', 'until', 'before']);
/** The speaker as subject: "we come in" is no arrival. */
const SPEAKERS = new Set(['i', 'we', 'you']);

/**
 * The coming verb at `i` has a plural thing or "every/each" thing as subject, in the present, followed by "in"
 * or where it comes from: the span [subject start, after the verb's particle), or null.
 */
export function thingsComeIn(tokens: readonly Token[], i: number): { from: number; to: number } | null {
  const verb = tokens[i]!;
  if (verb.pos !== 'VERB' || !COMING.has(verb.lemma) || verb.negated) return null;
  // The present or the bare verb after "to" ("to come in"); "came in" is what has already arrived.
  if (verb.lower !== verb.lemma && !(verb.lower.endsWith('s') && verb.lower.startsWith(verb.lemma.slice(0, 3)))) return null;
  const next = tokens[i + 1]?.lower ?? '';
  if (next !== 'in' && !FROM_WORDS.has(next)) return null;
  let s = i - 1;
  while (s >= 0 && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV' || tokens[s]!.lower === 'to')) s--;
  // "parent messages that come in": a relative pronoun between the things and their coming.
  if (s > 0 && (tokens[s]!.lower === 'that' || tokens[s]!.lower === 'which')) s--;
  const head = tokens[s];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || SPEAKERS.has(head.lower)) return null;
  let from = s;
  while (from > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[from - 1]!.pos)) from--;
  const each = tokens.slice(from, s).some((t) => t.lower === 'every' || t.lower === 'each');
  // Plural things keep coming ("requests come in"); one thing coming is a single happening, read elsewhere.
  // (A capitalised first word is read as a name, its lemma left plural.)
  if (head.lower === head.lemma && singular(head.lower) === head.lower && !each) return null;
  if (from > 0 && WHEN_WORDS.has(tokens[from - 1]!.lower)) return null;
  // "BOLs come in from carriers as PDFs or scans": said by the files they are, with no channel, they are material the person hands over.
  const rest = tokens.slice(i + 1);
  const asFiles = rest.some((t, k) => t.lower === 'as' && FORMATS.has(singular(rest[k + 1]?.lower ?? '')));
  if (asFiles && !rest.some((t) => MAIL_WORDS.has(t.lower) || isService(t))) return null;
  return { from, to: i + 2 };
}
