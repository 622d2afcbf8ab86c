/**
 * Words the tagger reads as verbs though they stand as items of a list of nouns: "name,
 * address, phone", "email and contact". Many field names are also verbs (address, contact,
 * order, release, request); between list marks, after a noun, a bare word names a thing,
 * not an action, so it is retagged as a noun before any reader sees it.
 */
import type { Token } from './token';

/** Marks that separate a list's items. */
const SEPARATORS = new Set([',', 'and', 'or', '&', '/']);

/** Marks that may close a list. */
const ENDS = new Set(['.', ';', ')', ':', '?', '!']);

const NAMING = new Set(['NOUN', 'PROPN']);

/** A comma before `i` in the same run of nouns: the list has items before the last two ("name, email and …"). */
function commaBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ENDS.has(t.text)) return false;
  }
  return false;
}

/**
 * A verb at `i` is a list's item: a separator before it follows a noun ("name, address"), and
 * a separator follows one opened by a comma ("address, phone"), or it ends a list with commas ("name, email and
 * address."). "read the emails and reply": a verb after a lone "and" may be a second action,
 * so it stays a verb; so do a verb's forms ("addressed", "ordering") and one with an object.
 */
function listedAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return false;
  const mark = tokens[i - 1];
  const item = tokens[i - 2];
  if (!mark || !item || !SEPARATORS.has(mark.lower) || !NAMING.has(item.pos)) return false;
  const next = tokens[i + 1];
  // "add contacts and review, then approve": only a comma opens an item amid the list.
  if (next && SEPARATORS.has(next.lower)) return mark.text === ',';
  return (!next || ENDS.has(next.text)) && (mark.text === ',' || commaBefore(tokens, i - 2));
}

/**
 * A verb at `i` ends a compound item of a comma list: "conversion rate, ad spend, …",
 * "chocolate sponge, raspberry filling, …". After a singular noun that opens the item, a
 * verb's plain or -ing form names a thing ("managers approve," has a plural subject).
 */
function compoundAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || (t.lower !== t.lemma && !t.lower.endsWith('ing'))) return false;
  const head = tokens[i - 1];
  if (head?.pos !== 'NOUN' || head.lower !== head.lemma || tokens[i - 2]?.text !== ',') return false;
  const next = tokens[i + 1];
  return !next || SEPARATORS.has(next.lower) || ENDS.has(next.text);
}

/**
 * A verb at `i` in -s ends an item of a comma list after a describing word: "dietary needs and
 * table number", "special requests, …". A word alone after a comma is no subject of a clause
 * amid a list, so the word is a plural noun.
 */
function describedItemAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || !t.lower.endsWith('s')) return false;
  const head = tokens[i - 1];
  const describing = head?.pos === 'ADJ' || (head?.pos === 'NOUN' && head.lower === head.lemma);
  if (!describing || tokens[i - 2]?.text !== ',') return false;
  const next = tokens[i + 1];
  return !next || SEPARATORS.has(next.lower) || ENDS.has(next.text);
}

/**
 * A verb in -s at `i` is an item of a comma list of plural nouns: "malts, hops with alpha acid …",
 * "cups, plates, spoons and forks". After a plural item of the list and a comma a word names the next thing
 * of the list, where a separator, the list's end or a "with" of its details follows.
 */
function pluralItemAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || !t.lower.endsWith('s') || tokens[i - 1]?.text !== ',') return false;
  const item = tokens[i - 2];
  if (item?.pos !== 'NOUN' || item.lower === item.lemma || !item.lower.endsWith('s')) return false;
  // The plural before is an item itself, after a comma or colon ("someone reviews, approves" is a clause).
  if (tokens[i - 3]?.text !== ',' && tokens[i - 3]?.text !== ':') return false;
  const next = tokens[i + 1];
  return !next || SEPARATORS.has(next.lower) || ENDS.has(next.text) || next.lower === 'with';
}

/** Words a list of what something holds follows: "has name, company, …", "with address, phone, …", "fields: …". */
const HOLDING = new Set(['AUX', 'ADP']);

/**
 * A verb at `i` opens a list of nouns: after "has", "with" or a colon, a comma and a noun
 * with a separator after it follow ("has name, company, role"). A list of actions opens a
 * clause instead ("fetch, filter and sort").
 */
function opensListAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return false;
  const before = tokens[i - 1];
  if (!before || !(HOLDING.has(before.pos) || before.text === ':')) return false;
  const noun = tokens[i + 2];
  return tokens[i + 1]?.text === ',' && !!noun && NAMING.has(noun.pos) && SEPARATORS.has(tokens[i + 3]?.lower ?? '');
}

/** Retags in place the verbs that stand as items of a list of nouns. */
export function retagListNouns(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (listedAt(tokens, i) || compoundAt(tokens, i) || describedItemAt(tokens, i) || pluralItemAt(tokens, i) || opensListAt(tokens, i))
      tokens[i]!.pos = 'NOUN';
  }
}
