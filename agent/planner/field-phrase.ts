/**
 * The field a follow-up names, cut out of the words around it: "add expected close date to the
 * form thx" → "expected close date", "a notes feild so reps can jot stuff down" → "notes",
 * "a field for dimensions/size, buyers always ask" → "dimensions", "the size for the product" →
 * "size", "a size box when I upload" → "size". Where the field goes,
 * why it is wanted and a remark after a comma are not part of its name.
 */
import { readTokens, written } from './language';

/** What a field is called as a kind of thing, with the slips people type ("feild", "colum"). */
export const FIELD_KIND = '(?:field|feild|filed|fied|column|colum|coloumn|input|dropdown|drop-down|box|upload|option|picker|checkbox)s?';
const KIND_AT_END = new RegExp(String.raw`\s+${FIELD_KIND}$`);
const KIND_AT_START = new RegExp(
  String.raw`^${FIELD_KIND}\s+(?:(?:for|called|named|with)\s+|where (?:i|we|they|you|people|users) (?:can )?[a-z]+ (?:in )?(?:the |a |an |their |our )?)`,
);
/** Where it goes: "to the form", "on the sales leads table", "to leads", "for the product", "with their feedback". */
const PLACE =
  /\s+(?:(?:to|on|in|into|onto|from|off)\s+(?:the\s+|our\s+|my\s+|this\s+|each\s+|every\s+)?[\w' -]{1,40}|(?:for|with)\s+(?:the|each|every|a|their|its)\s+\w+)$/;
/** Why it is wanted: "so reps can …", "because …", "for when …". */
const PURPOSE =
  /\s+(?:(?:so|so that|because|since|as|for when|to let|to help|which|that way)\s+|(?:when|whenever|if|once|while)\s+(?:i|we|they|you|people|someone|users|customers|it|the)\b).*$/;
/** A remark in brackets ("(just text is fine)") says how, not what. */
const BRACKETED = /\s*\([^)]*\)/g;
const TRAILING = /\s+(?:as well|too|also|thx|thanks|pls|please|instead|now|then|and|or|plus)$/;
const LEADING = /^(?:a|an|the|one|new|another|extra|additional|some|more|separate|optional|required)(?:\s+|$)/;
/** A scale said with the field ("a rating 1 to 5", "a score from 1-10", "stars out of 5") is what it holds, not its name. */
const SCALE = /\s+(?:from\s+|of\s+)?\d+\s*(?:to|-|–)\s*\d+\b|\s+out of \d+\b/;
/** Words before a name put in quotes ("a free text 'additional feedback' box") say its kind, not its name. */
const BEFORE_QUOTED = /^[^"“‘']*?\s(?=["“‘'][a-z][^"“”‘’']{0,40}["”’'](?:\s|$))/;

/** A remark after a comma (", buyers always ask"): three or more words holding a verb. */
export function withoutRemark(clause: string): string {
  const parts = clause.split(/\s*,\s*/);
  for (let i = 1; i < parts.length; i++) {
    const words = parts[i]!.split(/\s+/);
    if (words.length >= 3 && readTokens(parts[i]!).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return parts.slice(0, i).join(', ');
  }
  return clause;
}

/** "an opt-in field and list those people in the digest": the field ends where the next thing asked begins. */
function withoutNextAct(clause: string): string {
  const tokens = readTokens(clause);
  const k = tokens.findIndex((t, i) => i > 0 && t.lower === 'and' && tokens[i + 1]?.pos === 'VERB' && tokens[i + 2]?.pos !== 'PUNCT');
  return k > 0 ? written(tokens.slice(0, k)) : clause;
}

/** The field's name in `clause` (lower case, the words after the verb), or null when nothing is left. */
export function fieldPhrase(clause: string): string | null {
  // "customer satisfaction - just good or bad": a remark after a spaced dash says how, not what.
  const named = clause
    .toLowerCase()
    .replace(BRACKETED, '')
    .split(/\s+[-–—]\s+/)[0]!
    .trim();
  let p = withoutNextAct(withoutRemark(named)).replace(/[.!?]+$/, '');
  p = p.replace(PURPOSE, '').replace(SCALE, '');
  for (let previous = ''; previous !== p; ) {
    previous = p;
    p = p.replace(TRAILING, '').replace(LEADING, '').replace(KIND_AT_START, '').trim();
    // The place goes only where a name is left before it ("add time to pick up" keeps nothing).
    const placed = p.replace(PLACE, '');
    if (placed.trim()) p = placed.trim();
    p = p.replace(KIND_AT_END, '').trim();
  }
  p = p.replace(BEFORE_QUOTED, '');
  // Quotes around the name go; of two names for one field ("dimensions/size") the first is its name.
  p = p
    .replace(/["“”‘’]|(?<!\w)'|'(?!\w)/g, '')
    .replace(/^(\w+(?: \w+)?)\s*\/\s*\w+(?: \w+)?$/, '$1')
    .trim();
  return p.length > 0 && p.split(/\s+/).length <= 5 ? p : null;
}
