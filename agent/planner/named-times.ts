/**
 * A word for time alone most often says when the tool runs ("every day, week and month"), but
 * it names a value when it stands among other names ("day, time, party size", "their role and
 * time") or is what the person picks ("pick a day", "a chosen month").
 */
import { TIME_WORDS } from './field-name-words';
import type { Token } from './language';

/** Words that join two names of a list. */
const JOINS = new Set([',', 'and', '&']);
/** Words before a time that say how often or which one: "a day", "each week", "next month". */
const WHEN_WORDS = new Set(['a', 'an', 'per', 'each', 'every', 'this', 'next', 'last', 'that']);
/** Verbs by which a person picks a value. */
const PICKING = new Set(['pick', 'choose', 'select']);
/** Participles for a value picked: "a chosen month". */
const PICKED = new Set(['chosen', 'picked', 'selected']);

/** A name other than a time: the neighbour that makes a list of names. */
const otherName = (t: Token | undefined) => t?.pos === 'NOUN' && !TIME_WORDS.has(t.lower);

/** The time word at `at` (its phrase ending before `next`) names a value, not when the tool runs. */
export function timeNamedAt(tokens: readonly Token[], at: number, next: number): boolean {
  const before = tokens[at - 1];
  if (PICKED.has(before?.lower ?? '')) return true;
  if (before?.pos === 'DET' || WHEN_WORDS.has(before?.lower ?? '')) {
    const verb = before?.pos === 'DET' ? tokens[at - 2] : undefined;
    return verb !== undefined && PICKING.has(verb.lemma);
  }
  return nameAlong(tokens, at - 1, -1) || nameAlong(tokens, next, 1);
}

/**
 * From the join at `k`, going `step` ways over the times a list holds, a name other than a time:
 * "day, time, party size" names values, "every day, week and month" does not.
 */
function nameAlong(tokens: readonly Token[], k: number, step: 1 | -1): boolean {
  for (let j = k; JOINS.has(tokens[j]?.lower ?? ''); j += 2 * step) {
    const word = tokens[j + step];
    if (otherName(word)) return true;
    if (!TIME_WORDS.has(word?.lower ?? '')) return false;
  }
  return false;
}
