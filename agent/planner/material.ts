/**
 * What a reading tool is given, named by the object of its reading verb: "classify product
 * reviews" reads product reviews, "convert code from any language" reads code, "reply to
 * customer emails" reads customer emails. The form's one input is then called what it holds,
 * not "Text".
 */
import { isVerbAt, readSentences, type Token } from './language';

/** Verbs that read a text the person gives ("summarise", "classify"): the input is that text. */
export const READING_VERBS = new Set([
  'summarise',
  'summarize',
  'classify',
  'categorise',
  'categorize',
  'translate',
  'extract',
  'reply',
  'respond',
  'answer',
  'analyse',
  'analyze',
  'review',
  'rewrite',
  'triage',
  'sort',
  'tag',
  'check',
  'proofread',
  'convert',
]);

/** Verbs whose object is the values to read out, not the material ("extract the amount"). */
const OBJECT_IS_VALUES = new Set(['extract']);
/** Verbs that take their material after "to": "reply to customer emails". */
const TAKES_TO = new Set(['reply', 'respond']);
/** Words before the material that are no part of its name. */
const SKIPPED = new Set(['DET', 'PRON', 'NUM']);
/** Heads that name no material: pronouns the tagger reads as nouns, amounts, the tool's own work. */
const NOT_MATERIAL = new Set(['it', 'them', 'one', 'lot', 'bit', 'way', 'whether', 'sentiment', 'priority', 'category']);

function objectAt(tokens: readonly Token[], from: number): string | null {
  let k = from;
  while (tokens[k] && (SKIPPED.has(tokens[k]!.pos) || tokens[k]!.lower === 'each' || tokens[k]!.lower === 'every')) k++;
  const words: Token[] = [];
  for (; tokens[k] && words.length < 3; k++) {
    const t = tokens[k]!;
    // "the user's message": the owner is no part of the material's name.
    if ((t.lower === "'s" || t.lower === '’s') && words.length > 0) {
      words.length = 0;
      continue;
    }
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') break;
    words.push(t);
  }
  // "the values of a JSON file": the file is what is given.
  if (tokens[k]?.lower === 'of' && words.length > 0) {
    const inner = objectAt(tokens, k + 1);
    if (inner) return inner;
  }
  const head = words[words.length - 1];
  if (!head || head.pos === 'ADJ' || NOT_MATERIAL.has(head.lemma) || head.kind !== 'word') return null;
  return words.map((w) => w.text).join(' ');
}

/** The material the first reading verb names, in the person's words, or null. */
export function materialOf(text: string): string | null {
  for (const { tokens } of readSentences(text)) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.negated || !READING_VERBS.has(t.lemma) || OBJECT_IS_VALUES.has(t.lemma) || !isVerbAt(tokens, i)) continue;
      const from = TAKES_TO.has(t.lemma) && tokens[i + 1]?.lower === 'to' ? i + 2 : i + 1;
      return objectAt(tokens, from);
    }
  }
  return null;
}
