/**
 * Verbs that keep or make rows: "log each lead", "store them in our products", "save each one as
 * a refill request", "create the contact in Freshsales". Not when the verb keeps something as it
 * is ("keep the tone"), writes a value into the row at hand, keeps a file, or makes a text.
 */
import { CHOICE_FIELDS } from './field-nouns';
import { fileStoreAt } from './file-stores';
import { keepingImperative, keepStores, KEEP_VERBS, PLACES, verbAfterSubject } from './keep-sense';
import { isVerbAt, type Token } from './language';
import { antecedent, CONTAINERS, nounAfter, nounBefore, POSSESSIVES } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { PHOTO_NOUNS } from './given-nouns';
import { TIME_NOUNS } from './time-nouns';
import { VAGUE_VALUES } from './vague-values';
import { WRITTEN } from './written-out';

/** Where the value goes into the row at hand ("save the answer in the response column"): no rows kept. */
const ROW_PARTS = new Set(['column', 'field', 'cell', 'row']);
const AS = new Set(['as']);
/** One of a kind: "as an expense", "as a new lead". */
const ONE = new Set(['a', 'an']);
/** How far after a keeping verb its place or kind of row may come. */
const REACH = 6;
/** Verbs that make a record somewhere: "create a deal for them in Pipedrive". */
const CREATE_VERBS = new Set(['create', 'add']);
/** Verbs that start one case of a kind of row: "raise a ticket", "file a claim" ("open a role" opens a job, not a row). */
const RAISE_VERBS = new Set(['raise', 'file']);
/** Words for one row whatever it holds: "create a record in our cases" names the rows by the place. */
const ANY_ROW = new Set(['record', 'row', 'entry']);
/** Determiners before the one thing a bare "create" makes: "create the claim", "create an RMA". */
const MADE_ONE = new Set(['a', 'an', 'the']);
/** Things made that are no row: a file, a page, a form, a picture or a calendar entry ("create a PDF", "create a calendar event"). */
export const MADE_NOT_KEPT = new Set([
  'pdf',
  'file',
  'folder',
  'page',
  'form',
  'document',
  'doc',
  'image',
  'picture',
  'graphic',
  'chart',
  'video',
  'link',
  'label',
  'event',
  'meeting',
  // "turn it into an SMS": a message sent.
  'sms',
]);
/** Kept things that are files, pictures or no value in particular: "store the CV", "save the photo", "keep the data". */
const NO_TABLE_OF_ITS_OWN = new Set([...MADE_NOT_KEPT, ...PHOTO_NOUNS, ...VAGUE_VALUES, 'cv', 'resume']);
/** Words putting a thing kept on another row: "save it on the lead's row", "against the job", "back in the sheet". */
const ON_ROW = new Set(['on', 'against', 'back']);
/** Words saying something stays as it is. */
const UNCHANGED = new Set(['same', 'intact', 'unchanged', 'as-is', 'untouched']);

/** The tokens after `i` up to the clause's end. */
function clauseAfter(tokens: readonly Token[], i: number): Token[] {
  const end = tokens.findIndex((x, k) => k > i && (x.text === '.' || x.text === ';' || x.text === ','));
  return tokens.slice(i + 1, end < 0 ? tokens.length : end);
}

/** The first of `words` within REACH after `i`, or -1. */
function near(tokens: readonly Token[], i: number, words: ReadonlySet<string>): number {
  return tokens.findIndex((x, k) => k > i && k <= i + REACH && words.has(x.lower));
}

/** "save the answer in the response column of that row": a value written into the row at hand. */
function intoRow(tokens: readonly Token[], place: number): boolean {
  return place > 0 && tokens.slice(place, place + 5).some((x) => ROW_PARTS.has(x.lemma));
}

/** "save it as a PDF": kept as a file of some format. */
function asFormat(tokens: readonly Token[], i: number): boolean {
  const as = near(tokens, i, AS);
  return as > 0 && fileStoreAt(tokens, as);
}

/** "create the contact in Freshsales", "add it as an expense": a record made in a named place, or one of a kind of row, is a row kept. */
export const createdRecordCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  if (t.pos === 'VERB' && RAISE_VERBS.has(t.lemma)) raisedCue(tokens, i, found);
  if (!CREATE_VERBS.has(t.lemma) || t.pos !== 'VERB') return;
  const as = near(tokens, i, AS);
  // "add it as an expense": one of a kind of row, made ("as a", not "as tags" or "as a PDF").
  const asRow = as > 0 && ONE.has(tokens[as + 1]?.lower ?? '') && !asFormat(tokens, i);
  // "create the claim", "create an RMA with an RMA ID": one thing of a kind made, wherever it goes.
  const bare = t.lemma === 'create' && MADE_ONE.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.pos !== 'PROPN';
  const place = near(tokens, i, PLACES);
  if (place <= 0 && !asRow && !bare) return;
  // "create a record in our cases", "add a row to the leads sheet": the place names the rows.
  if (place > 0 && ANY_ROW.has(tokens[i + 2]?.lemma ?? '') && ONE.has(tokens[i + 1]?.lower ?? '')) {
    keepRows(found, nounAfter(tokens, place));
    return;
  }
  const made = (asRow ? nounAfter(tokens, as) : null) ?? nounAfter(tokens, i);
  const head = made?.split(' ').pop() ?? '';
  // "create a reply in Gmail", "create a Gmail draft": a text written, not a record.
  if (made && !WRITTEN.has(head) && (!bare || !MADE_NOT_KEPT.has(head))) keepRows(found, made);
};

/** Auxiliaries of a passive: "is created", "gets added". */
const PASSIVE = new Set(['be', 'get']);
/** Determiners that pick out one thing of a kind: "the booking", "a task". */
const THE_ONE = new Set(['a', 'an', 'the']);

/**
 * "the booking is created when they submit", "then a fulfiller task is created and assigned": one
 * thing of a kind made, said in the passive, is a row. Not one made somewhere named after the
 * verb ("a ticket is created in our helpdesk"), a pronoun ("it gets added") or stuff with no
 * determiner ("only movable stuff gets added").
 */
export const createdPassiveCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  if (!CREATE_VERBS.has(t.lemma) || !t.lower.endsWith('ed')) return;
  if (PLACES.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'as') return;
  // "get an expense item created": the thing made sits between "get" and the participle.
  const caused = causedMade(tokens, i);
  if (caused) {
    keepRows(found, caused);
    return;
  }
  if (!PASSIVE.has(tokens[i - 1]?.lemma ?? '')) return;
  // "a support ticket should get created": a modal between the thing and the passive.
  let aux = i - 1;
  while (tokens[aux - 1]?.pos === 'AUX' && aux - 1 > 0) aux--;
  const made = nounBefore(tokens, aux);
  const head = made?.split(' ').at(-1) ?? '';
  let k = aux - 1;
  while (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') k--;
  if (!made || !THE_ONE.has(tokens[k]?.lower ?? '') || tokens.slice(k, i).some((x) => x.pos === 'PROPN')) return;
  if (!WRITTEN.has(head) && !MADE_NOT_KEPT.has(head) && !ANY_ROW.has(head)) keepRows(found, made);
};

/** "get an expense item created", "have a task added": one thing of a kind made, by the tool, for the person. */
function causedMade(tokens: readonly Token[], i: number): string | null {
  let k = i - 1;
  while (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'ADJ') k--;
  if (k === i - 1 || !ONE.has(tokens[k]?.lower ?? '') || !CAUSING.has(tokens[k - 1]?.lemma ?? '')) return null;
  const made = nounBefore(tokens, i);
  const head = made?.split(' ').at(-1) ?? '';
  return made && !WRITTEN.has(head) && !MADE_NOT_KEPT.has(head) && !ANY_ROW.has(head) ? made : null;
}

/** Verbs that have something done: "get a ticket created", "have a row added". */
const CAUSING = new Set(['get', 'have']);

/** "raise a purchase requisition", "file a claim": one row of a kind started ("file the report" is none). */
function raisedCue(tokens: readonly Token[], i: number, found: Parameters<Cue>[3]): void {
  if (!ONE.has(tokens[i + 1]?.lower ?? '')) return;
  const made = nounAfter(tokens, i);
  const head = made?.split(' ').pop() ?? '';
  if (made && !WRITTEN.has(head) && !MADE_NOT_KEPT.has(head)) keepRows(found, made);
}

/** What ends a clause right after a verb: "which ones to keep and …", "I can save." */
const CLAUSE_ENDS = new Set(['PUNCT', 'CCONJ']);
/** Words of time after a verb that open no place or kind for what it keeps: "before saving, …". */
const THEN = new Set(['before', 'after', 'until', 'when', 'once']);

/**
 * "a coloured version I can save", "review them before saving", "say which ones to keep": a keeping
 * verb said as the person's act, with nothing after it, keeps no rows. A passive or a participle
 * ("the request is saved, …", "tracked until done") says the tool keeps what it is about, and so
 * does a third person ("it only saves once I say yes").
 */
function keepsNothingSaid(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const byOther = t.lower.endsWith('ed') || (t.lower.endsWith('s') && t.lower !== t.lemma);
  return !byOther && (!next || CLAUSE_ENDS.has(next.pos) || THEN.has(next.lower));
}

/** Words after "for" that say a setting is kept to be used again: "have them saved for next time", "keep it for later". */
const REUSE = new Set(['next', 'later', 'future']);

/** "edit the subject and message text and have them saved for next time": settings remembered, not rows kept. */
function keptForReuse(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i + 1]?.lower === 'for' ? i + 1 : tokens[i + 2]?.lower === 'for' ? i + 2 : -1;
  return k > 0 && REUSE.has(tokens[k + 1]?.lower ?? '');
}

/** Words that open a verb's object: "my team log their hours" has one, "my time logs from last week" none. */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NUM']);

/** "each employee's time logs", "my call logs": a keeping word after a noun someone owns is a noun, unless an object follows. */
function ownedNoun(tokens: readonly Token[], i: number): boolean {
  const owner = tokens[i - 2]?.lower ?? '';
  const owned = tokens[i - 1]?.pos === 'NOUN' && (owner === "'s" || owner === '’s' || POSSESSIVES.has(owner));
  return owned && !OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '');
}

/** "log each lead", "store them in our products", "keep every claim": rows kept, and what one is. */
export const keptByVerbCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  if (!KEEP_VERBS.has(t.lemma) || !(isVerbAt(tokens, i) || keepingImperative(tokens, i) || verbAfterSubject(tokens, i))) return;
  if (keepsNothingSaid(tokens, i) || ownedNoun(tokens, i) || keptForReuse(tokens, i)) return;
  // "keep the tone", "keep the keys and structure exactly the same": kept as they are, not stored.
  const retains = !keepStores(tokens, i) || (t.lemma === 'keep' && clauseAfter(tokens, i).some((x) => UNCHANGED.has(x.lower)));
  const place = near(tokens, i, PLACES);
  // "save the report to our Drive folder": a file kept, not a row.
  const asFile = place > 0 && fileStoreAt(tokens, place);
  if (retains || intoRow(tokens, place) || asFormat(tokens, i) || asFile) return;
  const of = tokens.findIndex((x, k) => k > i && k <= i + 4 && x.lower === 'of' && CONTAINERS.has(tokens[k - 1]!.lemma));
  const as = near(tokens, i, AS);
  // "store it in our products", "save each one as a refill request".
  if (place > 0) found.named ??= nounAfter(tokens, place);
  const kept =
    of > 0
      ? nounAfter(tokens, of)
      : (keptAs(tokens, as) ?? nounAfter(tokens, i) ?? (as > 0 ? nounAfter(tokens, as) : antecedent(tokens, i)));
  const rows = choiceOwner(tokens, i, kept);
  keepRows(found, rows);
  // Kept into a place named ("save the booking to our reservations sheet"), on another row ("save the
  // proof against the delivery job") or as something ("as a Gmail draft"), the place or kind names
  // the rows; a text, a file or a picture kept is no table of its own.
  const head = rows?.split(' ').at(-1) ?? '';
  const elsewhere = place > 0 || as > 0 || near(tokens, i, ON_ROW) > 0;
  const ownTable = !elsewhere && !TIME_NOUNS.has(head) && !WRITTEN.has(head) && !NO_TABLE_OF_ITS_OWN.has(head);
  if (rows && ownTable && !found.keptByVerb.includes(rows)) found.keptByVerb.push(rows);
};

/**
 * "store every request as a ticket", "log each call as a new lead": one of a kind of row named
 * after "as a", which is what a row is rather than the thing handed in; a text or a file kept
 * ("as a Gmail draft", "as a PDF") names none.
 */
function keptAs(tokens: readonly Token[], as: number): string | null {
  if (as <= 0 || !ONE.has(tokens[as + 1]?.lower ?? '')) return null;
  const kind = nounAfter(tokens, as);
  const head = kind?.split(' ').at(-1) ?? '';
  return kind && !WRITTEN.has(head) && !NO_TABLE_OF_ITS_OWN.has(head) && !TIME_NOUNS.has(head) ? kind : null;
}

/** Words after a choice field that name whose it is: "the status of each application", "vaccine status on each patient". */
const OWNER_WORDS = new Set(['of', 'on', 'for']);

/**
 * A choice field kept ("track the status") is a column of the rows, not what a row is: the rows are
 * its owner when said ("track vaccine status on each patient" → patient), else left for other cues.
 */
function choiceOwner(tokens: readonly Token[], i: number, kept: string | null): string | null {
  if (!kept || !CHOICE_FIELDS.has(kept.split(' ').at(-1)!)) return kept;
  const owner = near(tokens, i, OWNER_WORDS);
  return owner > 0 ? nounAfter(tokens, owner) : null;
}
