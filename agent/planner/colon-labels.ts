/**
 * Names written as the labels of a filled-in text: "lines like Theme:, Date Opened:, Source:,
 * Sector: in the body", "Name:, Email:, Phone:". Each label, its colon kept, names a value the
 * text carries; a run of them is a list of fields however the tagger reads the words.
 */
import type { Token } from './language';
import type { SaidField } from './said-field';

/** Fewest labels in a row that make a list of them (one "Note:" opens a remark). */
const MIN_LABELS = 3;
/** Most words in one label. */
const MAX_WORDS = 4;
/** Parts of speech that end a label going back: what came before it is the sentence's. */
const BEFORE_LABEL = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'AUX', 'PART']);

/** A colon, or a bracket closed on one ("Size (m):"). */
const isColon = (t: Token | undefined) => t?.text === ':' || t?.text === '):';

/** The label ending at the colon `c`, read back to the comma or the sentence before it, and where it starts; null when none. */
function labelBefore(tokens: readonly Token[], c: number): { words: string; start: number } | null {
  const words: string[] = [];
  let k = c - 1;
  // "Total Deal Size (m):": the bracket says the unit, no part of the name.
  if (tokens[c]!.text === '):' || tokens[k]?.text === ')') {
    while (k >= 0 && tokens[k]!.text !== '(') k--;
    k--;
  }
  for (; k >= 0 && words.length < MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') break;
    if (BEFORE_LABEL.has(t.pos) || (t.pos === 'VERB' && t.text === t.lower)) break;
    words.unshift(t.text);
  }
  return words.length > 0 ? { words: words.join(' '), start: k + 1 } : null;
}

/** The labels of runs of at least MIN_LABELS "Label:" joined by commas. */
export function colonLabels(tokens: readonly Token[]): SaidField[] {
  const found: SaidField[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= MIN_LABELS) found.push(...run.map((words) => ({ words, hint: null, given: false })));
    run = [];
  };
  for (let c = 0; c < tokens.length; c++) {
    if (!isColon(tokens[c])) continue;
    const label = labelBefore(tokens, c);
    // A label in a run follows the last one's comma.
    if (!label || (run.length > 0 && tokens[label.start - 1]?.text !== ',')) close();
    if (label) run.push(label.words);
    if (tokens[c + 1]?.text !== ',') close();
  }
  close();
  return found;
}
