/**
 * Judging a thing names a value of it: "classify its urgency and type", "detect their language",
 * "assess its risk" give every row those values, which the tool hands back. Only what is judged
 * *of* the thing counts — a possessive before the object says so; "classify the email into …"
 * judges the whole thing and is read by the sorting cues instead.
 */
import { isVerbAt } from './language';
import type { Cue } from './sentence-reading';

/** Verbs by which the tool judges or works out a value of something. */
const JUDGING = new Set(['classify', 'detect', 'identify', 'assess', 'determine', 'estimate', 'gauge', 'judge', 'rate', 'score']);

/** Possessives that make the object a value of the thing judged. */
const OF_THE_THING = new Set(['its', 'their']);

/** "classify its urgency and type": the judged values come back. */
export const JUDGED: Cue = (r, t, i) => {
  const { tokens } = r;
  if (!(JUDGING.has(t.lemma) && isVerbAt(tokens, i) && OF_THE_THING.has(tokens[i + 1]?.lower ?? ''))) return false;
  r.takeListAt(i + 1, 'returned');
  return true;
};

