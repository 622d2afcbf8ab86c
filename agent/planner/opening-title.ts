/**
 * A description's title: the noun phrase it opens on ("Room booking system for …", "Stock
 * levels for our café: …", "Work orders for our garage, …"), which may name the tool or the
 * rows it keeps. Read from the parts of speech before the first preposition or colon.
 */
import { keepingImperative, KEEP_VERBS } from './keep-sense';
import { NOUNISH, readSentences, type Token, written } from './language';
import { phrase, POSSESSIVES, RECORDS_APP_NOUNS } from './record-nouns';
import { TABLE_WORDS } from './table-words';
import { TOOL_NOUNS } from './tool-nouns';

/** The noun at `i` heads the description's opening noun phrase, its title: "Room booking system for …", "Simple CRM:". */
export function opensWith(tokens: readonly Token[], i: number): boolean {
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
export function titledUntil(tokens: readonly Token[], i: number): number {
  const at = tokens.findIndex((t, k) => k < i && t.pos === 'ADP');
  const head = (t: Token) => NOUNISH.has(t.pos) || (t.pos === 'VERB' && t.lower.endsWith('ing'));
  if (at < 1 || !tokens.slice(0, at).every(head)) return -1;
  const rest = tokens.slice(at + 1, i);
  return rest.length > 0 && rest.every((t) => head(t) || t.pos === 'DET' || POSSESSIVES.has(t.lower)) ? at : -1;
}

/** The rows a title names, and whether it titles a form ("Incident report form: …"), which is filled in to be kept. */
export interface OpeningRows {
  rows: string;
  form: boolean;
  /** Where the title ends in its sentence: the index of the word after it. */
  end: number;
}

/**
 * Titles of things people fill in, each one a row: "Herbicide form for contractors: …", "cleaning
 * checklist per rental property", "class booking for my gym: …", "volunteer signup for our event",
 * "permission slip: student's name, …".
 * A form or a record is named by what it records ("incident report form" → incident report,
 * "toolbox talk record: …" → toolbox talk); the others keep their own word ("class booking").
 */
const FILLED_IN = new Set(['form', 'record', 'checklist', 'booking', 'reservation', 'signup', 'slip']);
/** Filled-in words named by what each one records, not kept in the name: "incident report form" → incident report. */
const RECORDING = new Set(['form', 'record']);
/** Tool words after a filled-in word, which is then what the title names: "booking page", "reservation app". */
const FILLED_IN_TOOLS = new Set(['app', 'page', 'system', 'sheet']);

/** The tagger reads "booking", a describing "cleaning" and "hire" in "boat hire booking" as verbs: inside a title they are nouns. */
const titleWord = (t: Token, next: Token | undefined) =>
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  t.pos === 'ADJ' ||
  FILLED_IN.has(t.lower) ||
  (t.pos === 'VERB' && (FILLED_IN.has(next?.lower ?? '') || (t.lower.endsWith('ing') && next?.pos === 'NOUN')));

/**
 * "Work orders for our garage, …", "Daily standup reports per project: …": a description that
 * opens on a plural thing, as a title, names what its rows are; so does a form titled by what each one records.
 */
export function openingRows(tokens: readonly Token[]): OpeningRows | null {
  // "Log parcels for residents": a verb, not a title.
  if (KEEP_VERBS.has(tokens[0]?.lemma ?? '') && keepingImperative(tokens, 0)) return null;
  // "Leave requests for our staff.": a sentence with no verb but its first word is a title the
  // tagger read as an imperative.
  const verbless = tokens[0]?.pos === 'VERB' && !tokens.slice(1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let k = verbless && tokens[1]?.pos === 'NOUN' ? 1 : 0;
  while (tokens[k] && titleWord(tokens[k]!, tokens[k + 1]) && k < 4) k++;
  const filled = filledIn(tokens, k);
  if (filled) return filled;
  const head = tokens[k - 1];
  const end = tokens[k];
  if (head?.pos !== 'NOUN' || !end || !endsTitle(end)) return null;
  if (head.lower === head.lemma) return null;
  if (TOOL_NOUNS.has(head.lemma) || TABLE_WORDS.has(head.lemma) || RECORDS_APP_NOUNS.has(head.lemma)) return null;
  const rows = phrase(tokens.slice(Math.max(0, k - 2), k).filter((t) => t.pos !== 'ADJ'));
  return rows ? { rows, form: false, end: k } : null;
}

/** Words that end a filled-in thing's title besides a preposition or colon: "… form, top of each …", "… form when leaving …". */
const ENDS_FILLED_IN = new Set([',', '.', ';', '-', '—', '(', 'when', 'where', 'that', 'so', 'to', 'with']);

/** The rows of a title ending before `k` on a filled-in word ("Incident report form for the plant: …"), or null. */
function filledIn(tokens: readonly Token[], k: number): OpeningRows | null {
  let at = k - 1;
  if (FILLED_IN_TOOLS.has(tokens[at]?.lower ?? '') && FILLED_IN.has(tokens[at - 1]?.lower ?? '')) at--;
  const word = tokens[at];
  const end = tokens[k];
  if (!word || !FILLED_IN.has(word.lower) || (end && !endsTitle(end) && !ENDS_FILLED_IN.has(end.lower))) return null;
  const before = tokens.slice(Math.max(0, at - 2), at);
  if (RECORDING.has(word.lower)) {
    if (at < 1) return null;
    const rows = formRows(before);
    return rows ? { rows, form: true, end: k } : null;
  }
  const named = before.filter((t) => t.pos !== 'ADJ' && !REACHING.has(t.lower));
  const rows = phrase([...named.slice(-2).map((t) => ({ ...t, pos: 'NOUN' as const })), { ...word, pos: 'NOUN', lemma: word.lower }]);
  return rows ? { rows, form: true, end: k } : null;
}

/** Forms that say how people reach us, not what each one records: "contact form", "sign-up form". */
const REACHING = new Set(['contact', 'signup', 'sign', 'up', 'website', 'web', 'online', 'embed']);

/** The rows a form titled by `words` records ("herbicide form" → herbicide), or null when the words say only how it is reached. */
function formRows(words: readonly Token[]): string | null {
  const named = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (named.length === 0 || named.some((t) => REACHING.has(t.lower))) return null;
  return phrase(named.slice(-2));
}

/** A preposition or colon after a title's noun phrase; not "of": "lots of events reach me" is an amount. */
const endsTitle = (t: Token) => (t.pos === 'ADP' && t.lower !== 'of') || t.text === ':';

/** What a description says after the title of a thing filled in, sentence by sentence; null when it has no such title. */
function afterFilledInTitle(text: string): Token[][] | null {
  const sentences = readSentences(text);
  const title = sentences[0] ? openingRows(sentences[0].tokens) : null;
  return title?.form ? sentences.map((s, i) => (i === 0 ? s.tokens.slice(title.end) : s.tokens)) : null;
}

/**
 * The description without the title of a thing filled in ("patrol report form for our guards: …"
 * → "for our guards: …"): the title names what each one records, not writing handed back, so what
 * comes back is weighed on the rest.
 */
export function withoutFilledInTitle(text: string): string {
  return (
    afterFilledInTitle(text)
      ?.map((tokens) => written(tokens))
      .join(' ') ?? text
  );
}

/** Marks that open what a title holds: "…: date, …", "… (who, when)". */
const HOLDS = new Set([':', ',', '(']);

/**
 * The title of a thing filled in is followed by what it holds or does ("class booking for my gym:
 * capacity per class, …"), not said alone ("Onboarding checklist for our new hires."), which is
 * too little to build from.
 */
export function filledInTitleSaysMore(text: string): boolean {
  const rest = (afterFilledInTitle(text) ?? []).flat();
  // "… for our new hires.": whose or where it is, up to a mark, says nothing of what it holds.
  const place = rest[0]?.pos === 'ADP' ? rest.findIndex((t) => t.pos === 'PUNCT') : 0;
  const after = place < 0 ? [] : rest.slice(place);
  return after.some((t) => HOLDS.has(t.text) || (t.pos !== 'PUNCT' && t.kind === 'word'));
}
