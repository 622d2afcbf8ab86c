/**
 * A table named among the parts of what the tool hands back, listed after a colon: "a minutes
 * template …: header, attendance, …, an action items table (item, owner, …)", "then show: comment
 * rate, …, and a table of each comment", "and want: a table of property facts (…), a one-page
 * summary". It is a layout inside the answer, not a table kept.
 */
import type { Token } from './language';
import { TEXT_NOUNS } from './result-words';

/** Verbs whose colon lists what the person gets: "show:", "want:", "return:". */
const ANSWER_VERBS = new Set(['show', 'want', 'return', 'include', 'give', 'get', 'output', 'see']);
/** Nouns of writing to fill in besides TEXT_NOUNS: "a minutes template …:". */
const FILLED_IN = new Set(['template', 'form']);
/** How many words before the colon its heading may reach ("a board meeting minutes template our small team can fill in fast:"). */
const HEADING_REACH = 10;

/** The colon's heading names a piece of writing or a verb of getting it. */
function answerHeading(tokens: readonly Token[], colon: number): boolean {
  for (let k = colon - 1; k >= 0 && k >= colon - HEADING_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' && ANSWER_VERBS.has(t.lemma)) return true;
    if (t.pos === 'NOUN' && (TEXT_NOUNS.has(t.lemma) || FILLED_IN.has(t.lemma))) return true;
  }
  return false;
}

/** The table word at `i` is one of several parts listed after a colon that heads an answer. */
export function partOfAnswer(tokens: readonly Token[], i: number): boolean {
  let commas = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ',') commas++;
    if (t.text === ':') return answerHeading(tokens, k) && (commas > 0 || tokens.slice(i + 1).some((x) => x.text === ','));
    if (t.text === ';' || t.text === '.') return false;
  }
  return false;
}
