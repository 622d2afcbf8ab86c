/**
 * A field of the app in hand said in the user's words: "the since thing" for Since, "custmer
 * name" for Customer name, "email" for Customer email. Follow-ups that name a field without
 * saying "field" ("remove Tone", "change since to Start date") are read against these.
 */
import { nearlySame } from './word-slips';

/** A field as the app shows it. */
export interface KnownField {
  name: string;
  label: string;
}

/** Words that say what kind of thing a field is, or nothing ("the since thing"). */
const KIND_WORDS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'field',
  'column',
  'input',
  'dropdown',
  'box',
  'option',
  'picker',
  'thing',
  'bit',
  'one',
  'stuff',
]);

const wordsOf = (text: string) =>
  text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !KIND_WORDS.has(w));

const has = (words: readonly string[], word: string) => words.some((w) => nearlySame(w, word) || nearlySame(w, word.replace(/s$/, '')));

/**
 * The one field whose words hold every word said ("email" → Customer email) or are all said
 * ("since date" → Since); null when none or several do.
 */
export function knownField<T extends KnownField>(fields: readonly T[], said: string): T | null {
  const words = wordsOf(said);
  if (words.length === 0) return null;
  // "customeremail" typed for customerEmail matches it run together.
  const exact = fields.filter(
    (f) =>
      wordsOf(f.label).join(' ') === words.join(' ') ||
      wordsOf(f.name).join(' ') === words.join(' ') ||
      wordsOf(f.name).join('') === words.join(''),
  );
  if (exact.length === 1) return exact[0]!;
  const holding = fields.filter((f) => {
    const own = [...new Set([...wordsOf(f.label), ...wordsOf(f.name)])];
    return words.every((w) => has(own, w)) || (own.length > 0 && own.every((w) => has(words, w)));
  });
  return holding.length === 1 ? holding[0]! : null;
}
