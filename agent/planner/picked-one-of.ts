/**
 * "pick one of our design directions", "choose one of our templates": what a person picks one
 * of, among things they already keep, is an input handed over with each run — named in the
 * singular, as the one picked ("design direction").
 */
import { isVerbAt, written } from './language';
import { nounPhrase } from './noun-phrase';
import type { Cue } from './sentence-reading';
import { singular } from './words';

/** Verbs by which a person picks one of several. */
const PICKING = new Set(['pick', 'choose', 'select']);

/** Owners that say the things are already kept: "our", "my", "their". */
const KEEPERS = new Set(['our', 'my', 'their', 'your']);

export const PICKED_ONE_OF: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  if (!PICKING.has(t.lemma) || !isVerbAt(tokens, i) || tokens[i + 1]?.lower !== 'one' || tokens[i + 2]?.lower !== 'of') return false;
  if (!KEEPERS.has(tokens[i + 3]?.lower ?? '')) return false;
  const { words, next } = nounPhrase(tokens, i + 4, mask);
  const last = words[words.length - 1];
  // Only a plural names the things picked among ("one of our templates").
  if (last?.pos !== 'NOUN' || last.lower === last.lemma) return false;
  const named = [...words.slice(0, -1).map((w) => w.text), singular(last.text)].join(' ');
  // "one of our templates (announcement, hiring, event)": the bracket lists the ones to pick from.
  const close = tokens[next]?.text === '(' ? tokens.findIndex((x, k) => k > next && x.text === ')') : -1;
  const hint = close > next ? written(tokens.slice(next + 1, close)) : null;
  r.take({ items: [{ words: named, hint, given: true }], end: close > next ? close + 1 : next }, true);
  return true;
};
