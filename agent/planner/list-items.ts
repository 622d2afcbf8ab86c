/**
 * The items of a list of fields read from a position: noun phrases or clauses between commas
 * and "and", each with the columns a bracket after it lists.
 */
import { bracketListsFields } from './bracket-fields';
import { clauseItemAt } from './clause-items';
import { fieldNamed } from './field-name';
import { LEADING, NOT_FIRST, PARTICIPLE, THIRD_PERSON } from './field-name-words';
import { CHOICE_FIELDS, CONTAINERS } from './field-nouns';
import { type Token, written } from './language';
import {
  choicesAfter,
  isDash,
  isListEdge,
  isMarkerAt,
  joiningAt,
  SEPARATORS,
  skipExamples,
  skipRange,
  skipRemark,
  valuesIn,
} from './list-marks';
import { verbOpensClause } from './item-verbs';
import { lastItemAsWritten } from './last-item';
import { midItemAsWritten } from './mid-item';
import { nounPhrase } from './noun-phrase';
import { pairedEndsAt } from './paired-ends';
import type { SaidField } from './said-field';

/**
 * A column of a bracket read as written up to the next comma ("sleeps how many", "smoking
 * allowed"): a short run of words with no pronoun or auxiliary; a longer one is passed over
 * (`words` null). Null when the bracket ends before a comma.
 */
function columnAsWritten(tokens: readonly Token[], from: number): { words: string | null; next: number } | null {
  let end = from;
  while (end < tokens.length && ![',', ')', '.', ';'].includes(tokens[end]!.text)) end++;
  if (end >= tokens.length || tokens[end]!.text === '.' || tokens[end]!.text === ';') return null;
  let start = from;
  while (start < end && (LEADING.has(tokens[start]!.lower) || tokens[start]!.pos === 'DET')) start++;
  const run = tokens.slice(start, end);
  const words = run.filter((t) => t.text !== '-');
  const plain =
    words.length > 0 &&
    words.length <= 4 &&
    run.every((t) => t.text === '-' || ((t.kind === 'word' || t.kind === 'number') && t.pos !== 'PRON' && t.pos !== 'AUX'));
  // "check-in date": hyphens join as written.
  return { words: plain ? written(run) : null, next: end };
}

/**
 * The item of a list at `i`: a clause ("who they report to") or a noun phrase, with the
 * columns a bracket after it lists; `skip` when a word naming no field is passed over.
 */
function itemAt(
  tokens: readonly Token[],
  i: number,
  mask: readonly boolean[],
  before: number,
  /** Inside a bracket known to list columns, where every noun is one ("make, model, year"). */
  columns = false,
): { said: SaidField[]; after: number } | { skip: number } | null {
  // "start/end time": one value at each end.
  const ends = pairedEndsAt(tokens, i);
  if (ends) return ends;
  // "what I did today", "how long I've worked with web tech": a clause names one value.
  const clause = clauseItemAt(tokens, i, mask);
  if (clause)
    return {
      said: clause.values.map((words) => ({
        words,
        hint: clause.choices ?? null,
        given: false,
        ...(clause.label ? { label: clause.label } : {}),
      })),
      after: clause.next,
    };
  const { words, next } = nounPhrase(tokens, i, mask, before > 0);
  // "registration, make, model, mileage": amid a list a lone noun is a column, whatever it names elsewhere.
  // "title, steps, expected result": so is such a noun said with a word describing it.
  // "admission time": a compound of nouns too, unless it names what holds the fields ("calendar table").
  const compound = (words[0]?.pos === 'NOUN' || words[0]?.pos === 'VERB') && !CONTAINERS.has(words[words.length - 1]?.lemma ?? '');
  const described = words.length === 2 && (words[0]!.pos === 'ADJ' || PARTICIPLE.test(words[0]!.lower) || compound);
  // "brand, model, size": a lone noun with a comma either side is amid a list too.
  const commas = before >= 1 && tokens[i - 1]?.text === ',' && tokens[next]?.text === ',';
  const amid =
    (((before >= 2 || columns || commas) && words.length === 1) || (before >= 1 && described)) &&
    words[words.length - 1]!.pos === 'NOUN' &&
    isListEdge(tokens[next]);
  // "the technician sees model, repair, reserved parts": a lone noun a verb's list opens on is its first column
  // (after a participle, "from our fixed list, …", the noun is described, not listed).
  const verb = tokens[i - 1];
  const opening =
    before === 0 &&
    words.length === 1 &&
    tokens[i] === words[0] &&
    verb?.pos === 'VERB' &&
    !PARTICIPLE.test(verb.lower) &&
    tokens[next]?.text === ',';
  const said =
    fieldNamed(words, tokens, next, mask) ??
    (amid || (opening && words[0]!.pos === 'NOUN' && !NOT_FIRST.has(words[0]!.lower))
      ? { words: words.map((w) => w.text).join(' '), hint: null, given: false }
      : null);
  // "core problem, method, results and keywords": a word that names no field is passed over inside a list.
  if (!said && before > 0 && words.length > 0 && SEPARATORS.has(tokens[next]?.lower ?? '')) {
    return { skip: tokens[next + 1]?.lower === 'and' ? next + 2 : next + 1 };
  }
  if (!said) return null;
  if (said.hint === null) return { said: [said], after: next };
  const plural = words[words.length - 1]!.lower !== words[words.length - 1]!.lemma;
  const close = tokens.findIndex((t, k) => k > next && t.text === ')');
  // "(name, phone; couriers have a base area)": the clause after a semicolon is left for the cues to read.
  const semicolon = tokens.findIndex((t, k) => k > next && k < close && t.text === ';');
  const after = semicolon > next ? semicolon + 1 : close + 1;
  // "orders (item, price, status)", "personal info (name, address, email)": the bracket lists
  // the columns, not choices — a choice field's bracket holds choices however long.
  const parts = said.hint.split(/,|\+/).length;
  const choiceField = CHOICE_FIELDS.has(words[words.length - 1]!.lemma);
  // "a blog post (title + content)": parts added together are its parts, never choices.
  const added = said.hint.includes('+') && parts >= 2;
  const listed = listAt(tokens, next + 1, mask, true).items;
  // "an emergency alert (emergency type, instructions)": kinds of value, never choices.
  const kinds = !choiceField && bracketListsFields(listed);
  if (added || (((plural && parts >= 2) || (!choiceField && parts >= 3) || kinds) && !valuesIn(tokens.slice(next + 1, after - 1)))) {
    // "rooms (number, size, …)": a plural owner names the rows, not a value of them.
    return { said: plural && listed.length >= 2 ? listed : [...listed, { ...said, hint: null }], after };
  }
  return { said: [said], after };
}

/**
 * A word after a comma that adds the next item: "…, and notes"; inside a bracket of columns
 * "…, plus objectives" too (in prose, "…, plus SRT files" turns to something else).
 */
const addsItem = (t: Token | undefined, columns: boolean) => t?.lower === 'and' || (columns && t?.lower === 'plus');

/**
 * "patient, doctor or date", "a margin, an uplift or a discount": after names parted by a comma,
 * "or" joins the last one as "and" does; without a comma before it, "the product or service"
 * is one thing named two ways (nounPhrase keeps it whole).
 */
const joinsLast = (t: Token | undefined, parted: boolean) => parted && t?.lower === 'or';

/** Articles: one before each of two items says they are two things ("a tracking number and an ETA"). */
export const ARTICLES = new Set(['a', 'an', 'the']);

/** An "and"/"or" joins the last item further on in the clause, before any verb. */
function coordinatedAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return false;
  }
  return false;
}

/** Tokens that end the stretch an item's tail may run over. */
const TAIL_ENDS = new Set(['.', ';', ':', '(', ')']);
/** How far an item's unread tail may run before its comma. */
const MAX_TAIL = 16;

/** The comma ending the unread tail of an item at `from`, or -1 when the clause ends first. */
function nextCommaAt(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + MAX_TAIL; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if (TAIL_ENDS.has(t.text) || isDash(t)) return -1;
  }
  return -1;
}

/**
 * A run of noun phrases separated by commas/"and" starting at `from`, as long as each item
 * is a phrase alone. A bracket after a plural item holds that item's own columns.
 */
export function listAt(
  tokens: readonly Token[],
  from: number,
  mask: readonly boolean[],
  /** Inside a bracket known to list columns: an item the grammar cannot read is taken as written. */
  columns = false,
  /** After a colon, where commas part the items: an item's tail the grammar cannot read is passed over. */
  enumerated = false,
): { items: SaidField[]; end: number } {
  // "per person: entitled days, days taken, days left before year end, and the dates of each leave".
  const passOver = (k: number) => (enumerated && items.length >= 2 ? nextCommaAt(tokens, k) : -1);
  const items: SaidField[] = [];
  let i = from;
  // A comma has parted two items of this list.
  let parted = false;
  const edge = (k: number) => isListEdge(tokens[k]) || joinsLast(tokens[k], parted);
  while (i < tokens.length) {
    if (mask[i]) {
      i++;
      continue;
    }
    if (isMarkerAt(tokens, i)) i += 2;
    const start = i;
    const item = itemAt(tokens, i, mask, items.length, columns);
    const past = (k: number) => choicesAfter(tokens, k)?.next ?? k;
    const stuck = !item || ('said' in item && !isListEdge(tokens[past(skipRange(tokens, skipExamples(tokens, item.after, mask)))]));
    if (columns && stuck) {
      const column = columnAsWritten(tokens, i);
      if (!column) break;
      if (column.words) items.push({ words: column.words, hint: null, given: false });
      i = column.next;
      if (tokens[i]?.text !== ',') break;
      i++;
      if (addsItem(tokens[i], columns)) i++;
      continue;
    }
    if (!item) {
      // "…, ticket link and supporting acts.": the last item the tagger reads as a verb, taken as written.
      const last = items.length >= 2 && SEPARATORS.has(tokens[i - 1]?.lower ?? '') ? lastItemAsWritten(tokens, i) : null;
      if (last) {
        items.push({ words: last.words, hint: null, given: false });
        i = last.next;
        break;
      }
      // "…, down payment % and loan terms": amid names parted by commas, a short plain run is one more.
      const afterComma = tokens[i - 1]?.text === ',' || (tokens[i - 1]?.lower === 'and' && tokens[i - 2]?.text === ',');
      const mid = items.length >= 2 && afterComma ? midItemAsWritten(tokens, i) : null;
      if (mid) {
        items.push(mid.said);
        i = mid.next;
        if (!SEPARATORS.has(tokens[i]?.lower ?? '')) break;
        i++;
        if (addsItem(tokens[i], columns)) i++;
        continue;
      }
      // "analytics: number of installs, builds uploaded, …": after one item read, a short plain one taken as written goes on too.
      const column = columnAsWritten(tokens, i);
      const plain = column?.words && tokens[column.next]?.text === ',';
      const comma = enumerated && items.length === 1 && plain ? column!.next : passOver(i);
      if (comma < 0) break;
      // "…, last reviewed, …": a short plain item the grammar cannot read is taken as written.
      if (column?.words && column.next === comma) items.push({ words: column.words, hint: null, given: false });
      i = comma + 1;
      if (addsItem(tokens[i], columns)) i++;
      continue;
    }
    if ('skip' in item) {
      i = item.skip;
      continue;
    }
    // "…, Repairs or Tolls, marks whether …": the list ends before a verb that opens a clause of its own.
    // "…, ISBN if there is one, …": a short condition on the item is passed over, not a clause that ends the list.
    const clause = verbOpensClause(tokens, start, item.after) && skipRange(tokens, item.after) === item.after;
    if (items.length > 0 && item.said.length === 1 && clause) break;
    // The item's own determiner: "and our change log" names a thing of its own.
    const own = tokens[i]!.pos === 'DET' || LEADING.has(tokens[i]!.lower);
    items.push(...item.said.map((x, k) => (k === item.said.length - 1 && own ? { ...x, determined: true } : x)));
    i = skipRemark(tokens, skipRange(tokens, skipExamples(tokens, item.after, mask)));
    if (isMarkerAt(tokens, i)) continue;
    // "…, and coordinators approve them": a name after "and" followed by its verb starts a clause, not an item.
    const object = tokens[i + 1]?.pos === 'PRON' || tokens[i + 1]?.pos === 'DET';
    const subject = tokens[i]?.pos === 'VERB' && !PARTICIPLE.test(tokens[i]!.lower) && object;
    if (subject && items.length > 1 && tokens[start - 1]?.lower === 'and' && item.said.length === 1) items.pop();
    // "a tracking number a carrier and an ETA": an article starts the next item of a list that ends on "and".
    // "meeting type regular/special/annual, date": the choices after a name belong to it.
    const choices = item.said.length === 1 ? choicesAfter(tokens, i) : null;
    if (choices && isListEdge(tokens[choices.next])) {
      const said = items[items.length - 1]!;
      if (choices.choices && said.hint === null) said.hint = choices.choices;
      i = choices.next;
    }
    // "the phone number along with the reason they called": a phrase that joins as "and" does.
    const joining = joiningAt(tokens, i);
    if (joining > 0) {
      i += joining;
      continue;
    }
    // The item before must have its own article too: "draft a polite answer" is a verb and its object.
    // "the user types a city and …": a word in -s before the article is the subject's verb.
    const verbBefore = THIRD_PERSON.test(tokens[i - 1]?.lower ?? '');
    if (ARTICLES.has(tokens[i]?.lower ?? '') && ARTICLES.has(tokens[start]?.lower ?? '') && !verbBefore && coordinatedAhead(tokens, i))
      continue;
    if (!edge(i)) i = Math.max(i, passOver(i));
    if (!edge(i) || tokens[i]?.text === '.' || tokens[i]?.text === ':') break;
    if (tokens[i]?.text === ')' || tokens[i]?.text === '(') break;
    if (tokens[i]?.text === ',') parted = true;
    i++;
    if (addsItem(tokens[i], columns) || (tokens[i - 1]?.text === ',' && joinsLast(tokens[i], items.length >= 2))) i++;
  }
  return { items, end: i };
}
