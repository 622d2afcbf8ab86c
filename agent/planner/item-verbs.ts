/**
 * A lone word amid a list that is the verb of a new clause, not an item: "…, Repairs or Tolls,
 * marks whether it is urgent", "regions, type a search term". The tagger often reads such a verb
 * in -s as a plural noun; what follows it tells: a noun phrase's own determiner or pronoun,
 * "whether"/"if", or a word in -ing before a noun ("score buying intent") never follows a field's name.
 */
import type { Token } from './language';

/** Words that open a clause said as the object of a verb ("marks whether …", "checks if …"). */
const CLAUSE_OPENERS = new Set(['whether', 'if']);

/** The one-word item at `start`, followed by `tokens[after]`, is a verb opening its own clause. */
export function verbOpensClause(tokens: readonly Token[], start: number, after: number): boolean {
  const word = tokens[start];
  const next = tokens[after];
  if (after !== start + 1 || word?.kind !== 'word' || !next) return false;
  // "…, score buying intent": a word in -ing before a noun describes the verb's object.
  const gerund = next.pos === 'VERB' && next.lower.endsWith('ing') && tokens[after + 1]?.pos === 'NOUN';
  return next.pos === 'DET' || next.pos === 'PRON' || CLAUSE_OPENERS.has(next.lower) || gerund;
}
