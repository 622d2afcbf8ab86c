/** A phrase as a said field: its name cleaned of words that name no part of it, and the bracket after it as a hint. */
import { INNER, NAMED_AFTER_NOUN, NOT_FIELDS, NOT_FIRST, PARTICLES, TIME_WORDS } from './field-name-words';
import type { Token } from './language';
import { GIVE_VERBS } from './list-cues';
import { timeNamedAt } from './named-times';
import type { SaidField } from './said-field';

/** Words that join two values of a list. */
const JOINS = new Set(['and', '&', 'or', '/', ',']);

/** The field `phrase` names, with the bracket at `next` as its hint; null when it names none. */
export function fieldNamed(phrase: Token[], tokens: readonly Token[], next: number, mask: readonly boolean[]): SaidField | null {
  let words = phrase;
  // "a risk score 0-100": the range says the values, not the name.
  // "time in and time out": a particle the phrase ends on after its noun is part of the name.
  const particleEnd = (w: Token[]) => PARTICLES.has(w[w.length - 1]!.lower) && w[w.length - 2]?.pos === 'NOUN';
  while (
    words.length > 1 &&
    (words[words.length - 1]!.kind === 'number' || INNER.has(words[words.length - 1]!.lower)) &&
    !particleEnd(words)
  )
    words = words.slice(0, -1);
  if (words.length === 0 || words.length > 6) return null;
  // "Renewal Date columns": the word for a column is no part of its name; "positive attributes"
  // are things described, a describing word names no column.
  if (
    words.length > 1 &&
    words[words.length - 2]!.pos !== 'ADJ' &&
    /^(?:columns?|fields?|headers?|properties|attributes)$/.test(words[words.length - 1]!.lower)
  )
    words = words.slice(0, -1);
  // "price in an editable list": a name joined to what holds it is the name alone.
  // "check-in time": a hyphen inside a word, and the word after it, join nothing.
  const inWord = (k: number) => (words[k]?.text === '-' && words[k]!.space === '') || words[k - 1]?.text === '-';
  const joint = words.findIndex((w, k) => k > 0 && INNER.has(w.lower) && !inWord(k));
  // "date and time", "date & time": a time said beside a date is a value of its own.
  const timeOf = (t: Token) => {
    const at = tokens.indexOf(t);
    return t.lower === 'time' && JOINS.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'date';
  };
  const withDate = timeOf(words[words.length - 1]!);
  if (joint > 0 && NOT_FIELDS.has(words[words.length - 1]!.lower) && !withDate) words = words.slice(0, joint);
  const head = words[words.length - 1]!;
  // "one-line summary": a word hyphened to the next is part of one word.
  const first = words[1]?.text === '-' ? null : words[0]!.lower;
  // "start time", "delivery day": a noun before a word for time makes it the name of a moment.
  const moment = TIME_WORDS.has(head.lower) && (words[words.length - 2]?.pos === 'NOUN' || inWord(words.length - 2));
  // "day, time, party size", "pick a day": a word for time that names a value.
  const named = words.length === 1 && TIME_WORDS.has(head.lower) && timeNamedAt(tokens, tokens.indexOf(head), next);
  // "lesson idea", "inspection result": a noun before such a word makes it a value's name.
  // "the AI model": a noun that names no value itself describes none either.
  const describer = words[words.length - 2];
  const described = NAMED_AFTER_NOUN.has(head.lower) && describer?.pos === 'NOUN' && !NOT_FIELDS.has(describer.lower);
  if ((NOT_FIELDS.has(head.lower) && !moment && !withDate && !named && !described) || NOT_FIRST.has(first ?? '') || head.kind === 'number')
    return null;
  // A name needs letters an identifier can keep.
  if (!words.some((w) => /[a-z]/i.test(w.text))) return null;
  // "paste code": the verb is how it is given, not part of its name.
  // "the type of places" names a kind, not how it is given.
  if (GIVE_VERBS.has(words[0]!.lemma) && words.length > 1 && words[1]!.lower !== 'of') words = words.slice(1);
  let hint: string | null = null;
  if (tokens[next]?.text === '(' && !mask[next + 1]) {
    const close = tokens.findIndex((t, k) => k > next && t.text === ')');
    // "(more than 3 types, the old tool isn't enough)": a remark, a clause of its own, is no hint;
    // "(name, phone; couriers have a base area)": a clause after a semicolon leaves the names before it one.
    const semicolon = tokens.findIndex((t, k) => k > next && k < close && t.text === ';');
    // "(so it knows the guest name, …)": a subject and its verb opening it make a clause too.
    const inner = tokens.slice(next + 1, semicolon > next ? semicolon : close);
    const opensClause = (k: number) => inner[k]?.pos === 'PRON' && inner[k + 1]?.pos === 'VERB';
    const remark = inner.some((t) => t.pos === 'AUX') || opensClause(0) || opensClause(1);
    if (close > next && !remark)
      hint = tokens
        .slice(next + 1, close)
        .map((t) => t.text)
        .join(' ')
        .replace(/ ([,/])/g, '$1');
  }
  return {
    words: words
      .map((w) => w.text)
      .join(' ')
      .replace(/ ([-/&]) /g, '$1'),
    hint,
    given: false,
  };
}
