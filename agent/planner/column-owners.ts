/**
 * Things said to have a column: "request has a status", "platforms have a commission %", "tasks
 * belong to a project". A bare noun opening a clause, then "have" (or "belong to") and one thing,
 * is an entity with a property of its own — in a tool that keeps rows, a table beside the others.
 * "Each special order has an owner" says so of every one of a thing; "each item has a price" goes
 * over whatever rows were described, so a word for any row at all names no table.
 * Read from the language model's tags: the clause's subject, the verb's lemma, the object's
 * determiner.
 */
import { readSentences, type Token } from './language';
import { NOT_RECORDS } from './record-nouns';
import { namesTheTool } from './said-tables';
import { singular } from './words';

/** Words before a subject that still open its clause: "; request has …", "and venues have …", "each order has …". */
const LEADS = new Set(['and', 'but', 'each', 'every']);
/** Words for any row at all, beside the ones never a row: "each item has a price", "every line has a total". */
export const ANY_ROW = new Set(['item', 'line']);
/** The object's determiner: one property ("a status", "an owner"), not "the same tone". */
const ONE = new Set(['a', 'an', 'one']);

/** The object's first word after the verb at `i`: "has a status", "belongs to a project". */
function objectAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.lemma === 'have') return i + 1;
  return t.lemma === 'belong' && tokens[i + 1]?.lower === 'to' ? i + 2 : -1;
}

/** The subject noun (singular) of "have" or "belong to" at `i`, when it is a bare noun opening its clause. */
function ownerAt(tokens: readonly Token[], i: number): string | null {
  const at = objectAt(tokens, i);
  if (at < 0 || tokens[i]!.negated || !ONE.has(tokens[at]?.lower ?? '')) return null;
  const object = tokens[at + 1];
  if (object?.pos !== 'NOUN' && object?.pos !== 'PROPN') return null;
  const head = tokens[i - 1];
  // The tagger leaves a capitalised plural opening a sentence as it is ("Classes have a coach").
  const capitalised = head?.pos === 'PROPN' && head.lemma === head.lower && /^[A-Z][a-z]+s$/.test(head.text);
  if ((head?.pos !== 'NOUN' && !capitalised) || head.kind !== 'word') return null;
  const lemma = capitalised ? singular(head.lower) : head.lemma;
  let k = i - 2;
  while ((tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') && k > i - 4) k--;
  const lead = tokens[k];
  if (lead && lead.pos !== 'PUNCT' && !LEADS.has(lead.lower)) return null;
  const noun = [...tokens.slice(k + 1, i - 1).map((w) => w.lower), lemma].join(' ');
  return namesTheTool(head, lemma) || NOT_RECORDS.has(lemma) || ANY_ROW.has(lemma) ? null : noun;
}

/** The things said to have a column of their own, singular, in order of mention. */
export function columnOwners(text: string): string[] {
  const found: string[] = [];
  for (const { tokens } of readSentences(text)) {
    tokens.forEach((_, i) => {
      const owner = ownerAt(tokens, i);
      if (owner && !found.includes(owner)) found.push(owner);
    });
  }
  return found;
}
