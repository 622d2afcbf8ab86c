/**
 * A column or field called by its name: "goes into the date column", "save the answer in the
 * response column", "a table with a Notes column", "an email field on the form". The nouns
 * right before "column"/"field" are the column's name, whatever verb the sentence has; a
 * word that names a kind of field ("a text field", "a dropdown field") or what holds fields
 * ("the table column") names none, and "the MLS fields" names a group of columns, not one.
 */
import { CONTAINERS } from './field-nouns';
import { NOT_FIELDS } from './field-name-words';
import type { Token } from './language';
import type { SaidField } from './said-field';

/** The words that say the nouns before them name a column; plural ones ("the MLS fields", "date fields") name a group of them. */
const COLUMN_WORDS = new Set(['column', 'field']);
/** Kinds of field, which say how a value is entered, never which value. */
const FIELD_KINDS = new Set([
  'text',
  'number',
  'dropdown',
  'checkbox',
  'select',
  'input',
  'formula',
  'lookup',
  'custom',
  'new',
  'extra',
  'required',
  'optional',
]);
/** What may stand before the name: an article or a possessive ("our notes column"). */
const BEFORE_NAME = new Set(['DET', 'PRON']);
/** Longest name read back from the column word. */
const MAX_WORDS = 3;

/** Each "<the> NAME column|field" said in the sentence, as the named column. */
export function namedColumns(tokens: readonly Token[]): SaidField[] {
  const found: SaidField[] = [];
  tokens.forEach((t, i) => {
    if (!COLUMN_WORDS.has(t.lower) || t.pos !== 'NOUN') return;
    const words: Token[] = [];
    let k = i - 1;
    for (; k >= 0 && words.length < MAX_WORDS && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN'); k--) words.unshift(tokens[k]!);
    // "a short summary field": a word describing the name is passed over.
    while (k >= 0 && tokens[k]!.pos === 'ADJ' && !FIELD_KINDS.has(tokens[k]!.lower)) k--;
    if (words.length === 0 || !BEFORE_NAME.has(tokens[k]?.pos ?? '')) return;
    if (words.some((w) => FIELD_KINDS.has(w.lower) || CONTAINERS.has(w.lemma) || NOT_FIELDS.has(w.lower))) return;
    found.push({ words: words.map((w) => w.text).join(' '), hint: null, given: false });
  });
  return found;
}
