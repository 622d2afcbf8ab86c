/**
 * A value named as something a row's owner has: "email it to the client's billing contact",
 * "for the farmer's location and crop", "take one off the client's remaining sessions".
 * English marks what belongs to a thing with the possessive 's; said of a person or a record
 * the tool deals with ("the client", "each employee"), what follows is a value kept of it.
 */
import { CONTAINERS } from './field-nouns';
import { inferFieldType } from './field-types';
import { listAt } from './list-items';
import type { Cue } from './sentence-reading';

/** Determiners that pick out the owner as one of the rows: "the client's", "each employee's", "that customer's". */
const OWNER_DETERMINERS = new Set(['the', 'each', 'every', 'that', 'this', 'a', 'an']);

/** Kinds of value a person hands over as a file rather than names. */
const UPLOADS = new Set(['image', 'file', 'document']);

const headOf = (words: string) => words.toLowerCase().split(/\s+/).pop() ?? '';

/** "the client's billing contact and …": the noun phrases after the possessive are values of the owner. */
export const OWNED_VALUES: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  if (t.pos !== 'PART' || (t.lower !== "'s" && t.lower !== '’s') || mask[i]) return false;
  const owner = tokens[i - 1];
  if (!owner || (owner.pos !== 'NOUN' && owner.pos !== 'PROPN') || !OWNER_DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return false;
  const list = listAt(tokens, i + 1, mask);
  // "on the lead's row", "the client's record": what holds the values is no value; "the member's photo" is an upload, said where it is handed over.
  const values = list.items.filter((x) => !CONTAINERS.has(headOf(x.words)) && !UPLOADS.has(inferFieldType(x.words, null).type));
  if (values.length === 0) return false;
  r.take({ items: values, end: list.end }, true);
  return true;
};
