/**
 * Values the tool makes or finds out for each thing it handles, named as the object of a verb:
 * writing ("write a caption for each", "suggest a category and a short note"), judging ("rates
 * severity", "score buying intent"), finding out ("look up their industry", "calculate the
 * margin"), reading off ("it reads the vendor and the amount") and looking for ("scan each lease
 * for the break clause"). What the tool makes comes back; a person writing or rating something
 * ("I write a note") hands it over instead.
 */
import { isVerbAt, NOUNISH, type Token } from './language';
import { PEOPLE } from './result-shape';
import { isTool } from './tool-subject';

/** Verbs whose object is a value written for each thing: "draft a reply", "suggest a tag". */
const WRITING = new Set(['write', 'draft', 'suggest', 'propose', 'generate', 'assign', 'recommend']);

/** Verbs of finding out: their object is a value the tool works out ("identify the speaker"). */
const FINDING = new Set(['identify', 'determine', 'detect', 'infer', 'deduce', 'calculate', 'compute', 'extract', 'pull']);

/** Verbs of reading off, whose object is a value when the tool itself reads ("it reads the total"). */
const READING = new Set(['read', 'spot', 'recognise', 'recognize']);

/** Words that go through things one by one: "reads every logo" reads the logos, it finds no value. */
const QUANTIFIERS = new Set(['each', 'every', 'all', 'any']);

/** Verbs that find out with a particle: "look up their industry", "work out the sentiment", "pull up the order details". */
const FINDING_WITH: Record<string, readonly string[]> = {
  look: ['up'],
  work: ['out'],
  figure: ['out'],
  find: ['out'],
  pull: ['out', 'up'],
  dig: ['out', 'up'],
};

/**
 * Verbs of judging and classifying: their object is the value judged by ("rate severity", "classify
 * urgency") when it is a bare singular noun, and the thing judged ("score each lead", "rate
 * resumes") otherwise.
 */
const JUDGING = new Set([
  'rate',
  'score',
  'assess',
  'estimate',
  'grade',
  'gauge',
  'judge',
  'predict',
  'classify',
  'categorise',
  'categorize',
]);

/** A clause's first word: the sentence's start, or after punctuation or "and"/"or". */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ';
}

/** The subject before the verb at `i`, past auxiliaries and adverbs ("it will then write"). */
export function subjectOf(tokens: readonly Token[], i: number): Token | undefined {
  let k = i - 1;
  while (tokens[k] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  return tokens[k];
}

/** Used as a verb: tagged so, or a clause's first word before what it makes (the tagger reads "rates severity" as nouns). */
function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  if (isVerbAt(tokens, i)) return true;
  const next = tokens[i + 1];
  return startsClause(tokens, i) && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'VERB');
}

/** A bare singular noun after the verb: "severity", "buying intent" — a value, not a thing counted. */
function bareSingular(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k] && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'NOUN')) k++;
  const head = tokens[k - 1];
  return k > from && head?.pos === 'NOUN' && head.lower === head.lemma;
}

/**
 * Where the values the verb at `i` makes start, or -1 when it makes none: a verb of writing
 * or judging, not said by a person ("I write", "we rate").
 */
export function madeValuesFrom(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]!;
  // "it reads the vendor and the amount": what the tool itself reads off is a value it finds.
  // "it reads every logo": what is gone through one by one is the thing read, not a value.
  const quantified = QUANTIFIERS.has(tokens[i + 1]?.lower ?? '');
  if (READING.has(verb.lemma) && verb.pos === 'VERB' && !verb.negated && !quantified && isTool(subjectOf(tokens, i))) return i + 1;
  // "the new estimated date", "a suggested reply": a participle before a noun names a value, it makes none.
  if (/ed$/.test(verb.lower) && tokens[i + 1]?.pos === 'NOUN') return -1;
  const particle = FINDING_WITH[verb.lemma]?.includes(tokens[i + 1]?.lower ?? '') === true;
  const writes = WRITING.has(verb.lemma) || FINDING.has(verb.lemma) || particle;
  if ((!writes && !JUDGING.has(verb.lemma)) || verb.negated || (!particle && !usedAsVerb(tokens, i))) return -1;
  if (PEOPLE.has(subjectOf(tokens, i)?.lower ?? '')) return -1;
  const from = particle ? i + 2 : i + 1;
  // "write it", "draft them": a pronoun standing alone names nothing; "their industry" does.
  const object = tokens[from];
  const alone = object?.pos === 'PRON' && !NOUNISH.has(tokens[from + 1]?.pos ?? '');
  if (writes) return alone ? -1 : from;
  return bareSingular(tokens, from) ? from : -1;
}

/** Verbs that go through things looking for something: what follows their "for" names values. */
const SEARCHING = new Set(['check', 'scan', 'search', 'screen', 'inspect', 'audit', 'review', 'comb']);

/** "check each invoice for the VAT number and the bank details": where the values looked for start, or -1. */
export function lookedForFrom(tokens: readonly Token[], i: number): number {
  if (tokens[i]!.lower !== 'for') return -1;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return -1;
    if (SEARCHING.has(t.lemma) && isVerbAt(tokens, k) && !t.negated) return i + 1;
  }
  return -1;
}
