/**
 * The noun that names the quality an adjective describes, by English's suffixes ("urgent" →
 * urgency, "confident" → confidence, "severe" → severity, "accurate" → accuracy, "reliable" →
 * reliability, "fresh" → freshness): each candidate the suffixes allow is checked against the
 * dictionaries and word counts, and the most said one is kept, so no list of words is needed.
 */
import { spellingWords } from './spelling-words';

/** Suffix rewrites: the adjective's ending and the noun endings it may take. */
const REWRITES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ent', ['ency', 'ence']],
  ['ant', ['ancy', 'ance']],
  ['ate', ['acy']],
  ['ble', ['bility']],
  ['e', ['ity']],
  ['y', ['iness']],
  ['', ['ness', 'ity']],
];

/** How often a noun must be said to be taken: rarer derivations ("bigness") read worse than the clause. */
const MIN_COUNT = 10;

/** The quality's noun for `adjective` (lower case), or null when none is said often enough. */
export function nounOfAdjective(adjective: string): string | null {
  const words = spellingWords();
  let best: string | null = null;
  for (const [ending, nouns] of REWRITES) {
    if (!adjective.endsWith(ending)) continue;
    const stem = adjective.slice(0, adjective.length - ending.length);
    for (const noun of nouns.map((n) => stem + n)) {
      if (words.frequency(noun) >= MIN_COUNT && (best === null || words.frequency(noun) > words.frequency(best))) best = noun;
    }
  }
  return best;
}
