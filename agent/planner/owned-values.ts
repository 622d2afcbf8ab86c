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

/** Pronouns that stand for the rows' owners: "their weekly hour cap", "its critical level". */
const ROW_PRONOUNS = new Set(['their', 'its']);

/** Kinds of value a person hands over as a file rather than names. */
const UPLOADS = new Set(['image', 'file', 'document']);

const headOf = (words: string) => words.toLowerCase().split(/\s+/).pop() ?? '';

/** "the client's billing contact and …": the noun phrases after the possessive are values of the owner. */
export const OWNED_VALUES: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  if (mask[i]) return false;
  const owner = tokens[i - 1];
  const possessive =
    t.pos === 'PART' &&
    (t.lower === "'s" || t.lower === '’s') &&
    (owner?.pos === 'NOUN' || owner?.pos === 'PROPN') &&
    OWNER_DETERMINERS.has(tokens[i - 2]?.lower ?? '');
  if (!possessive && !ROW_PRONOUNS.has(t.lower)) return false;
  const list = listAt(tokens, i + 1, mask);
  // "their preferred clinician", "its critical level": after a pronoun only a name of two words or more is surely an attribute ("their problems" is not).
  if (!possessive && (list.items[0]?.words.split(/\s+/).length ?? 0) < 2) return false;
  // "on the lead's row", "the client's record": what holds the values is no value; "the member's photo" is an upload, said where it is handed over.
  const values = list.items.filter((x) => !CONTAINERS.has(headOf(x.words)) && !UPLOADS.has(inferFieldType(x.words, null).type));
  if (values.length === 0) return false;
  r.take({ items: values, end: list.end }, true);
  return true;
};
