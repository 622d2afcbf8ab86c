/**
 * What a person keeps records of, and whether the tool is a records app at all: the noun
 * before a table word ("an invoices table", "our clients pipeline"), the noun a list of
 * columns belongs to ("Each claim: ref, customer…", "candidate = name, email…"), or the
 * object of a keeping verb ("log each lead"). Read from the language model's tags.
 */
import { handedOver } from './handed-over';
import { keepingImperative, keepStores, logsIn, PLACES, QUANTIFIERS, verbAfterSubject } from './keep-sense';
import {
  antecedent,
  CONTAINERS,
  GENERIC_TABLES,
  LEDGER_WORDS,
  namedFor,
  NOT_RECORDS,
  nounAfter,
  nounBefore,
  phrase,
  POSSESSIVES,
  RECORDS_APP_NOUNS,
} from './record-nouns';
import { isVerbAt, NOUNISH, readSentences, type Token } from './language';
import { peopleEnterAt } from './people-enter';
import { hasRecurrence, parseSchedule } from './schedule';
import { TEXT_NOUNS } from './result-shape';

/** Words that name a table of records. */
const TABLE_WORDS = new Set([
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
/** Words before a table word that make it no table: a balance sheet is a statement, a fact table a data model. */
const TABLE_IDIOMS = new Set(['balance', 'cheat', 'style', 'fact', 'time']);
/** Words after "of" that make a table word no table: a table of contents is part of a document. */
const OF_IDIOMS = new Set(['contents']);
/** File formats: "saved as PNG" is how a result is handed back, not rows kept. */
const FORMATS = new Set(['png', 'jpg', 'jpeg', 'webp', 'svg', 'pdf', 'csv', 'json', 'docx', 'markdown', 'html', 'txt']);
/** Where files are kept: "save it to our Drive folder", "store the result in Dropbox", "as a Google Doc". */
const FILE_STORES = new Set(['folder', 'drive', 'dropbox', 'doc', 'document', 'file', 'attachment']);
/** Where the value goes into the row at hand ("save the answer in the response column"): no rows kept. */
const ROW_PARTS = new Set(['column', 'field', 'cell', 'row']);
const AS = new Set(['as']);
/** One of a kind: "as an expense", "as a new lead". */
const ONE = new Set(['a', 'an']);
/** How far after a keeping verb its place or kind of row may come. */
const REACH = 6;
/** What is written, never a record made: prose and drafts of it. */
const WRITTEN = new Set([...TEXT_NOUNS, 'draft']);
/** Verbs by which a person asks for something to be there: "we need a sheet", "set up a database". */
const ASKING_VERBS = new Set(['want', 'need', 'build', 'make', 'create', 'set', 'start']);
/** Verbs that make a record somewhere: "create a deal for them in Pipedrive". */
const CREATE_VERBS = new Set(['create', 'add']);
/** Verbs that keep rows. */
export const KEEP_VERBS = new Set(['keep', 'store', 'save', 'log', 'track', 'archive', 'record']);
/** Nouns that name the tool itself, never what a row is ("Code review helper: …"). */
export const TOOL_NOUNS = new Set([
  'tool',
  'app',
  'application',
  'helper',
  'generator',
  'writer',
  'form',
  'drafter',
  'assistant',
  'bot',
  'parser',
  'extractor',
  'ghostwriter',
  'maker',
  'checker',
  'planner',
  'reviewer',
  'builder',
  'creator',
  'analyzer',
  'analyser',
  'summarizer',
  'summariser',
  'endpoint',
  'api',
  'service',
]);
/** Records-app nouns that name the app only as its opening words or when asked for ("Editorial calendar for…", "set up a content calendar", not "check my calendar"). */
const OPENING_ONLY = new Set(['calendar', 'schedule']);
/** Records-app nouns only with what they hold named before them: "a shift schedule", not "make a schedule: every Friday …". */
const NAMED_ONLY = new Set(['schedule']);
/** Nouns that hold rows over time: "a record of every delivery", "a history of all returns". */
const HOLDERS = new Set(['record', 'log', 'history', 'archive', 'register', 'ledger']);

/** "Register of our policies": a word before "of" is a noun, whatever the tagger says. */
function ofFollows(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.lower === 'of';
}

/** A table word before another noun only describes it ("our product catalog photos", "a calendar slot"). */
function modifies(tokens: readonly Token[], i: number): boolean {
  // "a 'logo sheet' image": past a closing quote.
  const quoted = tokens[i + 1]?.kind === 'punctuation' && /^['"’”]$/.test(tokens[i + 1]!.text);
  const next = tokens[quoted ? i + 2 : i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !TABLE_WORDS.has(next.lemma) && !TOOL_NOUNS.has(next.lemma);
}

/**
 * The noun phrase ending at `i` is what a person asks for: "we need a volunteer sign-up sheet",
 * "build me a shared tracker" — a determiner opens it and a verb of asking comes right before.
 */
function askedFor(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  const inPhrase = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.text === '-' || tokens[k - 1]?.text === '-';
  while (tokens[k] && inPhrase(tokens[k]!) && k > i - 6) k--;
  const det = tokens[k];
  if (!det || (det.pos !== 'DET' && !POSSESSIVES.has(det.lower))) return false;
  // "build me a …", "set up a …".
  const verb = ['me', 'us', 'up'].includes(tokens[k - 1]?.lower ?? '') ? tokens[k - 2] : tokens[k - 1];
  return !!verb && verb.pos === 'VERB' && ASKING_VERBS.has(verb.lemma);
}

/** The noun at `i` heads the description's opening noun phrase, its title: "Room booking system for …", "Simple CRM:". */
function opensWith(tokens: readonly Token[], i: number): boolean {
  const title = tokens
    .slice(0, i)
    .every((t) => NOUNISH.has(t.pos) || t.pos === 'DET' || t.text === '-' || (t.pos === 'VERB' && t.lower.endsWith('ing')));
  const next = tokens[i + 1];
  return title && (!next || next.pos === 'ADP' || next.pos === 'PUNCT');
}

/**
 * "Stock levels for our café", "Shift rota at the depot": a title of a noun phrase and a
 * place or owner after a preposition, ending at `i`; the index of that preposition, or -1.
 */
function titledUntil(tokens: readonly Token[], i: number): number {
  const at = tokens.findIndex((t, k) => k < i && t.pos === 'ADP');
  const head = (t: Token) => NOUNISH.has(t.pos) || (t.pos === 'VERB' && t.lower.endsWith('ing'));
  if (at < 1 || !tokens.slice(0, at).every(head)) return -1;
  const rest = tokens.slice(at + 1, i);
  return rest.length > 0 && rest.every((t) => head(t) || t.pos === 'DET' || POSSESSIVES.has(t.lower)) ? at : -1;
}

/** Verbs that hand a result back laid out some way: "list the differences in a table". */
const SHOWING_VERBS = new Set([
  'list',
  'show',
  'present',
  'display',
  'return',
  'format',
  'output',
  'lay',
  'compare',
  'rank',
  'summarize',
  'see',
  'view',
]);

/** "Return: status, eligibility, …", "Output: title, summary": a verb of handing back, alone before a colon, says what the answer holds. */
export function answerHeading(tokens: readonly Token[], colon: number): boolean {
  const word = tokens[colon - 1];
  const start = colon - 1 === 0 || tokens[colon - 2]?.pos === 'PUNCT';
  return !!word && start && word.lower === word.lemma && SHOWING_VERBS.has(word.lemma);
}

/** How far before "in a table" its showing verb may come, past the object and what qualifies it. */
const SHOWN_REACH = 10;
/** Marks that end the clause a showing verb governs. */
const CLAUSE_MARKS = new Set([',', ';', '.', ':']);

/**
 * "lists the differences in a table", "summarise the emails into a table", "see them in a table":
 * the shape of the answer, not a table kept. A verb of a relative clause between is passed over
 * ("list the clauses that differ in a table"), and so is a participle describing a noun ("each
 * returned parcel goes into a table"); a keeping verb is not ("show the top ones and save them in
 * a sheet").
 */
function shownIn(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.pos === 'DET' ? i - 2 : i - 1;
  if (tokens[k]?.lower !== 'in' && tokens[k]?.lower !== 'into') return false;
  for (let v = k - 1; v >= 0 && v >= k - SHOWN_REACH && !CLAUSE_MARKS.has(tokens[v]!.text); v--) {
    const t = tokens[v]!;
    const describes = t.lower.endsWith('ed') && tokens[v + 1]?.pos === 'NOUN';
    if ((!isVerbAt(tokens, v) && t.pos !== 'VERB') || describes) continue;
    if (SHOWING_VERBS.has(t.lemma)) return true;
    if (KEEP_VERBS.has(t.lemma)) return false;
  }
  return false;
}

/** Verbs that make or hand back a piece of writing: "produce an interview question sheet", "get a table of clauses". */
const WRITING_VERBS = new Set(['produce', 'generate', 'write', 'draft', 'compose', 'prepare', 'print', 'get']);

/** The noun phrase ending at `i` is the object of a writing verb. */
export function writtenOut(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  const inPhrase = (t: Token) => !WRITING_VERBS.has(t.lemma) && (NOUNISH.has(t.pos) || t.pos === 'DET' || t.text === '-');
  while (tokens[k] && inPhrase(tokens[k]!) && k > i - 6) k--;
  const verb = tokens[k];
  return !!verb && WRITING_VERBS.has(verb.lemma) && (verb.pos === 'VERB' || isVerbAt(tokens, k));
}

/** "one calibrated hiring scorecard" after "into": what the result is turned into, not a table kept. */
function madeInto(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'into');
}

/** Words saying something stays as it is. */
const UNCHANGED = new Set(['same', 'intact', 'unchanged', 'as-is', 'untouched']);

/** The tokens after `i` up to the clause's end. */
function clauseAfter(tokens: readonly Token[], i: number): Token[] {
  const end = tokens.findIndex((x, k) => k > i && (x.text === '.' || x.text === ';' || x.text === ','));
  return tokens.slice(i + 1, end < 0 ? tokens.length : end);
}

/** The phrase after `k` (a place word or "as") is a file or where files are kept, and no table. */
function fileStoreAt(tokens: readonly Token[], k: number): boolean {
  const end = tokens.findIndex((x, n) => n > k && x.pos === 'PUNCT');
  const phrase = tokens.slice(k + 1, Math.min(end < 0 ? tokens.length : end, k + 6));
  return phrase.some((x) => FILE_STORES.has(x.lemma) || FORMATS.has(x.lower)) && !phrase.some((x) => TABLE_WORDS.has(x.lemma));
}

/** "the reorder log sheet", "our contracts log": the ledger's whole name is the table's. */
function ledgerName(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  // "our payments register": after a determiner and a noun it is a noun, whatever the tagger says.
  const named = tokens[i - 1]?.pos === 'NOUN' && (tokens[i - 2]?.pos === 'DET' || POSSESSIVES.has(tokens[i - 2]?.lower ?? ''));
  if (!t || !LEDGER_WORDS.has(t.lemma) || (t.pos !== 'NOUN' && !named) || logsIn(tokens, i) || verbAfterSubject(tokens, i)) return null;
  // "the event's feedback log doc": the log names the document it describes.
  if (modifies(tokens, i)) return null;
  // "upload … and our change log", "an error log I paste": handed over, no log kept.
  if (handedOver(tokens, i)) return null;
  const owner = nounBefore(tokens, i);
  return owner ? `${owner} ${t.lemma}` : null;
}

/**
 * "Work orders for our garage, …", "Daily standup reports per project: …": a description that
 * opens on a plural thing, as a title, names what its rows are.
 */
function openingRows(tokens: readonly Token[]): string | null {
  // "Log parcels for residents": a verb, not a title.
  if (KEEP_VERBS.has(tokens[0]?.lemma ?? '') && keepingImperative(tokens, 0)) return null;
  // "Leave requests for our staff.": a sentence with no verb but its first word is a title the
  // tagger read as an imperative.
  const verbless = tokens[0]?.pos === 'VERB' && !tokens.slice(1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let k = verbless && tokens[1]?.pos === 'NOUN' ? 1 : 0;
  while (tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADJ') && k < 4) k++;
  const head = tokens[k - 1];
  const end = tokens[k];
  if (head?.pos !== 'NOUN' || head.lower === head.lemma || !end || (end.pos !== 'ADP' && end.text !== ':')) return null;
  if (TOOL_NOUNS.has(head.lemma) || TABLE_WORDS.has(head.lemma) || RECORDS_APP_NOUNS.has(head.lemma)) return null;
  return phrase(tokens.slice(Math.max(0, k - 2), k).filter((t) => t.pos !== 'ADJ'));
}

export interface KeptRecords {
  /** What one row is, singular ("invoice", "job posting"), when said. */
  noun: string | null;
  /** The noun comes from a table the person named ("our leads sheet"), not only from what is kept. */
  named: boolean;
  /** The person named a table or asked to keep rows. */
  keeps: boolean;
  /** The tool is described as a records app (a tracker, a directory, a portal). */
  recordsApp: boolean;
  /** Every table named by a table word ("a suppliers table …, and a purchase orders table"), singular, in order. */
  tables: string[];
}

export function keptRecords(text: string): KeptRecords {
  let noun: string | null = null;
  // A table the person names ("our invoices sheet") says what a row is better than what they keep ("log every question").
  let named: string | null = null;
  let keeps = false;
  let recordsApp = false;
  let opening: string | null = null;
  // Other people enter rows ("agents add the address, price and photos"); a form's users do too, so it counts under a title.
  let entered = false;
  let appNoun: string | null = null;
  const tables: string[] = [];
  readSentences(text).forEach(({ tokens }, sentence) => {
    const first = sentence === 0;
    if (first) opening = openingRows(tokens);
    tokens.forEach((t, i) => {
      if (t.negated) return;
      // "set up a content calendar" asks for one as surely as an opening names it.
      const placed = !OPENING_ONLY.has(t.lemma) || (first && i <= 3) || askedFor(tokens, i);
      const names = RECORDS_APP_NOUNS.has(t.lemma) && placed && (!NAMED_ONLY.has(t.lemma) || namedFor(tokens, i) !== null);
      // "staff upload a client's completed intake form": one handed over, not the app.
      const app =
        names && !modifies(tokens, i) && !madeInto(tokens, i) && !logsIn(tokens, i) && !writtenOut(tokens, i) && !handedOver(tokens, i);
      if (app && (t.pos !== 'VERB' || ofFollows(tokens, i))) {
        recordsApp = true;
        // "Vendor onboarding portal": what the app is named for, when nothing else says what a row is.
        appNoun ??= namedFor(tokens, i);
        // "Room booking system for our space: …", "we need a parts inventory": the tool itself is the records app.
        if ((first && opensWith(tokens, i)) || askedFor(tokens, i)) keeps = true;
      }
      const ledger = ledgerName(tokens, i);
      if (ledger) {
        keeps = true;
        named ??= ledger;
      }
      // "the report as a three column table": the shape of what is handed back, not a table kept.
      const shape = tokens.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'as') || shownIn(tokens, i) || writtenOut(tokens, i);
      const idiom =
        TABLE_IDIOMS.has(tokens[i - 1]?.lemma ?? '') || (tokens[i + 1]?.lower === 'of' && OF_IDIOMS.has(tokens[i + 2]?.lower ?? ''));
      if (
        TABLE_WORDS.has(t.lemma) &&
        (t.pos !== 'VERB' || ofFollows(tokens, i)) &&
        !shape &&
        !idiom &&
        !modifies(tokens, i) &&
        !handedOver(tokens, i)
      ) {
        // "a CRM for sales leads", "a list of equipment": what follows names the rows.
        const after = tokens[i + 1]?.lower === 'for' || tokens[i + 1]?.lower === 'of' ? nounAfter(tokens, i + 1) : null;
        if (after) {
          keeps = true;
          noun ??= after;
        }
        // "our editorial plan in Airtable": the table is what is kept in the tool; "our Google Sheet of
        // leads": what follows names the rows, the words before only the kind of table.
        const before =
          after && tokens[i + 1]?.lower === 'of'
            ? null
            : nounBefore(tokens, tokens[i - 1]?.lower === 'in' && GENERIC_TABLES.has(t.lemma) ? i - 1 : i);
        if (before) {
          keeps = true;
          named ??= before;
          if (!tables.includes(before)) tables.push(before);
        }
        // "keep them in a table", "a table of …": a table to put rows in, not "search the catalog" or "for the table".
        const into = tokens.slice(Math.max(0, i - 3), i).some((x) => PLACES.has(x.lower) || (KEEP_VERBS.has(x.lemma) && x.pos === 'VERB'));
        if ((tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'ADJ') && (into || i <= 2)) {
          keeps = true;
          // "Every new review … goes into a table": the sentence's subject is the row.
          if (into && QUANTIFIERS.has(tokens[0]?.lower ?? '')) noun ??= nounAfter(tokens, 0);
        }
        if (askedFor(tokens, i)) keeps = true;
        // "a sheet where volunteers give their name, …": the things that fill it, one a row.
        const filler = tokens[i + 1]?.lower === 'where' ? tokens[i + 2] : undefined;
        if (filler && (filler.pos === 'NOUN' || filler.pos === 'VERB') && filler.lower !== filler.lemma && filler.lower.endsWith('s')) {
          keeps = true;
          noun ??= filler.lemma;
        }
      }
      if (peopleEnterAt(tokens, i)) entered = true;
      // "a record of every delivery", "a log of all calls": every one of a thing, held over time.
      const ofEvery = t.text === 'of' && tokens[i + 1] && QUANTIFIERS.has(tokens[i + 1]!.lower);
      if (ofEvery && HOLDERS.has(tokens[i - 1]?.lemma ?? '') && tokens[i - 1]!.pos === 'NOUN' && !handedOver(tokens, i - 1)) {
        const held = nounAfter(tokens, i);
        if (held) {
          keeps = true;
          noun ??= held;
        }
      }
      // "Each claim: …", "candidate = …", "Distributors: …": the noun the columns belong to.
      // "Messages … should become Linear tickets: title, summary, ideas": rows made, with their columns.
      if (t.text === ':' && tokens.slice(Math.max(0, i - 4), i).some((x) => x.lemma === 'become')) {
        const made = nounBefore(tokens, i);
        const columns = tokens.slice(i + 1).filter((x) => x.text === ',').length >= 2;
        if (made && columns) {
          keeps = true;
          noun ??= made;
        }
      }
      // "Stock levels for our café: item, …": a longer title names its rows before its "for".
      // "Categorise receipts: from …" is a job and its inputs: the noun is a verb's object, no title.
      const titleEnd = tokens.slice(0, i).some((x) => x.pos === 'VERB') ? -1 : i <= 3 ? i : first ? titledUntil(tokens, i) : -1;
      if ((t.text === ':' || t.text === '=') && titleEnd > 0 && tokens[i + 1]) {
        const owner = answerHeading(tokens, i) ? null : nounBefore(tokens, titleEnd);
        const isTool = owner !== null && TOOL_NOUNS.has(owner.split(' ').pop()!);
        // "Expense claims app: …": the app is named for what it keeps.
        const kept = isTool ? tokens[i - 2] : undefined;
        if (kept && (kept.pos === 'NOUN' || kept.pos === 'PROPN') && kept.kind === 'word' && !NOT_RECORDS.has(kept.lemma)) {
          noun ??= kept.lemma;
          // "Expense claims app:" — an app for many of a thing keeps them.
          if (kept.lower !== kept.lemma) recordsApp = true;
        }
        // "Input per transaction: supplier, …": the form's fields for each run, not a table.
        const perRun = tokens[i - 2]?.lower === 'per';
        // The columns follow the colon at once: "Procurement: paste the …, …" is a job, not a row.
        const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
        // After a longer title the first column is a short name too: not "every monday screenshot each page in …".
        // and the title names no writing ("Product descriptions for our shop: name, …" lists a writer's inputs).
        const short = titleEnd === i || (comma - i <= 4 && !WRITTEN.has(owner?.split(' ').pop() ?? ''));
        // "Food bank: once a day, tell …", "Garden club: every Sunday, …": when it runs opens a clause, not a column.
        const when = hasRecurrence(
          parseSchedule(
            tokens
              .slice(i + 1, comma)
              .map((x) => x.text)
              .join(' '),
          ),
        );
        const columns = comma > i && short && !when && !tokens.slice(i + 1, comma).some((x) => x.pos === 'VERB');
        if (owner && !isTool && !perRun && columns && tokens.slice(i + 1).filter((x) => x.text === ',').length >= 2) {
          keeps = true;
          noun ??= owner;
        }
      }
      // "keep the tone", "keep the keys and structure exactly the same": kept as they are, not stored.
      const retains = !keepStores(tokens, i) || (t.lemma === 'keep' && clauseAfter(tokens, i).some((x) => UNCHANGED.has(x.lower)));
      const near = (words: ReadonlySet<string>) => tokens.findIndex((x, k) => k > i && k <= i + REACH && words.has(x.lower));
      // "save the answer in the response column of that row": a value written into the row at hand.
      const intoRow =
        KEEP_VERBS.has(t.lemma) && near(PLACES) > 0 && tokens.slice(near(PLACES), near(PLACES) + 5).some((x) => ROW_PARTS.has(x.lemma));
      const asFormat = near(AS) > 0 && fileStoreAt(tokens, near(AS));
      // "save the report to our Drive folder": a file kept, not a row.
      const asFile = KEEP_VERBS.has(t.lemma) && near(PLACES) > 0 && fileStoreAt(tokens, near(PLACES));
      // "add it as an expense": one of a kind of row, made ("as a", not "as tags" or "as a PDF").
      const asRow = near(AS) > 0 && ONE.has(tokens[near(AS) + 1]?.lower ?? '') && !asFormat;
      // "create the contact in Freshsales": a record made in a named place is a row kept there.
      if (CREATE_VERBS.has(t.lemma) && t.pos === 'VERB' && (near(PLACES) > 0 || asRow) && !intoRow) {
        const made = (asRow ? nounAfter(tokens, near(AS)) : null) ?? nounAfter(tokens, i);
        // "create a reply in Gmail", "create a Gmail draft": a text written, not a record.
        if (made && !WRITTEN.has(made.split(' ').pop()!)) {
          keeps = true;
          noun ??= made;
        }
      }
      if (
        KEEP_VERBS.has(t.lemma) &&
        (isVerbAt(tokens, i) || keepingImperative(tokens, i) || verbAfterSubject(tokens, i)) &&
        !retains &&
        !intoRow &&
        !asFormat &&
        !asFile
      ) {
        keeps = true;
        const of = tokens.findIndex((x, k) => k > i && k <= i + 4 && x.lower === 'of' && CONTAINERS.has(tokens[k - 1]!.lemma));
        // "store it in our products", "save each one as a refill request".
        const place = near(PLACES);
        const as = near(AS);
        if (place > 0) named ??= nounAfter(tokens, place);
        noun ??= of > 0 ? nounAfter(tokens, of) : (nounAfter(tokens, i) ?? (as > 0 ? nounAfter(tokens, as) : antecedent(tokens, i)));
      }
    });
  });
  // "Real estate listings: agents add …": the title names the rows people enter.
  if (entered && opening) keeps = true;
  // The opening names the rows only of a tool that keeps some ("grade articles against …" is a command).
  const title = named ?? (keeps ? opening : null);
  return { noun: title ?? noun ?? appNoun, named: title !== null, keeps, recordsApp, tables };
}
