/**
 * Placeholders of a message template ("Dear {parent_name}, …", "Hi {{first name}}", "titled
 * 'Report for <student> in <grade>'"): each names a value the tool fills in, so each is a
 * field, written with spaces for underscores — even inside an example of the text made.
 */
import type { Cue } from './sentence-reading';

/** Marks that open a placeholder, and the marks that close them: "{parent_name}", "for <student> in <grade>". */
const CLOSING: Record<string, string> = { '{': '}', '<': '>' };

/** The longest placeholder read: a longer run in braces is code or prose, not a name. */
const MAX_WORDS = 4;

/** "{parent_name}", "{{ order id }}", "<student>": the value named between the marks opened at `i`. */
export const PLACEHOLDER: Cue = (r, t, i) => {
  const { tokens } = r;
  const closing = CLOSING[t.text];
  if (!closing || tokens[i - 1]?.text === t.text) return false;
  const from = tokens[i + 1]?.text === t.text ? i + 2 : i + 1;
  const close = tokens.findIndex((x, k) => k >= from && x.text === closing);
  const inside = close > from ? tokens.slice(from, close) : [];
  const words = inside.filter((x) => x.text !== '_' && x.text !== '.').map((x) => x.text);
  const named = words.length > 0 && words.length <= MAX_WORDS && inside.every((x) => x.kind === 'word' || x.text === '_' || x.text === '.');
  if (!named) return false;
  r.add([{ words: words.join(' '), hint: null, given: false }]);
  r.readUntil = Math.max(r.readUntil, close + 1);
  return true;
};
