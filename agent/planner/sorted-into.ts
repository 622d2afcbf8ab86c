/**
 * Sorting things into groups names a value of each thing: "put each expense in exactly one of
 * Travel, Meals or Other" and "want each one categorised" give every row a category; "put it
 * in a category" or "into a stage" names the value. The groups listed are its choices, never
 * fields of their own.
 */
import { isVerbAt, type Token } from './language';

/** Verbs that place a thing in a group. */
const PLACING = new Set(['put', 'place', 'sort', 'file', 'drop', 'move', 'assign', 'classify', 'triage', 'group', 'bucket']);

/** Forms of the verb that makes categories ("categorise", "categorized"); the noun "categories" is none. */
const CATEGORISING = /^categori[sz](?:e|es|ed|ing)$/;

/** What the groups are called when the sentence does not say. */
const GROUP_VALUE = 'category';

/** Words between "in" and the group: "in exactly one of", "into the right category". */
const BETWEEN = new Set(['exactly', 'just', 'only', 'the', 'a', 'an', 'one', 'right', 'correct', 'matching']);

interface SortedInto {
  /** The value each thing gets: the group's word, else "category". */
  value: string;
  /** Where a list of the groups starts ("one of Travel, Meals…"), or -1. */
  choicesFrom: number;
}

/** "gets classified into …", "triaged into …": a placing verb's participle the tagger reads as a describing word. */
function placedParticiple(t: Token): boolean {
  if ((t.pos !== 'ADJ' && t.pos !== 'VERB') || !t.lower.endsWith('ed')) return false;
  const stems = [t.lower.replace(/ied$/, 'y'), t.lower.slice(0, -2), t.lower.slice(0, -1)];
  return stems.some((w) => PLACING.has(w));
}

/** A placing verb earlier in the clause than `i`. */
function placedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (PLACING.has(tokens[k]!.lemma) && isVerbAt(tokens, k)) return true;
    if (placedParticiple(tokens[k]!)) return true;
  }
  return false;
}

/** "into sales, support or spam": the groups themselves follow "into", split by commas or "or". */
function groupsListedAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const w = tokens[j]!;
    const next = tokens[j + 1];
    if (w.text === ',' || w.lower === 'or')
      return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
    if (w.pos === 'PUNCT' || w.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "into one of our predefined categories", "match each item to one of my existing categories":
 * one of groups the person already keeps, whatever the verb, is the value each thing gets.
 */
function keptGroupAt(tokens: readonly Token[], i: number, groups: ReadonlySet<string>): string | null {
  if (tokens[i]!.lower !== 'one' || tokens[i + 1]?.lower !== 'of') return null;
  let k = i + 2;
  if (tokens[k]?.pos !== 'PRON' && tokens[k]?.pos !== 'DET') return null;
  k++;
  // "predefined", "existing", "fixed": words describing the groups.
  while (tokens[k] && (tokens[k]!.pos === 'ADJ' || (tokens[k]!.pos === 'VERB' && tokens[k]!.lower.endsWith('ed')))) k++;
  const word = tokens[k];
  const plural = word !== undefined && word.pos === 'NOUN' && word.lower !== word.lemma;
  return plural && groups.has(word.lemma) ? word.lemma : null;
}

/**
 * The value a sorting said at `i` gives each thing: a verb of categorising, or "in"/"into"
 * after a placing verb followed by a word for a group (one of `groups`) or "one of" a list.
 */
export function sortedIntoAt(tokens: readonly Token[], i: number, groups: ReadonlySet<string>): SortedInto | null {
  const t = tokens[i]!;
  if (t.negated) return null;
  if (CATEGORISING.test(t.lower)) return { value: GROUP_VALUE, choicesFrom: -1 };
  const kept = keptGroupAt(tokens, i, groups);
  if (kept) return { value: kept, choicesFrom: -1 };
  if ((t.lower !== 'in' && t.lower !== 'into') || !placedBefore(tokens, i)) return null;
  let k = i + 1;
  while (tokens[k] && BETWEEN.has(tokens[k]!.lower)) k++;
  const word = tokens[k];
  // "a category (Rent, Food…)", "a stage: …": the group word's own choices follow, read with it.
  const ownChoices = tokens[k + 1]?.text === '(' || tokens[k + 1]?.text === ':';
  if (word && groups.has(word.lemma) && word.pos === 'NOUN') return ownChoices ? null : { value: word.lemma, choicesFrom: -1 };
  if (tokens[k - 1]?.lower === 'one' && word?.lower === 'of') return { value: GROUP_VALUE, choicesFrom: k + 1 };
  if (word && k === i + 1 && groupsListedAt(tokens, k)) return { value: GROUP_VALUE, choicesFrom: k };
  return null;
}
