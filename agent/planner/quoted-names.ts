/**
 * Names written in quotes before the word for a box or a switch ("a 'done' checkbox", "an
 * optional 'verbose' switch", "the yes/no 'ready' box"), or ticked ("tick 'recurring' when …"):
 * each names a yes/no value, whatever the tagger makes of the quoted words.
 */
import { type Token, written } from './language';
import type { SaidField } from './said-field';

/** Words for a control that holds yes or no. */
const BOX_WORDS = new Set(['checkbox', 'box', 'tickbox', 'switch', 'toggle']);
/** Verbs that set such a control. */
const TICKING = new Set(['tick', 'check', 'untick', 'uncheck']);
const QUOTES = new Set(["'", '"', '“', '‘', '”', '’']);
/** Most words in a quoted name: longer quotes are sentences. */
const MAX_WORDS = 4;

/** The yes/no values named in quotes in one sentence. */
export function quotedNames(tokens: readonly Token[]): SaidField[] {
  const found: SaidField[] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (!QUOTES.has(tokens[open]!.text)) continue;
    const close = tokens.findIndex((t, k) => k > open && QUOTES.has(t.text));
    if (close < 0) break;
    const inside = tokens.slice(open + 1, close).filter((t) => t.text !== '?');
    const words = inside.filter((t) => t.kind === 'word' || t.kind === 'number');
    const boxed = BOX_WORDS.has(tokens[close + 1]?.lower ?? '');
    const ticked = TICKING.has(tokens[open - 1]?.lower ?? '');
    if ((boxed || ticked) && words.length > 0 && words.length <= MAX_WORDS)
      found.push({ words: written(inside), hint: 'yes/no', given: false });
    open = close;
  }
  return found;
}
