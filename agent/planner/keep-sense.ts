/**
 * "Keep" has two senses: storing rows ("keep every claim in a table", "keep the requests so
 * we can follow them up", "keep track of visits") and leaving something as it is ("keep the
 * tone", "keep it short", "keep the ticket numbers"). The second is the rule in instructions
 * to a writer, so "keep" stores only when its clause says where, how many or what for.
 * Read from the clause after the verb, not from what is kept.
 */
import type { Token } from './language';
import { GENERIC_TABLES, LEDGER_WORDS, POSSESSIVES } from './record-nouns';

/** Verbs that keep rows. */
export const KEEP_VERBS = new Set(['keep', 'store', 'save', 'log', 'track', 'archive', 'record']);
/** Where rows go: "in a table", "into our sheet", "to the log" (not "to 200 words"). */
export const PLACES = new Set(['in', 'into', 'onto', 'to']);
/** "keep in mind", "keep in touch": idioms, no place. */
const IDIOMS = new Set(['mind', 'touch', 'check', 'line', 'sync']);
/** Every one of them is kept: "keep all responses", "keep every claim", "keep them all". */
export const QUANTIFIERS = new Set(['all', 'each', 'every']);
/** What holds kept rows: "keep a record of", "keep track of", "keep a log". */
const HOLDERS = new Set(['record', 'track', 'list', 'log', 'history', 'copy', 'archive', 'table', 'sheet', 'database', 'note']);
/** What opens the columns of a row after its noun: "calls with caller, number …", "actions (description, type)". */
const COLUMNS = new Set(['with', '(', ':']);
/** A purpose after the object: "keep them so the kitchen sees them", "keep them for later". */
const PURPOSES = new Set(['so', 'later', 'future', 'reference']);
/** How far into its clause "keep" may say so. */
const REACH = 8;

/** Marks that end a clause whatever follows. */
const STOPS = new Set(['.', ';', '!', '?', '—']);

/** The tokens after `i` up to the clause's end, at most REACH of them; "keep suppliers and orders in …" is one clause, "…, and save" two. */
function clause(tokens: readonly Token[], i: number): Token[] {
  const joins = (t: Token) => t.text === ',' || t.pos === 'CCONJ';
  const end = tokens.findIndex((t, k) => k > i && (STOPS.has(t.text) || (joins(t) && tokens[k + 1]?.pos === 'VERB')));
  return tokens.slice(i + 1, Math.min(end < 0 ? tokens.length : end, i + 1 + REACH));
}

/** What follows a place word names a place: "in one place", not "to 200 words" or "in 3 lines". */
function place(t: Token): boolean {
  return (t.pos !== 'NUM' || t.lower === 'one') && !IDIOMS.has(t.lemma);
}

/** Particles after "log" that make it getting in or out. */
const ACCESS = new Set(['in', 'on', 'out', 'into', 'off']);
/** What starts a place after "log in": "our sheet", "the tracker". */
const PLACE_STARTS = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);
/**
 * "employees log in, …", "log into the supplier portal": "log" is getting in, not "log in our
 * sheet". "Into" right after the verb is getting in unless a table follows.
 */
export function logsIn(tokens: readonly Token[], i: number): boolean {
  const particle = tokens[i + 1];
  if (tokens[i]!.lemma !== 'log' || !particle || !ACCESS.has(particle.lower)) return false;
  if (particle.lower === 'into') return !tokens.slice(i + 2, i + 6).some((t) => GENERIC_TABLES.has(t.lemma) || LEDGER_WORDS.has(t.lemma));
  return !PLACE_STARTS.has(tokens[i + 2]?.pos ?? '');
}

/** What may be a verb's subject: "we saved …", "agents logged …". */
const SUBJECTS = new Set(['PRON', 'NOUN', 'PROPN']);

/**
 * "not just saved attachments", "fast-tracked claims": a participle describing a noun, or part
 * of a hyphenated word, is no instruction to keep anything.
 */
function describesNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (tokens[i - 1]?.text === '-') return true;
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k--;
  // "my saved searches": an owner before the participle is no subject of it.
  const subject = SUBJECTS.has(tokens[k]?.pos ?? '') && !POSSESSIVES.has(tokens[k]!.lower);
  return t.lower.endsWith('ed') && tokens[i + 1]?.pos === 'NOUN' && !subject;
}

/**
 * "I keep writing cover letters", "designs kept print-friendly", "kept up to date": "keep" going on
 * doing something or staying some way, nothing stored. A describing word after it that describes no
 * noun ("keep new leads" stores leads) says how something stays.
 */
function keepsOnOrStays(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'keep') return false;
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === 'VERB' && next.lower.endsWith('ing')) return true;
  if (next.lower === 'up' && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.lower === 'date') return true;
  // "print-friendly": a compound describing word.
  const k = tokens[i + 2]?.text === '-' && tokens[i + 3]?.pos === 'ADJ' ? i + 3 : i + 1;
  if (tokens[k]!.pos === 'ADJ' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN') return true;
  return keptAsItIs(tokens, i);
}

/** What may stand between "keep" and how its object stays: "keep [the tables] intact", "keep [customers] happy". */
const OBJECT_WORDS = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);

/**
 * "keep the tables intact", "keep the formatting the same", "keep customers happy": an object and
 * a describing word that ends the phrase say how something stays. Not where the object goes on
 * ("keep track of everything new"), nor where the describing word goes on to a noun ("keep the new leads").
 */
function keptAsItIs(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && OBJECT_WORDS.has(tokens[k]?.pos ?? '')) k++;
  const how = tokens[k];
  if (k === i + 1 || how?.pos !== 'ADJ') return false;
  const next = tokens[k + 1];
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ');
}

/** Verbs of keeping with another sense: "keep the tone", "record a voiceover". */
const TWO_SENSES = new Set(['keep', 'record']);
/** What is saved without being stored: "save time", "save money". */
const SPARED = new Set(['time', 'money', 'effort', 'hour']);

/** What "record" makes when it records sound or film, kept as a file: "record a voice note", "record a short video". */
const RECORDINGS = new Set(['voice', 'video', 'audio', 'voiceover', 'podcast', 'screencast']);

/** Words of a limit: "keep it under 100 words", "keep each note to one line". */
const LIMITS = new Set(['under', 'below', 'within', 'to']);

/** "to one line", "under 100 words": a limit word before a number. */
function limitAt(after: readonly Token[], k: number): boolean {
  const next = after[k + 1];
  return LIMITS.has(after[k]!.lower) && !!next && (next.pos === 'NUM' || next.lower === 'one');
}

/** Subjects that deny the verb: "nothing is saved until …", "no one logs it". */
const NOTHING = new Set(['nothing', 'none', 'nobody']);

/** The subject of the verb at `i`, past its auxiliaries and adverbs, denies it. */
function deniedBySubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k--;
  return NOTHING.has(tokens[k]?.lower ?? '');
}

/** The keeping verb at `i` stores what follows as rows. */
export function keepStores(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lemma === 'save' && SPARED.has(tokens[i + 1]?.lemma ?? '')) return false;
  if (deniedBySubject(tokens, i)) return false;
  if (logsIn(tokens, i) || describesNoun(tokens, i) || keepsOnOrStays(tokens, i)) return false;
  if (!TWO_SENSES.has(t.lemma)) return true;
  const after = clause(tokens, i);
  // "I record a 60-second voice note": a recording made, no row.
  if (t.lemma === 'record' && after.slice(0, 5).some((x) => RECORDINGS.has(x.lemma))) return false;
  // "keep each note to one line": a limit on what is written, whatever else the clause says.
  if (t.lemma === 'keep' && after.some((_, k) => limitAt(after, k))) return false;
  return after.some(
    (t, k) =>
      QUANTIFIERS.has(t.lower) ||
      HOLDERS.has(t.lemma) ||
      PURPOSES.has(t.lower) ||
      (COLUMNS.has(t.lower) && after.slice(k + 1).filter((x) => x.text === ',').length >= 1) ||
      (PLACES.has(t.lower) && !!after[k + 1] && place(after[k + 1]!)),
  );
}

/** Words before a noun that describe it: "incoming", "new", "signed". */
function describes(t: Token): boolean {
  return t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower));
}

/**
 * A keeping verb opening a sentence before plural things is an imperative, whatever the tagger
 * says ("Track donations for …", "Store supplier quotes as …") — unless a verb follows them,
 * which makes them a subject with the word before ("Store managers upload …").
 */
export function keepingImperative(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // Opening a sentence or what follows a colon; after "and" the tagger reads verbs well enough ("and track changes").
  if (before && before.text !== ':' && before.text !== ';') return false;
  let k = i + 1;
  while (tokens[k] && describes(tokens[k]!)) k++;
  const words: Token[] = [];
  // "sales calls": the tagger may read a plural after a noun as a verb.
  while (tokens[k] && (tokens[k]!.pos === 'NOUN' || (words.length > 0 && tokens[k]!.pos === 'VERB' && tokens[k]!.lower.endsWith('s')))) {
    words.push(tokens[k++]!);
  }
  const head = words[words.length - 1];
  const next = tokens[k];
  return !!head && head.lower !== head.lemma && next?.pos !== 'VERB' && next?.pos !== 'AUX';
}

const DETERMINERS = new Set(['DET', 'PRON', 'ADJ', 'NUM']);
/** What may follow a verb as its object: "log hours", "record the calls", "add their notes". */
const OBJECT_STARTS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Quantifiers that open an object and never follow a noun: "nurses record each visit". */
export const EACH = new Set(['each', 'every']);

/**
 * "employees log hours", "agents record calls": a word the tagger read as a noun is a verb when
 * a bare plural before it is its subject and an object follows — "our contracts log" has a
 * determiner, so it stays a noun. A group noun is a subject too when "each"/"every" follows
 * ("crew log every trip"): a noun phrase does not run on into "each".
 */
export function verbAfterSubject(tokens: readonly Token[], i: number): boolean {
  const subject = tokens[i - 1];
  const each = EACH.has(tokens[i + 1]?.lower ?? '');
  // The tagger may read a bare group noun as a verb ("staff"): before "log each" it can only be the subject.
  const noun = subject?.pos === 'NOUN' || (each && subject?.pos === 'VERB');
  if (!noun || (subject.lower === subject.lemma && !each)) return false;
  if (DETERMINERS.has(tokens[i - 2]?.pos ?? '')) return false;
  return OBJECT_STARTS.has(tokens[i + 1]?.pos ?? '');
}
