/**
 * "pick one of our design directions", "choose one of our templates": what a person picks one
 * of, among things they already keep, is an input handed over with each run — named in the
 * singular, as the one picked ("design direction"). What the tool puts a thing among ("which of
 * our teams", "in one of our projects") is a value it hands back, named the same way.
 */
import { isVerbAt, type Token, written } from './language';
import { nounPhrase } from './noun-phrase';
import type { Cue } from './sentence-reading';
import { singular } from './words';

/** Verbs by which a person picks one of several. */
const PICKING = new Set(['pick', 'choose', 'select']);

/** Owners that say the things are already kept: "our", "my", "their". */
const KEEPERS = new Set(['our', 'my', 'their', 'your']);

/** Prepositions by which a thing is put among kept ones: "file it in one of our projects". */
const PUT_AMONG = new Set(['in', 'into', 'to', 'under']);

/** "suggest which of our teams …", "file it in one of our projects": "which"/"one" at `i` opens the things kept the tool picks among. */
function amongAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (tokens[i + 1]?.lower !== 'of' || !KEEPERS.has(tokens[i + 2]?.lower ?? '')) return false;
  const before = tokens[i - 1];
  return (
    (t.lower === 'which' && (before?.pos === 'VERB' || before?.lower === 'out')) ||
    (t.lower === 'one' && PUT_AMONG.has(before?.lower ?? ''))
  );
}

export const PICKED_ONE_OF: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  const picked = PICKING.has(t.lemma) && isVerbAt(tokens, i) && tokens[i + 1]?.lower === 'one' && tokens[i + 2]?.lower === 'of';
  const among = !picked && amongAt(tokens, i);
  if (!picked && !among) return false;
  const from = picked ? i + 3 : i + 2;
  if (!KEEPERS.has(tokens[from]?.lower ?? '')) return false;
  const phrase = nounPhrase(tokens, from + 1, mask);
  const { next } = phrase;
  // "one of our seven account executives": how many there are is no part of the name.
  const words = phrase.words.filter((w, k) => !(k === 0 && w.pos === 'NUM'));
  const last = words[words.length - 1];
  // Only a plural names the things picked among ("one of our templates").
  if (last?.pos !== 'NOUN' || last.lower === last.lemma) return false;
  const named = [...words.slice(0, -1).map((w) => w.text), singular(last.text)].join(' ');
  // "one of our templates (announcement, hiring, event)": the bracket lists the ones to pick from.
  const close = tokens[next]?.text === '(' ? tokens.findIndex((x, k) => k > next && x.text === ')') : -1;
  const hint = close > next ? written(tokens.slice(next + 1, close)) : null;
  const item = picked ? { words: named, hint, given: true } : { words: named, hint, given: false, returned: true };
  r.take({ items: [item], end: close > next ? close + 1 : next }, true);
  return true;
};
