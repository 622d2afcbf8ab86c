/**
 * Two ends of one span said over a single head noun: "start/end time", "start and end date", "check-in/out times",
 * "min/max price" name two values, one for each end, not one value called "start". Only words
 * that are each other's other end pair up this way; "transaction/confirmation number" is one
 * value with two names and stays as it is.
 */
import type { Token } from './language';
import { isListEdge } from './list-marks';
import type { SaidField } from './said-field';

/** Each end and the end it pairs with (both ways are looked up). */
const OTHER_END: ReadonlyMap<string, string> = new Map([
  ['start', 'end'],
  ['in', 'out'],
  ['first', 'last'],
  ['min', 'max'],
  ['minimum', 'maximum'],
  ['arrival', 'departure'],
  ['pickup', 'dropoff'],
  ['opening', 'closing'],
  ['entry', 'exit'],
  ['initial', 'final'],
  ['before', 'after'],
]);
/** What may stand between two ends: "start/end date", "start and end date", "entry or exit time". */
const BETWEEN = new Set(['/', 'and', 'or', '&']);

function pairs(a: string, b: string): boolean {
  return OTHER_END.get(a) === b || OTHER_END.get(b) === a;
}

/** One end as written at `k`: a word, or a hyphened pair ("check-in"), with its parts. */
function endAt(tokens: readonly Token[], k: number): { parts: string[]; next: number } | null {
  if (tokens[k]?.kind !== 'word') return null;
  if (tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === 'word')
    return { parts: [tokens[k]!.lower, tokens[k + 2]!.lower], next: k + 3 };
  return { parts: [tokens[k]!.lower], next: k + 1 };
}

/** Longest head a pair of ends is read over: "start/end time", "check-in/out date time". */
const MAX_HEAD = 2;

/** The two fields a pair of ends over one head at `i` names, with where it ends; null when none is said there. */
export function pairedEndsAt(tokens: readonly Token[], i: number): { said: SaidField[]; after: number } | null {
  const first = endAt(tokens, i);
  if (!first || !BETWEEN.has(tokens[first.next]?.lower ?? '')) return null;
  const second = endAt(tokens, first.next + 1);
  if (!second) return null;
  const a = first.parts[first.parts.length - 1]!;
  const b = second.parts[second.parts.length - 1]!;
  if (!pairs(a, b)) return null;
  // "check-in/out": the second end keeps the first's leading word.
  const other = second.parts.length === 1 && first.parts.length === 2 ? [first.parts[0]!, b] : second.parts;
  let next = second.next;
  const head: Token[] = [];
  while (head.length < MAX_HEAD && tokens[next]?.pos === 'NOUN') head.push(tokens[next++]!);
  if (head.length === 0 || !isListEdge(tokens[next])) return null;
  // "check-in/out times": one time at each end.
  const noun = [...head.slice(0, -1).map((t) => t.lower), head[head.length - 1]!.lemma].join(' ');
  const said = (parts: string[]): SaidField => ({ words: `${parts.join('-')} ${noun}`, hint: null, given: false });
  return { said: [said(first.parts), said(other)], after: next };
}
