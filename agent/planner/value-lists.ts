/**
 * What comes after a verb or a piece of writing, read as a list: values handed back ("get back
 * the invoice number, the date, every line item"), values a writing is named by ("a report with
 * a severity score"), or a writing's sections after a colon.
 */
import { isVerbAt, type Token } from './language';
import { DOCUMENTS, TEXT_NOUNS } from './result-words';
/** Verbs that hand back what follows them: "get back the invoice number, the date…", "tell me: type, tone…". */
const RETURNING_VERBS = new Set(['get', 'return', 'tell', 'give', 'output']);
/** Words between such a verb and what it hands back. */
const RETURN_FILLERS = new Set(['back', 'me', 'us', ':', 'out']);
export const PEOPLE = new Set(['i', 'we', 'they', 'you']);

/** After a verb, these start its own object or clause ("where to buy it", "have AI write"). */
const CLAUSE_NEXT = new Set(['DET', 'PRON', 'PROPN', 'PART', 'ADP']);
/** At least this many values listed make a record, not prose. */
export const VALUE_LIST = 3;
/** "give me the recommended action and a short rationale": two named things handed back are values too. */
const VALUES_NAMED = 2;
/** Papers a tool can make whole, which are no values: "it gives me a contract and an invoice". */
const PAPERS = new Set(['contract', 'invoice', 'document', 'file', 'pdf', 'report', 'agreement', 'certificate', 'receipt', 'quote']);

export const NO_LIST = { end: -1, prose: 0, documents: 0 };

/** One thing listed as handed back: its head word, whether it explains ("what it means"), whether it is a whole piece of writing. */
interface ListItem {
  head: Token | null;
  explains: boolean;
  document: boolean;
}
/** Words that open an item explaining something. */
const EXPLAINING = new Set(['what', 'how', 'why']);

/**
 * Where a list of values handed back ends (`end`, or -1), or how many pieces of writing a list handed back names (`prose`): three or more short noun phrases after a
 * returning verb, most of them not prose ("the invoice number, the date, every line item");
 * "key messages, slogans, …" lists pieces of writing instead.
 */
export function valueListEnd(tokens: readonly Token[], i: number): { end: number; prose: number; documents: number } {
  // "I give the bullet points, …", "I will tell you my location and …": what the person gives is input.
  let subject = i - 1;
  while (tokens[subject]?.pos === 'AUX') subject--;
  if (!RETURNING_VERBS.has(tokens[i]!.lemma) || PEOPLE.has(tokens[subject]?.lower ?? '')) return NO_LIST;
  let k = i + 1;
  while (tokens[k] && RETURN_FILLERS.has(tokens[k]!.lower)) k++;
  const items: ListItem[] = [];
  let item: ListItem = { head: null, explains: false, document: false };
  let opened = false;
  const close = () => {
    if (item.head) items.push(item);
    item = { head: null, explains: false, document: false };
    opened = false;
  };
  let depth = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    if (t.text === '.' || t.text === ';' || t.text === '—' || t.text === ':') break;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'plus') {
      close();
      continue;
    }
    // "what the objection really means", "how to fix it": an item that explains is writing.
    if (!opened && EXPLAINING.has(t.lower)) item.explains = true;
    opened = true;
    // "feedback on quality, readability…", "an analysis of genre, theme…": one piece about many things.
    if (t.pos === 'ADP' && items.length === 0) return NO_LIST;
    // A clause inside ("and have AI write…") is no list of values; "suggested optimizations" is.
    if (t.pos === 'VERB' && CLAUSE_NEXT.has(tokens[k + 1]?.pos ?? '')) {
      if (items.length + (item.head ? 1 : 0) < VALUES_NAMED) return NO_LIST;
      break;
    }
    // A tagger may read a listed noun as a verb ("reapply signal,").
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB') item.head = t;
    // Items that name a whole piece of writing ("a cover letter draft").
    if (t.pos === 'NOUN' && DOCUMENTS.has(t.lemma)) item.document = true;
  }
  close();
  const heads = items.map((x) => x.head!);
  const prose = items.filter((x) => x.explains || TEXT_NOUNS.has(x.head!.lemma)).length;
  const documents = items.filter((x) => x.document).length;
  // "Give me ranked hypotheses, a checklist, a stakeholder update and a postmortem draft": mostly writing.
  if (heads.length >= VALUES_NAMED && prose * 2 >= heads.length) return { end: -1, prose, documents: 0 };
  // Two things handed back are values only when neither is a paper made whole ("a contract and a matching invoice").
  if (heads.length < VALUE_LIST && heads.some((h) => PAPERS.has(h.lemma))) return NO_LIST;
  return heads.length >= VALUES_NAMED ? { end: k, prose: 0, documents } : NO_LIST;
}

/** Where listed names are columns. */
const TABLES = new Set(['table', 'sheet', 'spreadsheet', 'database']);
/** How far after a piece of writing the colon opening its sections may come. */
const SECTIONS_REACH = 8;

/** Words that open the parts a piece of writing comes with. */
const WITH_PARTS = new Set(['with', 'including']);
/** Values a result can be measured or sorted by. */
const MEASURES = new Set([
  'score',
  'rating',
  'level',
  'priority',
  'status',
  'category',
  'label',
  'tag',
  'grade',
  'verdict',
  'severity',
  'confidence',
  'probability',
  'flag',
]);

/**
 * "a triage report with a severity score and the techniques it maps to": the writing is named
 * by values it comes with (scores, labels, levels), so what is handed back is those values.
 */
export function valuesFollow(tokens: readonly Token[], i: number): boolean {
  if (!WITH_PARTS.has(tokens[i + 1]?.lower ?? '')) return false;
  const heads: Token[] = [];
  let last: Token | null = null;
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.pos === 'VERB' || t.pos === 'ADP') break;
    if (t.text === ',' || t.lower === 'and') {
      if (last) heads.push(last);
      last = null;
    } else if (t.pos === 'NOUN' || t.pos === 'PROPN') last = t;
  }
  if (last) heads.push(last);
  const values = heads.filter((h) => MEASURES.has(h.lemma)).length;
  return values > 0 && values * 2 >= heads.length && !heads.some((h) => TEXT_NOUNS.has(h.lemma));
}

/** "suggest a category", "recommend a priority": the object of a writing verb is a value to pick, no writing. */
export function objectIsMeasure(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k++;
  const head = tokens[k];
  return !!head && head.pos === 'NOUN' && MEASURES.has(head.lemma) && tokens[k + 1]?.pos !== 'NOUN';
}

/** A colon follows shortly, in the same sentence, with a list after it. */
export function sectionsFollow(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + SECTIONS_REACH); k++) {
    const t = tokens[k]!;
    // "a report as a three column table: month, …": the list is the table's columns.
    // "how urgent each email is: low, …": after a verb or a copula the list is what it is, not its sections.
    if (t.text === '.' || t.text === ';' || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || TABLES.has(t.lemma)) return false;
    // "Hero image for each blog post: read the post, …" opens steps, not sections.
    // A dash opens sections as a colon does: "a revenue report in Slack — total revenue, refund rate, …".
    if (t.text === ':' || t.text === '—' || t.text === '–')
      return !isVerbAt(tokens, k + 1) && tokens.slice(k + 1).some((x) => x.text === ',');
  }
  return false;
}

/** How far after a writing verb "into a table" may come ("summarise the day's emails into a table"). */
const INTO_REACH = 8;

/** "summarise each paper into a row of our table", "write them as rows in the sheet": writing put in a table's cells is values kept, not prose handed back. */
export function intoTable(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + INTO_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.text === ':') return false;
    if (t.lower === 'into' || t.lower === 'as') return tokens.slice(k + 1, k + 5).some((x) => TABLES.has(x.lemma) || x.lemma === 'row');
  }
  return false;
}
