/**
 * An item amid a list of names that the tagger cannot read as a noun phrase ("…, amount
 * received, reapply/ADV (yes/no), date report required, …"): after two names parted by commas,
 * a short run of plain words up to the next comma or "and" is one more name. A unit written
 * after it is passed over and a short bracket after it is its hint; a run holding a pronoun,
 * an auxiliary, an article or a preposition is a clause ("…, with production history (…)"),
 * unless the preposition is part of the name ("down payment", "purchased from"),
 * one opening on a bare verb is an action ("…, and approve them"), and one of describing
 * words only describes ("…, always positive, …").
 */
import { PARTICIPLE } from './field-name-words';
import { type Token, written } from './language';
import { unitEnd } from './list-marks';
import type { SaidField } from './said-field';

/** Marks that end an item. */
const ITEM_ENDS = new Set([',', 'and', '&', ')', '.', ';', ':']);
/** Parts of speech a name never holds. */
const CLAUSE_PARTS = new Set(['PRON', 'AUX', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);
/** Describing words: a run of nothing else describes ("always positive"), it names no value. */
const DESCRIBING = new Set(['ADJ', 'ADV']);
/** Longest name taken as written. */
const MAX_WORDS = 3;
/** Longest bracket read as the item's hint. */
const MAX_HINT = 8;

/** Particles that open a compound noun: "down payment", "off days", "back order". */
const COMPOUND_PARTICLES = new Set(['down', 'up', 'off', 'over', 'back']);

/**
 * The preposition at `k` belongs to the name: it opens a compound noun ("down payment") or ends
 * a participle's name ("purchased from", "referred by").
 */
function compoundParticle(run: readonly Token[], k: number): boolean {
  const t = run[k]!;
  if (t.pos !== 'ADP') return false;
  if (k === 0) return COMPOUND_PARTICLES.has(t.lower) && run[1]?.pos === 'NOUN';
  return k === run.length - 1 && run[k - 1]!.pos === 'VERB' && PARTICIPLE.test(run[k - 1]!.lower);
}

/** The item written at `from` and the index after it (unit and bracket included), or null. */
export function midItemAsWritten(tokens: readonly Token[], from: number): { said: SaidField; next: number } | null {
  let end = from;
  while (end < tokens.length && !ITEM_ENDS.has(tokens[end]!.lower) && tokens[end]!.text !== '(' && unitEnd(tokens, end) === end) end++;
  const run = tokens.slice(from, end).filter((t) => t.text !== '-');
  if (run.length === 0 || run.length > MAX_WORDS) return null;
  if (run.some((t, k) => t.kind !== 'word' || (CLAUSE_PARTS.has(t.pos) && !compoundParticle(run, k)))) return null;
  if (run[0]!.pos === 'VERB' && !PARTICIPLE.test(run[0]!.lower)) return null;
  if (run.some((t) => t.pos === 'ADJ') && run.every((t) => DESCRIBING.has(t.pos))) return null;
  let next = unitEnd(tokens, end);
  let hint: string | null = null;
  if (tokens[next]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > next && t.text === ')');
    if (close < 0 || close - next > MAX_HINT) return null;
    hint = written(tokens.slice(next + 1, close));
    next = close + 1;
  }
  const after = tokens[next];
  if (after !== undefined && !ITEM_ENDS.has(after.lower)) return null;
  return { said: { words: written(tokens.slice(from, end)), hint, given: false }, next };
}
