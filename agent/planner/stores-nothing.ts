/**
 * "don't store anything", "No need to save anything for now", "Don't store any data": the person
 * says no records are kept at all, whatever else the description's words lean toward.
 */
import { KEEP_VERBS } from './keep-sense';
import { readSentences, type Token } from './language';

/** What "anything" can be said as after a keeping verb. */
const ANYTHING = new Set(['anything', 'nothing']);

/** The keeping verb at `i` is denied: "don't store", "no need to save", "never keep". */
function denied(tokens: readonly Token[], i: number): boolean {
  const before = tokens
    .slice(Math.max(0, i - 3), i)
    .map((t) => t.lower)
    .join(' ');
  return tokens[i]!.negated || /\b(?:no need to|never)$/.test(before);
}

/** The object of the verb at `i` is anything at all: "anything", "any data". */
function anythingAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && (ANYTHING.has(next.lower) || (next.lower === 'any' && tokens[i + 2]?.lower === 'data'));
}

export function storesNothing(text: string): boolean {
  return readSentences(text).some(({ tokens }) =>
    tokens.some((t, i) => t.pos === 'VERB' && KEEP_VERBS.has(t.lemma) && denied(tokens, i) && anythingAfter(tokens, i)),
  );
}
