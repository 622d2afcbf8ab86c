/**
 * Fields asked for in a follow-up the way people ask for one on an app they already use, beyond
 * "add a … field": a field every record should have ("every ticket should have a priority"), a
 * field whose name comes after it ("add an additional field? Department, so …"), and a longer
 * name said as a field's ("an opt-in for user testing field"), which a description's list
 * would not take as one.
 */
import { inferFieldType } from './field-types';
import { extractSingleField, toIdentifier, toLabel, type NamedField } from './fields';
import { FIELD_KIND, fieldPhrase } from './field-phrase';
import { NOUNISH, readTokens, type Token } from './language';

/** Words a field's name may hold when said as a field's: letters, digits, hyphens. */
const NAME_WORD = /^[a-z][a-z0-9-]*$/;
const LONGEST_NAME = 5;

/** The field `phrase` names: as a description would read it, else (when said as a field) its words as they are. */
export function saidField(phrase: string, saidAsField: boolean): NamedField | null {
  const read = extractSingleField(phrase);
  if (read || !saidAsField) return read;
  const words = phrase.split(/\s+/);
  if (words.length > LONGEST_NAME || !words.every((w) => NAME_WORD.test(w))) return null;
  const { type, options } = inferFieldType(phrase, null);
  return { name: toIdentifier(phrase), label: toLabel(phrase), type, required: null, options, help: null };
}

/** "every ticket should have a priority", "each lead needs to get an owner": what each record holds. */
const EACH_HOLDS = new RegExp(
  String.raw`\b(?:every|each)\s+(?:[a-z]+\s+){1,2}?(?:should|must|needs? to|has to|ought to)\s+(?:have|get|carry|include|come with)\s+` +
    String.raw`(?:an?|one|its own)\s+([a-z][\w' -]{0,40}?)(?=\s*(?:[,.;!?(:]|$|\s+(?:too|as well|field|column)\b))`,
  'g',
);

/** People, who get things sent rather than hold them ("can customers get an email"). */
const PEOPLE =
  '(?:i|we|you|it|they|this|that|users|customers|people|clients|folks|staff|members|reps|agents|visitors|guests|readers|subscribers|teams?|everyone|someone|anyone|admins)';
/** Things sent or made, not held: "can tickets get a reply", "each one gets a summary". */
const NOT_HELD = /^(?:link|url|e-?mail|notification|reminder|message|alert|copy|summary|report|reply|response|digest)s?$/;
/**
 * "can tickets get a due date?", "can each item record its source?", "so each one gets a type":
 * what each record holds, said of the records themselves.
 */
const RECORDS = String.raw`(?:(?:can|could|should|would)\s+(?:the\s+|our\s+|all\s+)?(?!${PEOPLE}\b)[a-z]+s|(?:every|each)\s+(?!${PEOPLE}\b)[a-z]+)`;
const HOLD = '(?:get|gets|have|has|record|records|store|stores|keep|keeps|capture|captures|carry|carries|include|includes)';
const HELD = String.raw`(?:an?|one|its(?: own)?|their(?: own)?)\s+([a-z][\w' -]{0,40}?)(?=\s*(?:[,.;!?(:]|$|\s+(?:too|as well|field|column|when|so|like|next to|beside|after|before|below|above|under)\b))`;
const RECORDS_HOLD = new RegExp(String.raw`\b${RECORDS}\s+(?:also\s+)?${HOLD}\s+${HELD}`, 'g');

export function fieldsEachHolds(lower: string): NamedField[] {
  const held = [...lower.matchAll(RECORDS_HOLD)].map((m) => m[1]!).filter((p) => !NOT_HELD.test(p));
  return [...[...lower.matchAll(EACH_HOLDS)].map((m) => m[1]!), ...held]
    .map((p) => extractSingleField(p))
    .filter((f): f is NamedField => f !== null);
}

/**
 * What the words before a pronoun meant, when they said a thing missing or needed: "expected
 * close date is missing, pls add it", "we also need the GTIN of each product, can it have a field
 * for that", "there's no size, add one".
 */
const SAID_MISSING = [
  /(?:^|[,.;!?]\s*)(?:the\s+)?([a-z][\w -]{0,30}?)\s+(?:is|are)\s+(?:missing|not there|not on the form|nowhere)\b/g,
  /\bthere(?:'s| is| are)\s+no\s+([a-z][\w -]{0,30}?)(?=\s*(?:[,.;!?]|$|\s+(?:on|in)\b))/g,
  /\b(?:need|needs|want|wants|track|record|capture)\s+((?:the|a|an|their|its)\s+[a-z][\w -]{0,30}?)(?:\s+(?:of|for|on)\s+(?:each|every|the|all)\s+\w+)?(?=\s*(?:[,.;!?]|$))/g,
];

/** The thing said missing or needed last in `before`, as a field's name, or null. */
export function fieldSaidMissing(before: string): NamedField | null {
  const m = SAID_MISSING.flatMap((re) => [...before.matchAll(re)])
    .sort((x, y) => x.index - y.index)
    .pop();
  const phrase = m ? fieldPhrase(m[1]!) : null;
  return phrase ? saidField(phrase, true) : null;
}

/** "can it have a field for that": a field for the thing said before. */
const FIELD_FOR_THAT = new RegExp(String.raw`\b(?:a|an|one)\s+(?:\w+\s+)?${FIELD_KIND}\s+for\s+(?:that|this|it|them)\b`);

export function fieldForThat(lower: string): NamedField[] {
  const m = FIELD_FOR_THAT.exec(lower);
  const f = m ? fieldSaidMissing(lower.slice(0, m.index)) : null;
  return f ? [f] : [];
}

/** The word for a field and nothing else: "field", "column", "input". */
const KIND_ONLY = new RegExp(`^${FIELD_KIND}$`);
/** "? Department, so we know …", ": Budget", "- Region": a short name opening what follows. */
const NAME_AFTER = /^\s*[?:.\-–—]+\s*["“‘']?([A-Za-z][\w-]*(?: [\w-]+){0,2}?)["”’']?\s*(?:[,.;!?]|$)/;

/** The name said after a field asked for without one ("add an additional field to the form? Department, …"). */
export function nameAfterUnnamed(phrase: string | null, after: string): string | null {
  if (phrase !== null && !KIND_ONLY.test(phrase)) return null;
  return NAME_AFTER.exec(after)?.[1]?.toLowerCase() ?? null;
}

/** The nouns right after `k` ("which channel each batch is from" → "channel"), up to three. */
function nounsAfter(tokens: readonly Token[], k: number): string {
  const nouns: string[] = [];
  for (let i = k; i < tokens.length && nouns.length < 3 && NOUNISH.has(tokens[i]!.pos); i++) nouns.push(tokens[i]!.lower);
  return nouns.join(' ');
}

/** The nouns that end the words before `end` ("I want to filter by product area" → "product area"). */
function nounsBefore(tokens: readonly Token[], end: number): string {
  const nouns: string[] = [];
  for (let i = end - 1; i >= 0 && nouns.length < 3 && NOUNISH.has(tokens[i]!.pos); i--) nouns.unshift(tokens[i]!.lower);
  return nouns.join(' ');
}

const ASK = new Set(['ask', 'asks', 'asking']);
const WH = new Set(['which', 'what']);
const THAT = new Set(['that', 'this', 'it']);

/**
 * Fields said without "add": "could the form ask which channel each batch is from" (what it
 * asks), and "I want to filter by product area, can that be an input" (the thing said just
 * before "that" becomes a field).
 */
export function fieldsAskedAbout(text: string): NamedField[] {
  const tokens = readTokens(text.toLowerCase());
  const phrases: string[] = [];
  tokens.forEach((t, i) => {
    if (ASK.has(t.lower) && WH.has(tokens[i + 1]?.lower ?? '')) phrases.push(nounsAfter(tokens, i + 2));
    // "can that be an input", "make that a column": the nouns ending the clause before.
    const kind = tokens.slice(i + 1, i + 5).findIndex((x) => KIND_ONLY.test(x.lower));
    if (THAT.has(t.lower) && i > 0 && /^(?:be|a|an)$/.test(tokens[i + 1]?.lower ?? '') && kind >= 0) {
      const comma = tokens
        .slice(0, i)
        .map((x) => x.pos)
        .lastIndexOf('PUNCT');
      if (comma > 0) phrases.push(nounsBefore(tokens, comma));
    }
  });
  return phrases.map((p) => (p ? extractSingleField(p) : null)).filter((f): f is NamedField => f !== null);
}
