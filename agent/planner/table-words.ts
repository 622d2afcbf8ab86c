/**
 * Words that name a table of records ("a sheet", "our tracker"), and the readings in which such
 * a word names none: an idiom ("a balance sheet", "a table of contents") or a word that only
 * describes the noun after it ("our product catalog photos").
 */
import type { Token } from './language';
import { TOOL_NOUNS } from './tool-nouns';

/** Words that name a table of records. */
export const TABLE_WORDS = new Set([
  'table',
  'sheet',
  'spreadsheet',
  'database',
  'db',
  'tracker',
  'pipeline',
  'directory',
  'crm',
  'inventory',
  'register',
  'catalog',
  'catalogue',
  'archive',
  'airtable',
  'notion',
  'collection',
]);
/**
 * Words before a table word that make it no table: a balance sheet is a statement, a fact table a
 * data model, a comparison or summary table a layout of an answer.
 */
const TABLE_IDIOMS = new Set(['balance', 'cheat', 'style', 'fact', 'time', 'comparison', 'summary']);
/** Words after "of" that make a table word no table: a table of contents is part of a document. */
const OF_IDIOMS = new Set(['contents']);

/** The table word at `i` is part of an idiom that names no table. */
export function tableIdiom(tokens: readonly Token[], i: number): boolean {
  return TABLE_IDIOMS.has(tokens[i - 1]?.lemma ?? '') || (tokens[i + 1]?.lower === 'of' && OF_IDIOMS.has(tokens[i + 2]?.lower ?? ''));
}

/** "Register of our policies": a word before "of" is a noun, whatever the tagger says. */
export function ofFollows(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.lower === 'of';
}

/** A table word before another noun only describes it ("our product catalog photos", "a calendar slot"). */
export function modifies(tokens: readonly Token[], i: number): boolean {
  // "a 'logo sheet' image": past a closing quote.
  const quoted = tokens[i + 1]?.kind === 'punctuation' && /^['"’”]$/.test(tokens[i + 1]!.text);
  const next = tokens[quoted ? i + 2 : i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !TABLE_WORDS.has(next.lemma) && !TOOL_NOUNS.has(next.lemma);
}

/** Words opening a verb's object: "records a voice memo", "logs their hours". */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'each', 'every']);

/** "tech records a voice memo", "each driver logs the mileage": a table word after its subject and before its object is the verb, whatever the tagger says. */
export function verbBeforeObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const subject = tokens[i - 1];
  return (
    t.lower !== t.lemma &&
    t.lower.endsWith('s') &&
    !!subject &&
    (subject.pos === 'NOUN' || subject.pos === 'PROPN') &&
    subject.lower === subject.lemma &&
    OBJECT_OPENERS.has(tokens[i + 1]?.lower ?? '')
  );
}
