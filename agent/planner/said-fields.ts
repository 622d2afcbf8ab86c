/**
 * Fields people name, read with the language model's parts of speech rather than patterns:
 * what they give the tool ("I paste a job posting and my resume"), lists of noun phrases
 * ("name, email, title, company", "For each vehicle: registration, make, model"), and the
 * columns of tables. Examples ("e.g. auto-renewal", "like 'The water cycle'") are content
 * for a prompt, never fields; a bracket after a singular name holds its choices
 * ("stage (lead, qualified, won)"). The cues a verb opens are in verb-cues.ts.
 */
import { bracketListsFields } from './bracket-fields';
import { clauseItemAt } from './clause-items';
import { DASHED_CHOICES } from './dashed-choices';
import { DECIDED_WITH } from './decided-with';
import { exampleMask } from './example-mask';
import { fieldNamed } from './field-name';
import { JUDGED } from './judged-values';
import { NOT_FIELDS } from './field-name-words';
import { CHOICE_FIELDS, CONTAINERS, FIELD_HOLDERS } from './field-nouns';
import { isVerbAt, NOUNISH, readSentences, type Token } from './language';
import { GIVE_VERBS, isArrow, LIST_OPENERS } from './list-cues';
import { listAt } from './list-items';
import { choicesAsWritten, isDash, isRangeAt } from './list-marks';
import { OWNED_VALUES } from './owned-values';
import { PICKED_ONE_OF } from './picked-one-of';
import { PLACEHOLDER } from './placeholders';
import type { SaidField } from './said-field';
import { type Cue, sentenceReading } from './sentence-reading';
import { sortedIntoAt } from './sorted-into';
import { ROW_STATE } from './row-state';
import { rowMoves } from './row-moves';
import { colonLabels } from './colon-labels';
import { namedColumns } from './named-columns';
import { calledByName } from './by-name';
import { quotedNames } from './quoted-names';
import { readStages } from './stage-arrows';
import {
  ASKED_FOR,
  CHOSEN_ONE,
  DEPENDING_ON,
  GIVE_EACH,
  GIVEN,
  HANDED_CUES,
  KNOWN,
  MADE_FROM,
  MARKED_WITH,
  MEASURED_AGAINST,
  READ_OUT,
  RESULT,
  REWORKED,
  SAID_BY_ME,
  SET,
  SORTED_BY,
  WHOSE,
} from './verb-cues';

/** The underscore of a snake_case name, between two of its letters. */
const SNAKE_JOIN = /([a-z])_(?=[a-z])/gi;

/** Verbs by which a person says what they want. */
const WANTING = new Set(['need', 'want', 'like', 'love', 'prefer', 'wish', 'require']);

/** Words that say a thing is said of each row: "for each one", "for every order". */
const EVERY = new Set(['each', 'every']);

/** Verbs that keep a value: what they keep is a field. */
const KEEPING = new Set(['record', 'log', 'capture', 'track']);

/** Verbs by which a person picks one of several: "pick a role: host, vendor or attendee". */
const PICKING = new Set(['pick', 'choose', 'select']);

/** Words that open a clause of its own after a noun: a verb after them is not the sentence's. */
const RELATIVES = new Set(['where', 'that', 'which', 'who', 'whose', 'when']);

/** A verb follows `from` in the same clause: what came before it is its subject. */
function verbFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || RELATIVES.has(t.lower)) return false;
    // "for every book we lend": a verb after its own subject is a clause of its own.
    if ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1]?.pos !== 'PRON') return true;
  }
  return false;
}

/**
 * "doctors with specialties", "each report with a location": rows named, not as a verb's object,
 * then "with" at `i`: what they come with is a value of each.
 */
function rowsWith(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (noun?.pos !== 'NOUN') return false;
  const each = EVERY.has(tokens[i - 2]?.lower ?? '');
  const plural = noun.lower !== noun.lemma;
  const start = each ? i - 2 : i - 1;
  const opener = tokens[start - 1];
  return (each || plural) && (opener === undefined || opener.pos === 'PUNCT' || opener.lower === 'and');
}

/** A bracket after a singular name holds its choices ("priority (low, high)"), not fields; after a determiner it names values ("classify each (category, urgency)"). */
function choiceBracketAt(tokens: readonly Token[], t: Token, i: number): boolean {
  const owner = tokens[i - 1];
  return t.text === '(' && owner !== undefined && owner.lower === owner.lemma && owner.pos !== 'DET' && owner.pos !== 'PRON';
}

/** "put each one in exactly one of Travel, Meals or Other", "categorise it": each gets a category. */
const SORTED_INTO: Cue = (r, _, i) => {
  const sorted = sortedIntoAt(r.tokens, i, CHOICE_FIELDS);
  if (!sorted) return false;
  r.add([{ words: sorted.value, hint: null, given: false, returned: true }]);
  // The groups listed are the value's choices, never fields.
  if (sorted.choicesFrom >= 0) r.readUntil = Math.max(r.readUntil, listAt(r.tokens, sorted.choicesFrom, r.mask).end);
  return true;
};

/** "a priority (Low, Medium, High)": a choice field with its choices, read by no list; "a category (Travel, Office…)": the examples are its choices. */
const CHOICES_IN_BRACKET: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  if (!choiceBracketAt(tokens, t, i) || !CHOICE_FIELDS.has(tokens[i - 1]!.lemma)) return false;
  const close = tokens.findIndex((x, k) => k > i && x.text === ')');
  if (close > i) {
    const options = listAt(tokens, i + 1, mask[i + 1] ? tokens.map(() => false) : mask).items.map((x) => x.words);
    if (options.length >= 2) r.add([{ words: tokens[i - 1]!.text, hint: options.join(', '), given: false }]);
    r.readUntil = Math.max(r.readUntil, close + 1);
  }
  // Later cues still read the bracket.
  return false;
};

/** Words that part one-word choices: "accept, reject or resell". */
const CHOICE_JOINS = new Set([',', 'or', 'and', '/']);

/** "the decision: accept, reject, repair or resell": one-word choices, most of them verbs, name what is decided, not fields. */
function actionsFollow(tokens: readonly Token[], from: number): boolean {
  const words: Token[] = [];
  for (let k = from; k < tokens.length && tokens[k]!.text !== '.' && tokens[k]!.text !== ';'; k += 2) {
    words.push(tokens[k]!);
    if (!CHOICE_JOINS.has(tokens[k + 1]?.lower ?? '')) break;
  }
  return words.length >= 3 && words.filter((w) => w.pos === 'VERB').length * 2 > words.length;
}

/** How many words a choice named as written may have: longer runs are sentences. */
const MAX_CHOICE_WORDS = 4;

/** Choices read as written, none when one of them runs on like a sentence. */
function shortChoices(read: ReturnType<typeof choicesAsWritten>): ReturnType<typeof choicesAsWritten> {
  return read.items.every((x) => x.words.split(' ').length <= MAX_CHOICE_WORDS) ? read : { items: [], end: read.end };
}

/** "status: Applied, Accepted, Rejected": one field and its choices; so is "one label from: Bug, Billing, Other". */
const CHOICES_AFTER_COLON: Cue = (r, t, i) => {
  const { tokens } = r;
  const pickedFrom = t.lower === 'from' && tokens[i + 1]?.text === ':' && tokens[i - 2]?.lower === 'one' && tokens[i - 1]?.pos === 'NOUN';
  const colon = pickedFrom ? i + 1 : i;
  // "pick a role: host, vendor or attendee": what a person picks one of is a choice field, whatever its name.
  const picked = PICKING.has(tokens[i - 3]?.lemma ?? '') && tokens[i - 2]?.pos === 'DET' && tokens[i - 1]?.pos === 'NOUN';
  const named = pickedFrom || picked || CHOICE_FIELDS.has(tokens[i - 1]?.lemma ?? '');
  if (tokens[colon]!.text !== ':' || !(named || (tokens[i - 1]?.pos === 'NOUN' && actionsFollow(tokens, colon + 1)))) return false;
  // The choices picked from are names of values ("Bug report"), whatever a list of fields would make of them.
  const read = pickedFrom ? choicesAsWritten(tokens, colon + 1) : listAt(tokens, colon + 1, r.mask);
  // "pick the mode: Task Update or New Task": what is picked from may be names the grammar reads as no list.
  const list = picked && read.items.length < 2 ? shortChoices(choicesAsWritten(tokens, colon + 1)) : read;
  if (list.items.length < 2) return false;
  r.add([{ words: tokens[i - 1]!.text, hint: list.items.map((x) => x.words).join(', '), given: false }]);
  r.readUntil = Math.max(r.readUntil, list.end);
  return true;
};

/** "critique tool: paste an excerpt, …": after the colon comes a command, not a list. */
const COMMAND_AFTER_COLON: Cue = (r, t, i) =>
  t.text === ':' && r.tokens[i + 1] !== undefined && GIVE_VERBS.has(r.tokens[i + 1]!.lemma) && isVerbAt(r.tokens, i + 1);

/** "I paste a lead: first name, company…": the colon's list, not the lead, is given; a dash and a bracket after a plural list fields too. */
const MARKED_LIST: Cue = (r, t, i) => {
  const { tokens } = r;
  // "a webhook (name, testimonial text)": a bracket after what holds fields lists them.
  const holder = t.text === '(' && FIELD_HOLDERS.has(tokens[i - 1]?.lemma ?? '');
  // "an emergency alert (emergency type, instructions)": a bracket naming kinds of value lists fields, whatever its owner.
  const named =
    t.text === '(' && !CHOICE_FIELDS.has(tokens[i - 1]?.lemma ?? '') && bracketListsFields(listAt(tokens, i + 1, r.mask, true).items);
  // "topic in -> summary out": an arrow's hyphen is no dash; what comes before it is given (BEFORE_ARROW).
  const dash = isDash(t) && !isArrow(tokens, i);
  if (!(t.text === ':' || dash || (t.text === '(' && i > 0 && (!choiceBracketAt(tokens, t, i) || holder || named)))) return false;
  // A bracket after a plural or a holder of fields lists columns.
  const list = listAt(
    tokens,
    i + 1,
    r.mask,
    t.text === '(' && tokens[i - 1]!.pos !== 'DET' && tokens[i - 1]!.pos !== 'PRON',
    t.text === ':',
  );
  r.take(list, list.items.length >= 2 || (list.items.length === 1 && t.text === ':'));
  return true;
};

/** "topic, tone -> post": what comes before the arrow is given, when a list fills it. */
const BEFORE_ARROW: Cue = (r, _, i) => {
  const { tokens } = r;
  if (!isArrow(tokens, i)) return false;
  const colon = tokens.findLastIndex((x, k) => k < i && (x.text === ':' || x.text === '.'));
  const list = listAt(tokens, colon + 1, r.mask);
  for (const item of list.items) item.given = true;
  // The list must fill what comes before the arrow ("topic in ->" too).
  r.take(list, list.items.length > 0 && list.end >= i - 1 && colon + 1 >= r.readUntil);
  return true;
};

/** "answer qualified true/false", "flag urgent yes/no": the word before a yes/no pair is a boolean value. */
const YES_NO: Cue = (r, t, i) => {
  const { tokens } = r;
  const yesNo = (t.lower === 'true' && tokens[i + 2]?.lower === 'false') || (t.lower === 'yes' && tokens[i + 2]?.lower === 'no');
  const flag = tokens[i - 1];
  const named = flag?.kind === 'word' && (NOUNISH.has(flag.pos) || flag.pos === 'VERB') && !NOT_FIELDS.has(flag.lower);
  if (!(yesNo && tokens[i + 1]?.text === '/' && named)) return false;
  r.take({ items: [{ words: flag!.text, hint: `${t.lower}/${tokens[i + 2]!.lower}`, given: false }], end: i + 3 }, true);
  return true;
};

/** "with a confidence 0-1", "a risk score 0 - 100": a name followed by a range of numbers is a value. */
const NUMBER_RANGE: Cue = (r, _, i) => {
  const { tokens, mask } = r;
  if (!(isRangeAt(tokens, i) && NOUNISH.has(tokens[i - 1]?.pos ?? '') && i >= r.readUntil)) return false;
  const words: Token[] = [];
  for (let k = i - 1; k >= 0 && words.length < 3 && !mask[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ'); k--)
    words.unshift(tokens[k]!);
  const said = fieldNamed(words, tokens, i, mask);
  if (said) r.take({ items: [{ ...said, hint: 'number' }], end: tokens[i + 1]?.text === '-' ? i + 3 : i + 1 }, true);
  return true;
};

/** "every row needs a status and an owner", "plus a High/Low priority": a word that opens a list of fields. */
const LIST_OPENER: Cue = (r, t, i) => {
  const { tokens } = r;
  // What a thing needs, not what a person needs, lists its fields.
  const thingSubject = tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN';
  const thingNeeds = t.lemma === 'need' && thingSubject;
  // "platforms have a commission": one thing a kind of row has is its field.
  const owned = (t.lemma === 'need' || t.lemma === 'have') && thingSubject && !CONTAINERS.has(tokens[i - 1]!.lemma);
  if (!(LIST_OPENERS.has(t.lower) || thingNeeds)) return false;
  const list = listAt(tokens, i + 1, r.mask);
  // "track the stage of each car", "plus a High/Low priority": one field, when it is one that holds a choice.
  const ends = list.items[0]?.words.toLowerCase().split(' ') ?? [];
  const choice = list.items.length === 1 && (CHOICE_FIELDS.has(ends[0]!) || CHOICE_FIELDS.has(ends[ends.length - 1]!));
  // "answer qualified true/false with a reason": one more value of the list just read.
  // "name, email and phone for each customer, plus their last order date": "plus" adds to the list read before.
  const last = r.last;
  const goesOn = last !== null && ((t.lower === 'with' && i === r.readUntil) || t.lower === 'plus');
  if (goesOn) for (const item of list.items) Object.assign(item, { given: last.given, returned: last.returned });
  // "…. Plus a sentiment.": "plus" adds its one thing even where no list was read before it.
  // "with the reason for each one", "with a note per order": a value every row has.
  const after = tokens[list.end];
  const perRow = t.lower === 'with' && (after?.lower === 'per' || (after?.lower === 'for' && EVERY.has(tokens[list.end + 1]?.lower ?? '')));
  // "an unsubscribe form with the reason", "a row with a timestamp": what a holder of fields comes with is one of them.
  const held = t.lower === 'with' && (FIELD_HOLDERS.has(tokens[i - 1]?.lemma ?? '') || rowsWith(tokens, i));
  // "record the sales tax paid", "log volunteer hours": a value of more than one word kept is one, even alone.
  const one = list.items[0]?.words.split(' ') ?? [];
  const kept = KEEPING.has(t.lemma) && isVerbAt(tokens, i) && one.length >= 2 && !one.includes('in');
  // "including the weight of each donation": what a thing includes is a value of it, even one alone.
  const included = t.lemma === 'include' || t.lower === 'including';
  const added = goesOn || owned || perRow || held || kept || included || t.lower === 'plus';
  r.take(list, list.items.length >= 2 || choice || (added && list.items.length === 1));
  return true;
};

/** A bare list of three or more ("name, photo, title, department…"), from a phrase's start. */
const BARE_LIST: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  const before = tokens[i - 1];
  // "tell us what to order — 4 people, …": a clause alone opens no list.
  // "the session they attended, …": a verb after its subject starts no list either.
  if (before?.text === ',' || clauseItemAt(tokens, i, mask) || (before?.pos === 'PRON' && t.pos === 'VERB')) return true;
  const list = listAt(tokens, i, mask);
  // "Demos, quotes and trial requests come in by webhook": a list opening a sentence before its verb is its subject.
  // "Use the tag and …": a sentence opening on a command lists no fields either.
  const opening = before === undefined;
  // "take the post title and excerpt", "leave a review and a rating of the candidate": two names a verb takes as
  // its object, plain noun phrases ("of" may join one), are fields too.
  const plainNouns = tokens
    .slice(i, list.end)
    .every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.pos !== 'PRON' && (x.pos !== 'ADP' || x.lower === 'of'));
  // What a person wants ("we need a summary and a reply") is what the tool makes, unless each row has it ("on every chemical").
  const ofEach = (tokens[list.end]?.lower === 'on' || tokens[list.end]?.lower === 'for') && EVERY.has(tokens[list.end + 1]?.lower ?? '');
  const verb = before?.pos === 'VERB' && (!WANTING.has(before.lemma) || ofEach);
  const object = verb && t.pos === 'DET' && list.items.length === 2 && plainNouns;
  r.take(list, (list.items.length >= 3 || object) && (!opening || (!verbFollows(tokens, list.end) && !isVerbAt(tokens, i))));
  return true;
};

/** The cues, in the order they are tried at each token: the first that reads it ends the token. */
const CUES: readonly Cue[] = [
  PLACEHOLDER,
  SORTED_INTO,
  PICKED_ONE_OF,
  CHOICES_IN_BRACKET,
  CHOICES_AFTER_COLON,
  COMMAND_AFTER_COLON,
  DASHED_CHOICES,
  MARKED_LIST,
  BEFORE_ARROW,
  MADE_FROM,
  MEASURED_AGAINST,
  YES_NO,
  SORTED_BY,
  MARKED_WITH,
  DECIDED_WITH,
  NUMBER_RANGE,
  DEPENDING_ON,
  ...HANDED_CUES,
  RESULT,
  JUDGED,
  SAID_BY_ME,
  GIVE_EACH,
  REWORKED,
  GIVEN,
  CHOSEN_ONE,
  SET,
  ASKED_FOR,
  KNOWN,
  WHOSE,
  READ_OUT,
  LIST_OPENER,
  OWNED_VALUES,
  ROW_STATE,
  BARE_LIST,
];

/** The fields said in `text`, in order, each once. */
export function saidFields(text: string): SaidField[] {
  const found = new Map<string, SaidField>();
  const add = (items: SaidField[]) => {
    for (const f of items) if (!found.has(f.words.toLowerCase())) found.set(f.words.toLowerCase(), f);
  };
  // "ticket_summary": a column written as an identifier is its words.
  for (const { tokens } of readSentences(text.replace(SNAKE_JOIN, '$1 '))) {
    const mask = exampleMask(tokens);
    add(readStages(tokens, mask));
    const r = sentenceReading(tokens, mask, add);
    tokens.forEach((t, i) => {
      if (t.negated || i < r.readUntil) return;
      // An example of the text made still names the values its placeholders stand for.
      if (r.mask[i]) {
        PLACEHOLDER(r, t, i);
        return;
      }
      for (const cue of CUES) if (cue(r, t, i)) return;
    });
    // After the cues, so a "status" said by name keeps its own choices and a list already read keeps its items.
    add(rowMoves(tokens, mask));
    add(colonLabels(tokens));
    add(namedColumns(tokens));
    add(calledByName(tokens));
    add(quotedNames(tokens));
  }
  return [...found.values()];
}
