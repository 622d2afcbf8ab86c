/**
 * What a row is called, read from a noun phrase: the nouns before a table word ("our invoices
 * sheet" → invoice), after a verb of keeping ("log each support ticket" → support ticket), or
 * before an app word ("Vendor onboarding portal" → vendor), singular and lower-case, with the
 * words that never name a row (containers, table words, pronouns) passed over.
 */
import { isVerbAt, type Token } from './language';
import { singular } from './words';

/** Table words that say nothing of what a row is ("the inventory table" names inventory; "the table" nothing). */
export const GENERIC_TABLES = new Set([
  'table',
  'sheet',
  'spreadsheet',
  'database',
  'db',
  'airtable',
  'notion',
  'baserow',
  'smartsheet',
  'nocodb',
  // "our Postgres", "a Supabase table": the database the rows are kept in.
  'postgres',
  'postgresql',
  'mysql',
  'supabase',
  'firebase',
  'sqlite',
  'mongodb',
  'collection',
  'crm',
  'tracker',
  // "a google spreadsheet", "our Excel sheet": the product the table is kept in.
  'google',
  'excel',
]);
export const POSSESSIVES = new Set(['our', 'my', 'their', 'your', 'its', 'his', 'her']);
/** Nouns that name a kept table together with the noun before them: "our spending log", "the invoice register", "my mileage ledger". */
export const LEDGER_WORDS = new Set(['log', 'register', 'ledger']);
/** Nouns that name a whole records app, whose fields are its table. */
export const RECORDS_APP_NOUNS = new Set([
  'tracker',
  'logger',
  'directory',
  'portal',
  'crm',
  'database',
  'inventory',
  'catalog',
  'catalogue',
  'register',
  'ats',
  'pipeline',
  'log',
  'system',
  'calendar',
  'schedule',
  'intake',
]);
/** Nouns that hold rows ("a log of every ticket"): the rows are what follows "of". */
export const CONTAINERS = new Set(['log', 'list', 'history', 'record', 'track', 'count', 'archive', 'table', 'copy']);
/** Places whose inventory lists the items kept there. */
const KEEPING_PLACES = new Set([
  'home',
  'house',
  'household',
  'office',
  'kitchen',
  'pantry',
  'warehouse',
  'shop',
  'store',
  'garage',
  'studio',
  'lab',
]);
/** "our home inventory", "the shop inventory": the table word `word` after `before` keeps the items in a place, not places. */
const keepsPlaceItems = (word: string, before: string) => word === 'inventory' && KEEPING_PLACES.has(before.split(' ').at(-1)!);
/** Group nouns whose rows are their members, named by the noun before: a van fleet's rows are vans. */
export const GROUP_NOUNS = new Set(['fleet', 'herd', 'flock']);
/** Values a row has, and "master" said of the list that holds rows ("our master list of voters"). */
const VALUES_OF_A_ROW = ['number', 'id', 'detail', 'date', 'master', 'timestamp', 'total'];

/** Kinds of work and states, said as nouns: no thing is one of them. */
const ACTIVITIES = [
  'accounting',
  'billing',
  'budgeting',
  'invoicing',
  'marketing',
  'monitoring',
  'onboarding',
  'planning',
  'pricing',
  'processing',
  'readiness',
  'reporting',
  'scheduling',
  'staging',
  'tracking',
];

/** Nouns that are never what a row is. */
export const NOT_RECORDS = new Set([
  'it',
  'them',
  'everything',
  'thing',
  'one',
  'row',
  'column',
  'data',
  'info',
  'information',
  'result',
  'output',
  'time',
  'way',
  // "one place for the business side": a part of the work, not a thing.
  'side',
  // "archive the rest", "keep the others": what is left over, whatever it is.
  'rest',
  'other',
  // "my whole database": how much, not what.
  'whole',
  // "keep the raw JSON", "the CSV": a file format holds rows, it is none.
  'json',
  'csv',
  'xml',
  'pdf',
  'xlsx',
  'markdown',
  'html',
  ...CONTAINERS,
  // "sync to our accounting table", "track readiness": a kind of work or a state names no rows of it.
  ...ACTIVITIES,
  // "log the tag number", "record test dates", "submit their details": a value of a row, never one.
  ...VALUES_OF_A_ROW,
]);

/** A noun's singular: the tagger leaves a capitalised plural as it is ("Parts inventory", "Loans and …"). */
export function nounLemma(t: Token): string {
  return t.pos === 'PROPN' && t.lemma === t.lower && /^[A-Z][a-z]+s$/.test(t.text) ? singular(t.lower) : t.lemma;
}

/** Places and bodies a tool is kept for. */
export const ORGANISATIONS: ReadonlySet<string> = new Set([
  'church',
  'farm',
  'school',
  'club',
  'company',
  'shop',
  'clinic',
  'restaurant',
  'office',
  'team',
  'business',
  'hotel',
  'studio',
  'gym',
  'practice',
  'firm',
  'agency',
  'charity',
  'nonprofit',
  'salon',
  'parish',
  'space',
]);

/**
 * What one thing has rather than is kept as: "add the buyer's email", "log each request's metadata"
 * (a number or an id names no row at all: NOT_RECORDS).
 */
const OWNERS_VALUES = new Set(['email', 'name', 'phone', 'address', 'metadata']);

/** Singular phrase: the head noun's lemma after the words before it ("job postings" → "job posting"). */
export function phrase(words: readonly Token[]): string | null {
  if (words.length === 0) return null;
  const head = words[words.length - 1]!;
  // "a purchases list", "our returns history": the container's first word names its rows;
  // a gerund names its purpose instead ("a reading list", "the mailing list").
  const rows = words[words.length - 2];
  if (CONTAINERS.has(head.lemma) && !LEDGER_WORDS.has(head.lemma) && rows && !rows.lower.endsWith('ing')) return phrase(words.slice(0, -1));
  if (rows && keepsPlaceItems(head.lemma, rows.lemma)) return 'item';
  // "Repair intake", "Expense tracker": the app is named for its rows.
  if (RECORDS_APP_NOUNS.has(head.lemma) && !LEDGER_WORDS.has(head.lemma) && rows) return phrase(words.slice(0, -1));
  if (GROUP_NOUNS.has(head.lemma) && rows) return phrase(words.slice(0, -1));
  if (NOT_RECORDS.has(head.lemma) || GENERIC_TABLES.has(head.lemma) || head.kind !== 'word' || !/^[a-z][a-z-]+$/.test(head.lower))
    return null;
  const lemma = nounLemma(head);
  // A name written with an inner capital keeps it ("LinkedIn campaign"): it is how the product is spelled.
  const written = (w: Token) => (/^[A-Z]?[a-z]+[A-Z]/.test(w.text) ? w.text : w.lower);
  // "a 3x3 sticker sheet": a measure before the noun is no part of its name.
  const before = words.slice(0, -1).filter((w) => !/\d/.test(w.text));
  return [...before.map(written), lemma].join(' ');
}

/** The noun phrase ending right before `i`: up to two nouns ("our invoices sheet" → invoice). */
export function nounBefore(tokens: readonly Token[], i: number): string | null {
  const words: Token[] = [];
  for (let k = i - 1; k >= 0 && words.length < 2; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'VERB' && words.length === 0 && t.lower.endsWith('s'))) break;
    words.unshift(t);
  }
  const named = phrase(words);
  // "church directory", "farm records": whose the rows are, not what they are.
  return named && ORGANISATIONS.has(named) ? null : named;
}

/** How much of the things after "of" is asked: "how much of each medication", "how many of our kits". */
const PART_OF = new Set(['much', 'many']);

/** The noun phrase after `i`, past determiners and describing words ("log each new support ticket" → support ticket). */
export function nounAfter(tokens: readonly Token[], i: number): string | null {
  let k = i + 1;
  for (;;) {
    while (
      tokens[k] &&
      (tokens[k]!.pos === 'DET' ||
        tokens[k]!.pos === 'ADJ' ||
        POSSESSIVES.has(tokens[k]!.lower) ||
        tokens[k]!.lower === 'each' ||
        tokens[k]!.lower === 'every' ||
        tokens[k]!.lower === 'all' ||
        // "the confirmed orders", "each returned parcel": a participle before a noun describes it.
        (tokens[k]!.pos === 'VERB' && tokens[k]!.lower.endsWith('ed') && tokens[k + 1]?.pos === 'NOUN'))
    )
      k++;
    // "which of our samples", "how much of each medication": asked which, the things come after "of".
    if (tokens[k]?.lower === 'how' && PART_OF.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') k += 3;
    else if (tokens[k]?.lower === 'which' && tokens[k + 1]?.lower === 'of') k += 2;
    else break;
  }
  const words: Token[] = [];
  // "sales leads", "their calls", "a sheet of leads": the tagger may read a plural after a noun, a
  // determiner or a preposition as a verb.
  const determined = k > i + 1 || tokens[i]?.pos === 'ADP';
  const nounish = (t: Token) =>
    t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && (words.length > 0 || determined) && t.lower.endsWith('s'));
  // "our Notion job postings database": the product the table lives in names no row.
  while (tokens[k] && GENERIC_TABLES.has(tokens[k]!.lower) && nounish(tokens[k + 1] ?? tokens[k]!) && tokens[k + 1]) k++;
  while (tokens[k] && nounish(tokens[k]!) && words.length < 2) words.push(tokens[k++]!);
  // "save my town's weather conditions": the owner names no row; what is owned does, when it names one
  // and is no list of its values ("each package's order number, tracking number and status").
  // "our coaches' required certifications": a plural's apostrophe alone owns as "'s" does.
  const pluralOwner = tokens[k]?.text === "'" && tokens[k]!.space === '' && !!words.at(-1)?.lower.endsWith('s');
  if (words.length > 0 && (tokens[k]?.lower === "'s" || pluralOwner)) {
    const owned = nounAfter(tokens, k);
    const after = tokens.slice(k + 1).find((t) => t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ');
    const value = OWNERS_VALUES.has(owned?.split(' ').at(-1) ?? '');
    if (owned && !value && after?.lower !== ',' && after?.lower !== 'and') return owned;
  }
  return phrase(words);
}

/** "Vendor onboarding portal" → vendor: the nouns before an app word, past what it does ("onboarding"). */
export function namedFor(tokens: readonly Token[], i: number): string | null {
  let k = i - 1;
  while (tokens[k]?.pos === 'VERB' && tokens[k]!.lower.endsWith('ing')) k--;
  return rowsBefore(tokens, k + 1, tokens[i]!);
}

/** What the rows of the table word `word` are, named by the nouns ending before `at`: a place's inventory keeps items. */
export function rowsBefore(tokens: readonly Token[], at: number, word: Token): string | null {
  const named = nounBefore(tokens, at);
  return named && keepsPlaceItems(word.lemma, named) ? 'item' : named;
}

/** Pronouns that stand for the things just named: "collect reviews and store them". */
const STAND_INS = new Set(['them', 'it']);
/** Words opening a clause of when something happens: "When a lead arrives, …". */
const OPENERS = new Set(['when', 'whenever', 'once', 'after', 'if']);

/** "Collect product reviews from the form and store them": what "them" stands for, the object of the verb before. */
export function antecedent(tokens: readonly Token[], i: number): string | null {
  if (!STAND_INS.has(tokens[i + 1]?.lower ?? '')) return null;
  let k = i - 1;
  for (; k >= 0; k--) {
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') break;
    // "triage it and store it", "arrives by webhook": past verbs with no object named.
    const object = isVerbAt(tokens, k) ? nounAfter(tokens, k) : null;
    if (object) return object;
  }
  // "When a ticket arrives, triage it and store it": the subject of the clause the sentence opens on.
  if (!OPENERS.has(tokens[k + 1]?.lower ?? '')) return null;
  // Its subject's nouns only: "a ticket arrives" is a noun and its verb.
  let n = k + 2;
  while (tokens[n] && (tokens[n]!.pos === 'DET' || tokens[n]!.pos === 'ADJ')) n++;
  const words: Token[] = [];
  while (tokens[n]?.pos === 'NOUN' && words.length < 2) words.push(tokens[n++]!);
  return phrase(words);
}
