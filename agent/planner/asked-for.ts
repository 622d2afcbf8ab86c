/**
 * A thing a person asks to have: "we need a volunteer sign-up sheet", "build me a shared
 * tracker", "set up a content calendar". Read from the noun phrase's determiner and the verb of
 * asking right before it.
 */
import type { Token } from './language';
import { POSSESSIVES } from './record-nouns';

/** Verbs by which a person asks for something to be there: "we need a sheet", "set up a database". */
const ASKING_VERBS = new Set(['want', 'need', 'build', 'make', 'create', 'set', 'start']);

/** The noun phrase ending at `i` is what a person asks for: a determiner opens it and a verb of asking comes right before. */
export function askedFor(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  const inPhrase = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.text === '-' || tokens[k - 1]?.text === '-';
  while (tokens[k] && inPhrase(tokens[k]!) && k > i - 6) k--;
  const det = tokens[k];
  if (!det || (det.pos !== 'DET' && !POSSESSIVES.has(det.lower))) return false;
  // "build me a …", "set up a …".
  const verb = ['me', 'us', 'up'].includes(tokens[k - 1]?.lower ?? '') ? tokens[k - 2] : tokens[k - 1];
  return !!verb && verb.pos === 'VERB' && ASKING_VERBS.has(verb.lemma);
}
