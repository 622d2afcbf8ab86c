/**
 * Placeholders of a message template ("Dear {parent_name}, …", "Hi {{first name}}", "[NAME] has joined", "titled
 * 'Report for <student> in <grade>'"): each names a value the tool fills in, so each is a
 * field, written with spaces for underscores — even inside an example of the text made.
 */
import type { Token } from './language';
import type { Cue } from './sentence-reading';

/** Marks that open a placeholder, and the marks that close them: "{parent_name}", "for <student> in <grade>", "[CITY]". */
const CLOSING: Record<string, string> = { '{': '}', '<': '>', '[': ']' };

/** The longest placeholder read: a longer run in braces is code or prose, not a name. */
const MAX_WORDS = 4;

/** Words that join alternatives or things: "<admin or member>" lists choices, "x<y and y>z" compares. */
const JOINING = new Set(['or', 'and']);

/**
 * "<" opens a name only as a bracket: written apart from the word before it and against the
 * word after ("for <student>"), closed against the name ("<grade>"); "x<y" and "a < b" compare.
 */
function bracketed(tokens: readonly Token[], open: number, close: number): boolean {
  if (tokens[open]!.text !== '<') return true;
  const before = tokens[open - 1];
  return (
    (before === undefined || tokens[open]!.space !== '' || before.kind !== 'word') &&
    tokens[open + 1]!.space === '' &&
    tokens[close]!.space === ''
  );
}

/** "{parent_name}", "{{ order id }}", "<student>": the value named between the marks opened at `i`. */
export const PLACEHOLDER: Cue = (r, t, i) => {
  const { tokens } = r;
  const closing = CLOSING[t.text];
  if (!closing || tokens[i - 1]?.text === t.text) return false;
  const from = tokens[i + 1]?.text === t.text ? i + 2 : i + 1;
  const close = tokens.findIndex((x, k) => k >= from && x.text === closing);
  const inside = close > from ? tokens.slice(from, close) : [];
  const words = inside.filter((x) => x.text !== '_' && x.text !== '.').map((x) => x.text);
  const named =
    words.length > 0 &&
    words.length <= MAX_WORDS &&
    inside.every((x) => (x.kind === 'word' && !JOINING.has(x.lower)) || x.text === '_' || x.text === '.') &&
    bracketed(tokens, i, close);
  if (!named) return false;
  r.add([{ words: words.join(' '), hint: null, given: false }]);
  r.readUntil = Math.max(r.readUntil, close + 1);
  return true;
};
