/**
 * Judging a thing names a value of it: "classify its urgency and type", "detect the language",
 * "identify the product and manufacturer" give every row those values, which the tool hands
 * back. "classify the email into …" or "rate the call as …" judge the whole thing instead, and
 * are read by the sorting cues.
 */
import { isVerbAt } from './language';
import { listAt } from './list-items';
import type { Cue } from './sentence-reading';

/** Verbs by which the tool judges or works out a value of something. */
const JUDGING = new Set(['classify', 'detect', 'identify', 'assess', 'determine', 'estimate', 'gauge', 'judge', 'rate', 'score']);

/** Words that open the value judged: "its urgency", "the language". */
const VALUE_OPENERS = new Set(['its', 'their', 'the']);

/** Words after the object that say the whole thing is placed or measured, not a value of it read. */
const WHOLE_THING = new Set(['into', 'as', 'by', 'against', 'for', 'on', 'under', 'with', 'from', 'in']);

/** "classify its urgency and type": the judged values come back. */
export const JUDGED: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  if (!(JUDGING.has(t.lemma) && isVerbAt(tokens, i) && VALUE_OPENERS.has(tokens[i + 1]?.lower ?? ''))) return false;
  const list = listAt(tokens, i + 1, mask);
  for (const item of list.items) item.returned = true;
  r.take(list, list.items.length > 0 && !WHOLE_THING.has(tokens[list.end]?.lower ?? ''));
  return true;
};
