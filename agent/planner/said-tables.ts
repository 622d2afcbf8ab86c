/**
 * Several tables said at once: each named thing with its own columns ("Distributors:
 * distributor, phone, location. Inventory: product, SKU, quantity", "their orders (item,
 * price, status) and service queries with name, email and query", "candidate = name, email").
 * Read from the language model's tags: a noun phrase right before a colon, an equals sign,
 * "with", or a bracket after a plural, followed by a list of at least two field names.
 */
import { exampleMask } from './example-mask';
import { EACH } from './keep-sense';
import { listAt } from './list-items';
import { GROUP_NOUNS, POSSESSIVES, RECORDS_APP_NOUNS } from './record-nouns';
import type { SaidField } from './said-field';
import { uploaded } from './handed-over';
import { NOUNISH, readSentences, type Token } from './language';
import { answerHeading } from './shown-in';
import { TIME_NOUNS } from './time-nouns';
import { TOOL_NOUNS } from './tool-nouns';
import { writtenOut } from './written-out';
import { singular } from './words';

export interface SaidTable {
  /** What one row is, singular and lower-case ("distributor", "service query"). */
  noun: string;
  columns: SaidField[];
}

/** Nouns that name the tool or a kind of table, never what a row is. */
const NOT_ROWS = new Set([
  'tool',
  'app',
  'form',
  'helper',
  'bot',
  'assistant',
  'portal',
  'directory',
  'tracker',
  'crm',
  'database',
  'table',
  'sheet',
  'spreadsheet',
  'dashboard',
  'system',
  'ats',
  'calendar',
  'report',
  'email',
  'message',
  'field',
  'column',
  'input',
  // Any row at all: "each entry has a date, …" says the columns, not what a row is.
  'entry',
  'row',
  'record',
  // Fields whose lists are choices ("status: Applied, Accepted").
  'status',
  'stage',
  'priority',
  'type',
  'category',
  'level',
  'tone',
  'length',
  'style',
  'format',
  'language',
  'size',
  // Lists and queues hold rows ("one list with VIN, unit name, …"); their rows are named before them.
  'list',
  'queue',
  // "Every morning: …", "Date: …": when something happens, never what a row is.
  'date',
  ...TIME_NOUNS,
]);
/** Holders of rows whose rows are named before them: "the registrants list: …". */
const HOLDERS = new Set(['list', 'queue']);
const OPENERS = new Set([':', '=', 'with', '(']);

/** Words before a colon's owner that still start a clause: "For each vehicle:", "Each claim:". */
const CLAUSE_LEADS = new Set(['each', 'every', 'for', 'and', 'then', '.', ';', ',', '—', '(']);

/** The noun phrase that owns a list of columns, and where it starts. */
type Owner = { noun: string; plural: boolean; start: number };

/** The noun phrase ending right before `i`: up to three nouns or adjectives, its head singular. */
function ownerBefore(tokens: readonly Token[], i: number): Owner | null {
  const words: Token[] = [];
  let k = i - 1;
  for (; k >= 0 && words.length < 3; k--) {
    const t = tokens[k]!;
    // "Per comment:": after "per" a word is a noun, whatever the tagger says.
    const afterPer = words.length === 0 && t.pos === 'VERB' && tokens[k - 1]?.lower === 'per';
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'ADJ' && words.length > 0) && !afterPer) break;
    words.unshift(t);
  }
  // "our van fleet:": the rows are the group's members, named before it.
  if (words.length >= 2 && GROUP_NOUNS.has(words[words.length - 1]!.lemma)) words.pop();
  // "the registrants list:": a list's rows are the nouns before it.
  if (words.length >= 2 && HOLDERS.has(words[words.length - 1]!.lemma)) words.pop();
  const head = words[words.length - 1];
  if (head?.kind !== 'word') return null;
  // The tagger leaves a capitalised plural as it is ("Distributors:").
  const capitalised = head.pos === 'PROPN' && head.lemma === head.lower && /^[A-Z][a-z]+s$/.test(head.text);
  const lemma = capitalised ? singular(head.lower) : head.lemma;
  const noun = [...words.slice(0, -1).map((w) => w.lower), lemma].join(' ');
  if (namesTheTool(head, lemma) || (TOOL_NOUNS.has(lemma) && lemma !== 'application')) return null;
  return { noun, plural: head.lower !== lemma, start: k + 1 };
}

/** `owner` after a "per" that opens a clause ("Per comment: …"), its phrase taken from "per"; else null. */
function perOpening(tokens: readonly Token[], owner: Owner): Owner | null {
  const before = tokens[owner.start - 2];
  return !before || CLAUSE_LEADS.has(before.lower) ? { ...owner, start: owner.start - 1 } : null;
}

/**
 * The word names the tool or a kind of table, not a row. "app" is tagged with the lemma
 * "application", so only the word as written tells it from "grant applications", which are rows.
 */
export function namesTheTool(word: Token, lemma: string): boolean {
  return lemma === 'application' ? word.lower === 'app' || word.lower === 'apps' : NOT_ROWS.has(lemma);
}

/** Prepositions of where something goes or is: "to a webhook", "in #alerts", "via Slack". */
const PLACES = new Set(['to', 'in', 'into', 'on', 'at', 'via', 'onto']);

/** The noun phrase starting at `start` follows a preposition of place, past its determiners. */
function ownerAfterPlace(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  // "in #alerts-conversions": a channel's name is read as a symbol and pieces.
  const passed = (t: Token) => t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'SYM' || t.text === '-';
  while (tokens[k] && passed(tokens[k]!)) k--;
  return PLACES.has(tokens[k]?.lower ?? '');
}

/** Parts of speech inside a noun phrase. */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "visitor log across our offices and client sites: …": the noun phrase at `start` is joined by
 * "and" to one after a preposition, a place the title's rows belong to, not a table.
 */
function placeJoined(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'and') return false;
  let k = start - 2;
  while (tokens[k] && (NOUN_PHRASE.has(tokens[k]!.pos) || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PRON')) k--;
  return k < start - 2 && tokens[k]?.pos === 'ADP';
}

/** Prepositions joining a title to whose or where it is: "guest register for reception: …". */
const TITLE_PLACES = new Set(['for', 'at', 'in']);

/**
 * "guest register for reception: name, …", "daily cleaning checklist for the restaurant with site,
 * date, …": the noun phrase at `start` is the place or owner of the title the description opens
 * on; the columns are the title's rows', not the place's ("For each vehicle: …" still names rows).
 */
function titlePlace(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (tokens[k] && (tokens[k]!.pos === 'DET' || POSSESSIVES.has(tokens[k]!.lower)) && !EACH.has(tokens[k]!.lower)) k--;
  if (k < 1 || !TITLE_PLACES.has(tokens[k]!.lower)) return false;
  // The tagger reads "register" in "guest register for …" as a verb.
  const named = (t: Token) => t.pos === 'NOUN' || RECORDS_APP_NOUNS.has(t.lemma);
  const title = (t: Token) =>
    NOUNISH.has(t.pos) || named(t) || t.pos === 'DET' || t.text === '-' || (t.pos === 'VERB' && t.lower.endsWith('ing'));
  return tokens.slice(0, k).every(title) && named(tokens[k - 1]!);
}

/** Characters one of the openers needs; most descriptions have none and are not read again. */
const MAY_OPEN = /[:=(]|\bwith\b/i;

export function saidTables(text: string): SaidTable[] {
  if (!MAY_OPEN.test(text)) return [];
  const tables = new Map<string, SaidTable>();
  for (const { tokens } of readSentences(text)) {
    const mask = exampleMask(tokens);
    // "Issues (theme, …), team (role, territory)": brackets of names side by side are each a table's
    // columns, whatever the number of their owners; a bracket alone after a singular holds its choices.
    // "upload pics (people, products, objects)": what is handed over is a file, its bracket examples.
    const owned = (i: number) => {
      const owner = ownerBefore(tokens, i);
      return owner && !uploaded(tokens, i - 1) ? owner : null;
    };
    const bracketed = tokens.filter((t, i) => t.text === '(' && !mask[i] && owned(i) && listAt(tokens, i + 1, mask).items.length >= 2);
    tokens.forEach((t, i) => {
      if (mask[i] || !OPENERS.has(t.lower)) return;
      const near = owned(i);
      // "Vital signs per visit: …": the rows are what comes before "per", one for each visit.
      // "Per comment: …" opening a clause is "for each comment": the rows are the comments.
      const owner =
        near && tokens[near.start - 1]?.lower === 'per' ? (ownerBefore(tokens, near.start - 1) ?? perOpening(tokens, near)) : near;
      if (!owner || (t.text === '(' && !owner.plural && bracketed.length < 2) || (t.text === ':' && answerHeading(tokens, i))) return;
      // "Distributors: …", "For each vehicle: …" — not "five buckets: …" or "instead of OKRs: …".
      const lead = tokens[owner.start - 1];
      if ((t.text === ':' || t.text === '=') && lead && (!CLAUSE_LEADS.has(lead.lower) || placeJoined(tokens, owner.start))) return;
      if (titlePlace(tokens, owner.start)) return;
      // "produce a checklist with owner, due date and status": what a written result holds.
      if (writtenOut(tokens, i)) return;
      // "post an alert in #alerts with the metric, value, …", "sends an event to a webhook with …": what a
      // message holds on its way somewhere, not a table's columns.
      if (t.lower === 'with' && ownerAfterPlace(tokens, owner.start)) return;
      const { items } = listAt(tokens, i + 1, mask, t.text === '(');
      if (items.length >= 2 && !tables.has(owner.noun)) tables.set(owner.noun, { noun: owner.noun, columns: items });
    });
  }
  return [...tables.values()];
}
