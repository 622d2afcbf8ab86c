/**
 * Marks around the items of a list, read from tokens: examples and ranges after an item,
 * enumeration numbers, dashes, and brackets that hold values rather than names.
 */
import { type Token, written } from './language';

/** "salary expectation (e.g. 2000-3000$), LinkedIn": a bracket of examples after an item is passed over. */
export function skipExamples(tokens: readonly Token[], from: number, mask: readonly boolean[]): number {
  let i = from;
  const examples = tokens[i]?.text === '(' && mask[i + 1];
  if (examples) i++;
  while (i < tokens.length && mask[i]) i++;
  if (examples && tokens[i]?.text === ')') i++;
  return i;
}

/** "0-1", "0 - 100": a range of numbers. */
export function isRangeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'number') return false;
  return /^\d+(?:\.\d+)?-\d+(?:\.\d+)?$/.test(t.text) || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number');
}

/** Marks of a unit written after a name: "down payment %", "temperature °C", "size m²". */
const UNIT_MARKS = new Set(['%', '°', '‰', '²', '³']);
/** Powers glued to a short unit word: "m²", "ft³". */
const POWERS = new Set(['²', '³']);

/** Where a unit written at `i` ends ("%", "°C", "m²"), or `i` when none is written there. */
export function unitEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const glued = tokens[i + 1];
  const short = (x: Token | undefined) => x?.kind === 'word' && x.text.length <= 2;
  if (t && UNIT_MARKS.has(t.text)) return glued?.space === '' && short(glued) ? i + 2 : i + 1;
  if (short(t) && glued !== undefined && POWERS.has(glued.text) && glued.space === '') return i + 2;
  return i;
}

/**
 * "a rating from 1 to 5, comments", "a score out of 10": the range an item's values take is passed
 * over; so are the unit its values are in ("down payment % and loan terms") and a short condition
 * on it ("ISBN if there is one").
 */
export function skipRange(tokens: readonly Token[], from: number): number {
  const at = (k: number) => tokens[from + k];
  const number = (k: number) => at(k)?.kind === 'number';
  // "ISBN if there is one, …": a short condition on an item is no item of its own.
  if (at(0)?.lower === 'if') {
    const end = tokens.findIndex((t, k) => k > from && (t.text === ',' || t.text === ')' || t.text === '.'));
    if (end > from && end - from <= 5 && tokens[end]!.text === ',') return end;
  }
  // "homework 20%" is a value, not a name in a unit.
  const unit = unitEnd(tokens, from);
  if (unit > from && !number(-1)) return unit;
  if (at(0)?.lower === 'from' && number(1) && at(2)?.lower === 'to' && number(3)) return from + 4;
  if (at(0)?.lower === 'between' && number(1) && at(2)?.lower === 'and' && number(3)) return from + 4;
  if (at(0)?.lower === 'out' && at(1)?.lower === 'of' && number(2)) return from + 3;
  return from;
}

/**
 * "a category (payee X is usually category Y) and a note": a bracketed remark, a clause of its
 * own, is passed over; so is a range ("how far back to look (1-30 days) and which channel").
 */
export function skipRemark(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.text !== '(') return from;
  const close = tokens.findIndex((t, k) => k > from && t.text === ')');
  const remark = close > from && (tokens.slice(from + 1, close).some((t) => t.pos === 'AUX') || isRangeAt(tokens, from + 1));
  return remark ? close + 1 : from;
}

/** A dash between words, not a hyphen inside one ("check-in"); a hyphen typed after a space ("a priority - low") is a dash. */
export function isDash(t: Token): boolean {
  return t.text === '—' || t.text === '–' || (t.text === '-' && t.space !== '');
}

/** Words and marks between the items of a list. */
export const SEPARATORS = new Set([',', 'and', '&', ';', '+', '|']);

/** "(goal, gender, age, email…)", "name, phone, etc.": the list trails off; what was listed stands. */
const trailsOff = (t: Token | undefined): boolean => t?.text === '…' || t?.lower === 'etc';

/** The token ends a list item: a separator, a bracket, a trailing-off or the clause's end. */
export function isListEdge(t: Token | undefined): boolean {
  return !t || SEPARATORS.has(t.lower) || t.text === ')' || t.text === '(' || t.text === '.' || isDash(t) || t.text === ':' || trailsOff(t);
}

/** "1) full name 2) email": an item's number in an enumerated list. */
export function isMarkerAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.kind === 'number' && tokens[i + 1]?.text === ')' && /^\d{1,2}$/.test(tokens[i]!.text);
}

/**
 * A bracket of values, not names: "tone (formal, casual, playful)", "length (short 800w, long
 * 2500w)" — each part only describing words, or a number.
 */
export function valuesIn(bracket: readonly Token[]): boolean {
  const parts: Token[][] = [[]];
  for (const t of bracket) {
    if (t.text === ',' || t.text === '/' || t.lower === 'or' || t.lower === 'and') parts.push([]);
    else if (t.kind === 'word' || t.kind === 'number') parts[parts.length - 1]!.push(t);
  }
  const value = (part: Token[]) => part.some((t) => t.pos === 'NUM') || part.every((t) => t.pos === 'ADJ' || t.pos === 'ADV');
  const said = parts.filter((p) => p.length > 0);
  return said.length >= 2 && said.every(value);
}

/** Phrases that join one more item as "and" does. */
const JOINING = [
  ['along', 'with'],
  ['together', 'with'],
  ['as', 'well', 'as'],
];

/** "the phone number along with the reason", "the date as well as the venue": how many words join the next item, or 0. */
export function joiningAt(tokens: readonly Token[], i: number): number {
  const words = JOINING.find((phrase) => phrase.every((w, k) => tokens[i + k]?.lower === w));
  return words ? words.length : 0;
}

/** Where a clause ends: no pair of dashes reaches past it. */
const CLAUSE_ENDS = new Set(['.', ';', ':', '(', ')']);

/** "a priority - low, normal or urgent - and a team": describing words between two dashes after a name are its choices. */
export function dashedValuesAt(tokens: readonly Token[], i: number): { next: number; choices: string } | null {
  const open = tokens[i];
  if (!open || !isDash(open)) return null;
  let close = i + 1;
  while (close < tokens.length && !isDash(tokens[close]!) && !CLAUSE_ENDS.has(tokens[close]!.text)) close++;
  if (close >= tokens.length || !isDash(tokens[close]!)) return null;
  const inside = tokens.slice(i + 1, close);
  if (!valuesIn(inside)) return null;
  const words = inside.filter((t) => t.kind === 'word' && t.lower !== 'or' && t.lower !== 'and').map((t) => t.text);
  return { next: close + 1, choices: words.join(', ') };
}

/**
 * "meeting type regular/special/annual", "plan type weekly or monthly", "status=PENDING": after
 * a name, its choices joined by slashes or "or", or the value it is set to. Returns the index after them and the choices, or null.
 */
export function choicesAfter(tokens: readonly Token[], i: number): { next: number; choices: string | null } | null {
  const dashed = dashedValuesAt(tokens, i);
  if (dashed) return dashed;
  // "description = vendor name + item": what a name is set to, up to the next item, is where its value comes from.
  if (tokens[i]?.text === '=' && tokens[i + 1]?.kind === 'word') {
    let k = i + 2;
    while (k < tokens.length && !['.', ',', ';', ')', '('].includes(tokens[k]!.text) && !isDash(tokens[k]!)) k++;
    return { next: k, choices: null };
  }
  // "plan type weekly or monthly": two describing words joined by "or" after a name.
  const describing = (t: Token | undefined) => t?.kind === 'word' && t.pos === 'ADJ';
  if (describing(tokens[i]) && tokens[i + 1]?.lower === 'or' && describing(tokens[i + 2]))
    return { next: i + 3, choices: `${tokens[i]!.text}, ${tokens[i + 2]!.text}` };
  if (tokens[i]?.kind !== 'word' || tokens[i + 1]?.text !== '/') return null;
  const words = [tokens[i]!.text];
  let k = i + 1;
  while (tokens[k]?.text === '/' && tokens[k + 1]?.kind === 'word') {
    words.push(tokens[k + 1]!.text);
    k += 2;
  }
  return { next: k, choices: words.join(', ') };
}

/** Choices as written from `from` to the clause's end, parted by commas, "or" and "and". */
export function choicesAsWritten(tokens: readonly Token[], from: number): { items: { words: string }[]; end: number } {
  const items: { words: string }[] = [];
  let k = from;
  let start = from;
  for (; k <= tokens.length; k++) {
    const t = tokens[k];
    const ends = !t || t.text === '.' || t.text === ';' || t.text === ':';
    if (ends || t.text === ',' || t.lower === 'or' || t.lower === 'and') {
      if (k > start) items.push({ words: written(tokens.slice(start, k)) });
      start = k + 1;
      if (ends) break;
    }
  }
  return { items, end: k };
}
