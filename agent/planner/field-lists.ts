/**
 * Fields people name, read with the language model's parts of speech rather than patterns:
 * what they give the tool ("I paste a job posting and my resume"), lists of noun phrases
 * ("name, email, title, company", "For each vehicle: registration, make, model"), and the
 * columns of tables. Examples ("e.g. auto-renewal", "like 'The water cycle'") are content
 * for a prompt, never fields; a bracket after a singular name holds its choices
 * ("stage (lead, qualified, won)").
 */
import type { FieldInput } from '../tools/spec-inputs';
import { clauseItemAt } from './clause-items';
import { choicesAfter, isDash, isMarkerAt, isRangeAt, joiningAt, skipExamples, skipRange, skipRemark, valuesIn } from './list-marks';
import { inferFieldType } from './field-types';
import { drawnOnFrom, sentByOthersFrom, turnedFrom } from './handed-values';
import { lookedForFrom, madeValuesFrom } from './made-values';
import { sortedIntoAt } from './sorted-into';
import { toIdentifier } from './fields';
import { isVerbAt, NOUNISH, readSentences, written, type Token } from './language';
import { PEOPLE } from './result-shape';
import { saysVerbAt } from './verb-forms';

/** Verbs by which a person hands the tool something: their object is an input. */
const GIVE_VERBS = new Set([
  'type',
  'give',
  'paste',
  'enter',
  'provide',
  'fill',
  'put',
  'submit',
  'choose',
  'pick',
  'select',
  'input',
  'describe',
  'add',
  'specify',
  'supply',
  'drop',
  'feed',
  'insert',
  'say',
]);

/** Verbs of knowing: a clause after them names a value to keep ("see how much each one owes"). */
const KNOWING = new Set(['know', 'see', 'note', 'record', 'mark', 'check', 'flag', 'say', 'decide', 'indicate']);

/** Verbs by which a person hands over a file: what they name is a document or a photo, unless it names a value. */
const UPLOAD_VERBS = new Set(['upload', 'attach']);

/** Verbs after which the noun before "I"/"we" is what the person hands over: "the senders I list". */
const SAID_BY_PERSON = new Set(['write', 'upload', 'list', 'name', 'mention']);

/** Verbs that sort things by criteria: what follows their "by" names values ("group answers by theme"). */
const SORTING_VERBS = new Set([
  'classify',
  'categorise',
  'categorize',
  'sort',
  'group',
  'rank',
  'rate',
  'score',
  'tag',
  'label',
  'segment',
  'prioritise',
  'prioritize',
  'cluster',
  'bucket',
]);

/** "system in plain English" → "system description": the thing described, without how, named as its description. */
function described(words: string): string {
  const thing = words.split(/ in /)[0]!;
  return /\b(?:description|details|summary|brief|text)$/i.test(thing) ? thing : `${thing} description`;
}

/** A sorting verb earlier in the clause than the "by" at `i`. */
function sortedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (SORTING_VERBS.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

/** Verbs that mark things: what follows their "with" is a value of each ("tag each photo with its location"). */
const MARKING_VERBS = new Set(['label', 'tag', 'flag', 'mark', 'annotate', 'stamp']);

/** A marking verb earlier in the clause than the "with" at `i`, said to the tool. */
function markedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (MARKING_VERBS.has(tokens[k]!.lemma)) return !PEOPLE.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Verbs that make something out of what follows "from": "write a description from a product name, …". */
const MAKING_VERBS = new Set(['write', 'generate', 'create', 'draft', 'make', 'produce', 'compose', 'build', 'design', 'turn', 'render']);

/** "topic + extra description → headlines", "topic in -> summary out": what comes before the arrow is given. */
function isArrow(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === '→' || (tokens[i]!.text === '-' && tokens[i + 1]?.text === '>');
}

/** Verbs by which the tool hands something back: "get a score and a verdict", "returns the title and price". */
const RESULT_VERBS = new Set(['get', 'return', 'receive']);

/** Words after which a list of fields or columns follows. */
const LIST_OPENERS = new Set([
  'field',
  'fields',
  'column',
  'columns',
  'input',
  'inputs',
  'header',
  'headers',
  'with',
  'including',
  'include',
  'includes',
  'track',
  'log',
  'keep',
  'store',
  'save',
  'record',
  'collect',
  'capture',
  'has',
  'have',
  'extract',
  'pull',
  'form',
  'containing',
  'plus',
]);

/** Things that carry fields: a bracket after them lists those fields ("a webhook (name, text)"). */
const FIELD_HOLDERS = new Set(['webhook', 'form', 'sheet', 'table', 'row', 'record', 'payload', 'entry', 'submission', 'request']);

/** What holds fields rather than being one: "a calendar table" amid a list is no column. */
const CONTAINERS = new Set([
  ...FIELD_HOLDERS,
  'database',
  'spreadsheet',
  'list',
  'report',
  'tool',
  'app',
  'model',
  'ai',
  'output',
  'result',
]);

/** Words that introduce examples; what follows them up to the clause's end is prompt content. */
const EXAMPLE_OPENERS = new Set(['e.g.', 'eg', 'e.g', 'i.e.', 'example', 'such', 'like', 'say', 'etc', 'etc.']);

/** Words that end a bracket of examples. */
const EXAMPLE_ENDINGS = ['etc', 'etc.', '…', 'kind of thing', 'so on', 'and more', 'or similar'];

/** Leading words that belong to no field name. */
const LEADING = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'each',
  'every',
  'any',
  'some',
  'optionally',
  'also',
  'just',
  'one',
  'all',
  'column',
  'columns',
  'field',
  'fields',
  'input',
  'inputs',
  'header',
  'headers',
  'following',
]);

/** Nouns that name no field of their own (the tool, the output, time, amounts). */
const NOT_FIELDS = new Set([
  'it',
  'them',
  'tool',
  'app',
  'thing',
  'something',
  'stuff',
  'everything',
  'anything',
  'time',
  'way',
  'lot',
  'bit',
  'day',
  'week',
  'month',
  'hour',
  'minute',
  'daily',
  'weekly',
  'monthly',
  // Days say when it runs ("every Tuesday and Thursday"), never a value.
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekday',
  'ai',
  'model',
  'output',
  'result',
  'results',
  'list',
  'one',
  'ones',
  'table',
  'sheet',
  'spreadsheet',
  'database',
  'record',
  'records',
  'report',
  'back',
  'me',
  'us',
  'you',
  'that',
  'this',
  'which',
  'what',
  'who',
  'idea',
  'e',
  'form',
  // Formats of the whole result ("get JSON back with name, skills…"), not a value in it.
  'json',
  'markdown',
  'html',
  'csv',
]);
/** Words for time, which alone say when it runs, never a value. */
const TIME_WORDS = new Set(['time', 'day', 'week', 'month', 'hour', 'minute']);

/** Words that start no field name, though a name may end on them ("information about the task"). */
const NOT_FIRST = new Set([
  'it',
  'them',
  'me',
  'us',
  'you',
  'that',
  'this',
  'which',
  'what',
  'who',
  'thing',
  'something',
  'stuff',
  'everything',
  'anything',
  'back',
  'one',
  'ones',
]);

/** Connectors allowed inside one field name: "number of chapters", "maintenance interval in days". */
const INNER = new Set(['of', 'for', 'in', 'about', 'per', '-', '/', '&']);

const SEPARATORS = new Set([',', 'and', '&', ';', '+', '|']);

/** Particles a column's name may end on: "due on", "assigned to", "created at". */
const PARTICLES = new Set(['on', 'at', 'to', 'by', 'for', 'in', 'out', 'off']);
const PARTICIPLE = /(?:ed|en|ing)$/;
/** "the manager signs": a verb that agrees with a subject ends a clause, never a name. */
const THIRD_PERSON = /[^s]s$/;

/** Fields that hold one of a few choices: a list after them is their options, not fields. */
const CHOICE_FIELDS = new Set(['status', 'stage', 'priority', 'category', 'type', 'level', 'tier']);

export interface SaidField {
  /** The words as said, e.g. "website URL". */
  words: string;
  /** The text inside a bracket right after it: choices or a type hint. */
  hint: string | null;
  /** Handed to the tool by the person ("I paste a job posting"), not listed as a value to keep or read out. */
  given: boolean;
  /** Handed back by the tool ("get an overall score and a verdict"): a value of the result, never a form input. */
  returned?: boolean;
  /** Uploaded ("upload the contract and our change log"): a file, when its name says no other kind of value. */
  uploaded?: boolean;
  /** Said with its own determiner or possessive ("our change log"), not bare ("+ product name"). */
  determined?: boolean;
}

const masks = new WeakMap<readonly Token[], boolean[]>();

/** Token indexes that are examples, read once per sentence (the reader keeps its sentences). */
export function exampleMask(tokens: readonly Token[]): boolean[] {
  const hit = masks.get(tokens);
  if (hit) return hit;
  const mask = readExampleMask(tokens);
  masks.set(tokens, mask);
  return mask;
}

/** Examples run from an example word to the end of the bracket or clause. */
function readExampleMask(tokens: readonly Token[]): boolean[] {
  const mask = tokens.map(() => false);
  let depth = 0;
  let inExample = false;
  let exampleDepth = 0;
  let quotedUntil = -1;
  tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    if (t.text === ')') {
      if (inExample && depth === exampleDepth) inExample = false;
      depth = Math.max(0, depth - 1);
      mask[i] = inExample;
      return;
    }
    const next = tokens[i + 1];
    const quoted = next?.kind === 'punctuation' || next?.text === "'";
    // "like 'x'", "(like x", "say iPhone 11": examples; "say every hour" is said for real.
    const cue =
      t.lower === 'like'
        ? tokens[i - 1]?.text === '(' || tokens[i - 1]?.text === ',' || quoted
        : t.lower === 'say'
          ? quoted || next?.pos === 'PROPN' || next?.pos === 'NUM'
          : true;
    const opens = EXAMPLE_OPENERS.has(t.lower) && cue;
    const such = t.lower === 'such' && tokens[i + 1]?.lower === 'as';
    if ((opens && t.lower !== 'such') || such || (t.lower === 'for' && tokens[i + 1]?.lower === 'example')) {
      inExample = true;
      exampleDepth = depth;
      // "like 'The water cycle'": a quoted example ends with its closing quote.
      const quote = tokens[i + 1]?.text;
      if (quote === "'" || quote === '"' || quote === '“' || quote === '‘') {
        const close = tokens.findIndex((x, k) => k > i + 1 && (x.text === quote || x.text === '”' || x.text === '’'));
        if (close > i) {
          for (let k = i; k <= close; k++) mask[k] = true;
          quotedUntil = close;
          inExample = false;
        }
      }
    }
    if (i <= quotedUntil) {
      mask[i] = true;
      return;
    }
    if (inExample && depth <= exampleDepth && (t.text === '.' || t.text === ';' || t.text === '—' || t.text === ':')) inExample = false;
    mask[i] = inExample;
  });
  // "(futuristic cities, surreal landscapes, that kind of thing)": a bracket ending so is examples.
  tokens.forEach((t, i) => {
    if (t.text !== ')') return;
    const tail = tokens
      .slice(Math.max(0, i - 3), i)
      .map((x) => x.lower)
      .join(' ');
    if (!EXAMPLE_ENDINGS.some((e) => tail.endsWith(e))) return;
    const open = tokens.findLastIndex((x, k) => k < i && x.text === '(');
    for (let k = open + 1; k >= 1 && k < i; k++) mask[k] = true;
  });
  return mask;
}

/**
 * One noun phrase starting at `from`: leading determiners dropped, nouns/adjectives/numbers
 * and inner connectors kept. Returns the words and the index after the phrase.
 */
function nounPhrase(
  tokens: readonly Token[],
  from: number,
  mask: readonly boolean[],
  /** Amid a list, where "permit fees" is a column though the tagger reads "permit" as a verb. */
  inList = false,
): { words: Token[]; next: number } {
  let i = from;
  // "a one-line summary": a word joined by a hyphen is part of the name, not a determiner.
  const hyphened = (k: number) => tokens[k + 1]?.text === '-' && tokens[k + 1]!.space === '' && tokens[k + 2]?.space === '';
  while (i < tokens.length && (LEADING.has(tokens[i]!.lower) || tokens[i]!.pos === 'DET') && !hyphened(i)) i++;
  const words: Token[] = [];
  for (; i < tokens.length && !mask[i] && !isMarkerAt(tokens, i); i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // A verb names a column alone ("make, model"), as a participle before a noun ("estimated
    // delivery date", "onboarded date") or before its particle ("purchased on", "assigned to").
    const column =
      t.pos === 'VERB' &&
      words.length === 0 &&
      (isListEdge(next) ||
        // "predict churn risk": right after a verb, a second verb before a noun describes the noun.
        ((PARTICIPLE.test(t.lower) || inList || tokens[i - 1]?.pos === 'VERB') &&
          (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.text === '/')) ||
        // "revised estimated date": participles in a row before their noun.
        (PARTICIPLE.test(t.lower) && next?.pos === 'VERB' && PARTICIPLE.test(next.lower) && tokens[i + 2]?.pos === 'NOUN') ||
        (PARTICLES.has(next?.lower ?? '') && isListEdge(tokens[i + 2])));
    // "FOCUS billing export", "SKU": a word in capitals is a name, whatever the tagger says.
    const acronym = /^[A-Z]{2,}$/.test(t.text);
    // "a short/ADV social caption", "the newly/ADV estimated date": after a determiner, before a
    // describing word or a noun, a word tagged as an adverb describes the noun.
    const describes =
      t.pos === 'ADV' &&
      words.length === 0 &&
      tokens[i - 1]?.pos === 'DET' &&
      (next?.pos === 'ADJ' || next?.pos === 'NOUN' || (next?.pos === 'VERB' && PARTICIPLE.test(next.lower)));
    // "the follow-up actions": whatever is hyphened to a word is part of it.
    const joined = hyphened(i) && t.kind === 'word' && words.length === 0;
    // "meeting type regular/special/annual": describing words joined by slashes after a noun are its choices.
    if (t.pos === 'ADJ' && next?.text === '/' && words.some((w) => w.pos === 'NOUN')) break;
    if ((NOUNISH.has(t.pos) || column || acronym || describes || joined) && (t.kind === 'word' || t.kind === 'number')) {
      words.push(t);
      continue;
    }
    // "new estimated date": a participle after describing words, before its noun, describes it too.
    const modifiers = words.length > 0 && words.every((w) => w.pos === 'ADV' || w.pos === 'ADJ' || PARTICIPLE.test(w.lower));
    if (t.pos === 'VERB' && modifiers && PARTICIPLE.test(t.lower) && next?.pos === 'NOUN') {
      words.push(t);
      continue;
    }
    if (t.text === '-' && words.length > 0 && t.space === '' && next?.space === '' && next.kind === 'word') {
      words.push(t, next);
      i++;
      continue;
    }
    // "tech stack", "date joined" amid a list: a noun or participle the tagger read as a verb ends the name.
    if (t.pos === 'VERB' && (inList || PARTICIPLE.test(t.lower)) && words.length > 0 && isListEdge(next) && !THIRD_PERSON.test(t.lower)) {
      words.push(t);
      i++;
      break;
    }
    // "each employee's name": the owner is no part of the field's name; "a candidate's resume":
    // what follows a possessive is a noun, whatever the tagger says.
    if ((t.lower === "'s" || t.lower === '’s') && words.length > 0 && next && (NOUNISH.has(next.pos) || next.pos === 'VERB')) {
      words.length = 0;
      if (next.pos === 'VERB') {
        words.push(next);
        i++;
      }
      continue;
    }
    // "key points to cover", "places to visit": an infinitive after the noun belongs to its name.
    if (t.lower === 'to' && words.length > 0 && next?.pos === 'VERB' && isListEdge(tokens[i + 2])) {
      words.push(t, next);
      i += 2;
      break;
    }
    // "the session they attended", "the role they applied for": a clause of its own person belongs to the name.
    const clauseEnd = PARTICLES.has(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    if (t.pos === 'PRON' && words.length > 0 && next?.pos === 'VERB' && isListEdge(tokens[clauseEnd])) {
      words.push(...tokens.slice(i, clauseEnd));
      i = clauseEnd;
      break;
    }
    // "received on", "request to", "credit used at": a column's name may end on its particle.
    if (PARTICLES.has(t.lower) && words.length > 0 && isListEdge(next) && next?.text !== '(') {
      words.push(t);
      i++;
      break;
    }
    // "credit used at": a participle and its particle after the noun.
    if (t.pos === 'VERB' && PARTICIPLE.test(t.lower) && words.length > 0 && PARTICLES.has(next?.lower ?? '') && isListEdge(tokens[i + 2])) {
      words.push(t, next!);
      i += 2;
      break;
    }
    // "the product or service", "a link or transcript": one thing named two ways.
    // "the logged hours or fixed price": a describing word may open the second name.
    const describedNoun = (next?.pos === 'ADJ' || (next?.pos === 'VERB' && PARTICIPLE.test(next.lower))) && tokens[i + 2]?.pos === 'NOUN';
    if (t.lower === 'or' && words.length > 0 && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || describedNoun) && !mask[i + 1]) {
      words.push(t);
      // A participle the tagger calls a verb is taken with the "or", before the noun it describes.
      if (next.pos === 'VERB') {
        words.push(next);
        i++;
      }
      continue;
    }
    if (
      INNER.has(t.lower) &&
      words.length > 0 &&
      next &&
      (NOUNISH.has(next.pos) || next.pos === 'DET' || next.pos === 'PRON') &&
      // "a caption for a cold email", "a summary of each": what it is for, or for whom, is no part of its name.
      !(t.lower === 'for' && next.pos === 'DET') &&
      !mask[i + 1]
    ) {
      words.push(t);
      // "information about the task": the determiner belongs to no name.
      while (tokens[i + 1] && LEADING.has(tokens[i + 1]!.lower) && NOUNISH.has(tokens[i + 2]?.pos ?? '')) i++;
      continue;
    }
    break;
  }
  // A phrase never ends on a connector ("number of").
  while (words.length > 0 && INNER.has(words[words.length - 1]!.lower)) words.pop();
  return { words, next: i };
}

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

/** The token ends a list item: a separator, a bracket or the clause's end. */
function isListEdge(t: Token | undefined): boolean {
  return !t || SEPARATORS.has(t.lower) || t.text === ')' || t.text === '(' || t.text === '.' || isDash(t) || t.text === ':';
}

function toSaid(phrase: Token[], tokens: readonly Token[], next: number, mask: readonly boolean[]): SaidField | null {
  let words = phrase;
  // "a risk score 0-100": the range says the values, not the name.
  while (words.length > 1 && (words[words.length - 1]!.kind === 'number' || INNER.has(words[words.length - 1]!.lower)))
    words = words.slice(0, -1);
  if (words.length === 0 || words.length > 6) return null;
  // "Renewal Date columns": the word for a column is no part of its name.
  if (words.length > 1 && /^(?:columns?|fields?|headers?|properties|attributes)$/.test(words[words.length - 1]!.lower))
    words = words.slice(0, -1);
  // "price in an editable list": a name joined to what holds it is the name alone.
  // "check-in time": a hyphen inside a word, and the word after it, join nothing.
  const inWord = (k: number) => (words[k]?.text === '-' && words[k]!.space === '') || words[k - 1]?.text === '-';
  const joint = words.findIndex((w, k) => k > 0 && INNER.has(w.lower) && !inWord(k));
  if (joint > 0 && NOT_FIELDS.has(words[words.length - 1]!.lower)) words = words.slice(0, joint);
  const head = words[words.length - 1]!;
  // "one-line summary": a word hyphened to the next is part of one word.
  const first = words[1]?.text === '-' ? null : words[0]!.lower;
  // "start time", "delivery day": a noun before a word for time makes it the name of a moment.
  const moment = TIME_WORDS.has(head.lower) && (words[words.length - 2]?.pos === 'NOUN' || inWord(words.length - 2));
  if ((NOT_FIELDS.has(head.lower) && !moment) || NOT_FIRST.has(first ?? '') || head.kind === 'number') return null;
  // A name needs letters an identifier can keep.
  if (!words.some((w) => /[a-z]/i.test(w.text))) return null;
  // "paste code": the verb is how it is given, not part of its name.
  // "the type of places" names a kind, not how it is given.
  if (GIVE_VERBS.has(words[0]!.lemma) && words.length > 1 && words[1]!.lower !== 'of') words = words.slice(1);
  let hint: string | null = null;
  if (tokens[next]?.text === '(' && !mask[next + 1]) {
    const close = tokens.findIndex((t, k) => k > next && t.text === ')');
    // "(more than 3 types, the old tool isn't enough)": a remark, a clause of its own, is no hint.
    const remark = tokens.slice(next + 1, close).some((t) => t.pos === 'AUX');
    if (close > next && !remark)
      hint = tokens
        .slice(next + 1, close)
        .map((t) => t.text)
        .join(' ')
        .replace(/ ([,/])/g, '$1');
  }
  return {
    words: words
      .map((w) => w.text)
      .join(' ')
      .replace(/ ([-/&]) /g, '$1'),
    hint,
    given: false,
  };
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
  // "what I did today", "how long I've worked with web tech": a clause names one value.
  const clause = clauseItemAt(tokens, i, mask);
  if (clause) return { said: [{ words: clause.words, hint: null, given: false }], after: clause.next };
  const { words, next } = nounPhrase(tokens, i, mask, before > 0);
  // "registration, make, model, mileage": amid a list a lone noun is a column, whatever it names elsewhere.
  // "title, steps, expected result": so is such a noun said with a word describing it.
  // "admission time": a compound of nouns too, unless it names what holds the fields ("calendar table").
  const compound = (words[0]?.pos === 'NOUN' || words[0]?.pos === 'VERB') && !CONTAINERS.has(words[words.length - 1]?.lemma ?? '');
  const described = words.length === 2 && (words[0]!.pos === 'ADJ' || PARTICIPLE.test(words[0]!.lower) || compound);
  const amid =
    (((before >= 2 || columns) && words.length === 1) || (before >= 1 && described)) &&
    words[words.length - 1]!.pos === 'NOUN' &&
    isListEdge(tokens[next]);
  const said = toSaid(words, tokens, next, mask) ?? (amid ? { words: words.map((w) => w.text).join(' '), hint: null, given: false } : null);
  // "core problem, method, results and keywords": a word that names no field is passed over inside a list.
  if (!said && before > 0 && words.length > 0 && SEPARATORS.has(tokens[next]?.lower ?? '')) {
    return { skip: tokens[next + 1]?.lower === 'and' ? next + 2 : next + 1 };
  }
  if (!said) return null;
  if (said.hint === null) return { said: [said], after: next };
  const plural = words[words.length - 1]!.lower !== words[words.length - 1]!.lemma;
  const after = tokens.findIndex((t, k) => k > next && t.text === ')') + 1;
  // "orders (item, price, status)", "personal info (name, address, email)": the bracket lists
  // the columns, not choices — a choice field's bracket holds choices however long.
  const parts = said.hint.split(/,|\+/).length;
  const choiceField = CHOICE_FIELDS.has(words[words.length - 1]!.lemma);
  // "a blog post (title + content)": parts added together are its parts, never choices.
  const added = said.hint.includes('+') && parts >= 2;
  if (added || (((plural && parts >= 2) || (!choiceField && parts >= 3)) && !valuesIn(tokens.slice(next + 1, after - 1)))) {
    // "rooms (number, size, …)": a plural owner names the rows, not a value of them.
    const columns = listAt(tokens, next + 1, mask, true).items;
    return { said: plural && columns.length >= 2 ? columns : [...columns, { ...said, hint: null }], after };
  }
  return { said: [said], after };
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** An "and"/"or" joins the last item further on in the clause, before any verb. */
function coordinatedAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return false;
  }
  return false;
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
): { items: SaidField[]; end: number } {
  const items: SaidField[] = [];
  let i = from;
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
      if (tokens[i]?.lower === 'and') i++;
      continue;
    }
    if (!item) break;
    if ('skip' in item) {
      i = item.skip;
      continue;
    }
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
    if (!isListEdge(tokens[i]) || tokens[i]?.text === '.' || tokens[i]?.text === ':') break;
    if (tokens[i]?.text === ')' || tokens[i]?.text === '(') break;
    i++;
    if (tokens[i]?.lower === 'and') i++;
  }
  return { items, end: i };
}

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

/** The fields said in `text`, in order, each once. */
export function saidFields(text: string): SaidField[] {
  const found = new Map<string, SaidField>();
  const add = (items: SaidField[]) => {
    for (const f of items) if (!found.has(f.words.toLowerCase())) found.set(f.words.toLowerCase(), f);
  };
  for (const { tokens } of readSentences(text)) {
    const mask = exampleMask(tokens);
    // Tokens inside a list already read start no list of their own ("number" of "item number").
    let readUntil = 0;
    // The last list read: "…, permit fees and dumpster fees with a confidence score" goes on after "with".
    let last: SaidField | null = null;
    const take = (list: { items: SaidField[]; end: number }, enough: boolean) => {
      if (!enough) return;
      add(list.items);
      readUntil = Math.max(readUntil, list.end);
      last = list.items[list.items.length - 1] ?? last;
    };
    /** The list that starts at `from`, each item marked given or returned when said, taken when it has any. */
    const takeListAt = (from: number, mark?: 'given' | 'returned') => {
      const list = listAt(tokens, from, mask);
      if (mark) for (const item of list.items) item[mark] = true;
      take(list, list.items.length > 0);
    };
    tokens.forEach((t, i) => {
      if (mask[i] || t.negated || i < readUntil) return;
      // "put each one in exactly one of Travel, Meals or Other", "categorise it": each gets a category.
      const sorted = sortedIntoAt(tokens, i, CHOICE_FIELDS);
      if (sorted) {
        add([{ words: sorted.value, hint: null, given: false, returned: true }]);
        // The groups listed are the value's choices, never fields.
        if (sorted.choicesFrom >= 0) readUntil = Math.max(readUntil, listAt(tokens, sorted.choicesFrom, mask).end);
        return;
      }
      // "I paste a lead: first name, company…" — the colon's list, not the lead, is what is given.
      // A bracket after a singular name holds its choices ("priority (low, high)"), not fields.
      // "classify each (category, urgency)": after a determiner the bracket names the values.
      const owner = tokens[i - 1];
      const choices = t.text === '(' && owner !== undefined && owner.lower === owner.lemma && owner.pos !== 'DET' && owner.pos !== 'PRON';
      // "a priority (Low, Medium, High)": a choice field with its choices, read by no list;
      // "a category (Travel, Office…)": the examples are its choices.
      if (choices && CHOICE_FIELDS.has(tokens[i - 1]!.lemma)) {
        const close = tokens.findIndex((x, k) => k > i && x.text === ')');
        if (close > i) {
          const options = listAt(tokens, i + 1, mask[i + 1] ? tokens.map(() => false) : mask).items.map((x) => x.words);
          if (options.length >= 2) add([{ words: tokens[i - 1]!.text, hint: options.join(', '), given: false }]);
          readUntil = Math.max(readUntil, close + 1);
        }
      }
      // "status: Applied, Accepted, Rejected": one field and its choices.
      if (t.text === ':' && CHOICE_FIELDS.has(tokens[i - 1]?.lemma ?? '')) {
        const list = listAt(tokens, i + 1, mask);
        if (list.items.length >= 2) {
          add([{ words: tokens[i - 1]!.text, hint: list.items.map((x) => x.words).join(', '), given: false }]);
          readUntil = Math.max(readUntil, list.end);
          return;
        }
      }
      // "critique tool: paste an excerpt, …": after the colon comes a command, not a list.
      if (t.text === ':' && tokens[i + 1] && GIVE_VERBS.has(tokens[i + 1]!.lemma) && isVerbAt(tokens, i + 1)) return;
      // "a webhook (name, testimonial text)": a bracket after what holds fields lists them.
      const holder = t.text === '(' && FIELD_HOLDERS.has(tokens[i - 1]?.lemma ?? '');
      if (t.text === ':' || isDash(t) || (t.text === '(' && i > 0 && (!choices || holder))) {
        // A bracket after a plural or a holder of fields lists columns.
        const list = listAt(tokens, i + 1, mask, t.text === '(' && tokens[i - 1]!.pos !== 'DET' && tokens[i - 1]!.pos !== 'PRON');
        take(list, list.items.length >= 2 || (list.items.length === 1 && t.text === ':'));
        return;
      }
      if (isArrow(tokens, i)) {
        const colon = tokens.findLastIndex((x, k) => k < i && (x.text === ':' || x.text === '.'));
        const list = listAt(tokens, colon + 1, mask);
        for (const item of list.items) item.given = true;
        // The list must fill what comes before the arrow ("topic in ->" too).
        take(list, list.items.length > 0 && list.end >= i - 1 && colon + 1 >= readUntil);
        return;
      }
      // "write a description from a product name, a few keywords and the target audience".
      // "from a topic, generate an outline": the making verb may follow the list.
      const making = (x: Token) => x.pos === 'VERB' && MAKING_VERBS.has(x.lemma);
      const opens = i === 0 || tokens[i - 1]!.pos === 'PUNCT';
      if (t.lower === 'from' && (tokens.slice(0, i).some(making) || (opens && tokens.slice(i, i + 8).some(making)))) {
        takeListAt(i + 1, 'given');
        return;
      }
      // "score a resume against a job description": what it is measured against is given too.
      if (t.lower === 'against') {
        takeListAt(i + 1, 'given');
        return;
      }
      // "answer qualified true/false", "flag urgent yes/no": the word before a yes/no pair is a boolean value.
      const yesNo = (t.lower === 'true' && tokens[i + 2]?.lower === 'false') || (t.lower === 'yes' && tokens[i + 2]?.lower === 'no');
      const flag = tokens[i - 1];
      const named = flag?.kind === 'word' && (NOUNISH.has(flag.pos) || flag.pos === 'VERB') && !NOT_FIELDS.has(flag.lower);
      if (yesNo && tokens[i + 1]?.text === '/' && named) {
        take({ items: [{ words: flag!.text, hint: `${t.lower}/${tokens[i + 2]!.lower}`, given: false }], end: i + 3 }, true);
        return;
      }
      // "classify each by product area and urgency", "rank applicants by experience": the criteria are values.
      if (t.lower === 'by' && sortedBefore(tokens, i)) {
        takeListAt(i + 1);
        return;
      }
      // "label every review with its sentiment", "flag each claim with a risk": what it is marked with comes back.
      if (t.lower === 'with' && markedBefore(tokens, i)) {
        takeListAt(i + 1, 'returned');
        return;
      }
      // "with a confidence 0-1", "a risk score 0 - 100": a name followed by a range of numbers is a value.
      if (isRangeAt(tokens, i) && NOUNISH.has(tokens[i - 1]?.pos ?? '') && i >= readUntil) {
        const words: Token[] = [];
        for (let k = i - 1; k >= 0 && words.length < 3 && !mask[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ'); k--)
          words.unshift(tokens[k]!);
        const said = toSaid(words, tokens, i, mask);
        if (said) take({ items: [{ ...said, hint: 'number' }], end: tokens[i + 1]?.text === '-' ? i + 3 : i + 1 }, true);
        return;
      }
      // "route it depending on the ticket type", "a priority based on the tech stack": what a choice turns on is a value.
      if ((t.lower === 'depending' || t.lower === 'based') && tokens[i + 1]?.lower === 'on' && !clauseItemAt(tokens, i + 2, mask)) {
        takeListAt(i + 2);
        return;
      }
      // "write a caption for each", "rates severity": values the tool makes come back.
      const made = madeValuesFrom(tokens, i);
      if (made >= 0) {
        takeListAt(made, 'returned');
        return;
      }
      // "turn my raw engagement notes into article drafts": what is turned into something is given.
      const turned = turnedFrom(tokens, i);
      if (turned >= 0) {
        takeListAt(turned, 'given');
        return;
      }
      // "customers send us their order number and a photo": what others send is given.
      const sent = sentByOthersFrom(tokens, i);
      if (sent >= 0) {
        takeListAt(sent, 'given');
        return;
      }
      // "it uses the deal stage and history": what the tool draws on names values it reads.
      const drawn = drawnOnFrom(tokens, i);
      if (drawn >= 0) {
        takeListAt(drawn);
        return;
      }
      // "scan each contract for renewal dates and penalties": what is looked for comes back.
      const lookedFor = lookedForFrom(tokens, i);
      if (lookedFor >= 0) {
        takeListAt(lookedFor, 'returned');
        return;
      }
      // "it gives me a prompt": handed back, not given.
      const toPerson = tokens[i + 1]?.lower === 'me' || tokens[i + 1]?.lower === 'us';
      // "get an overall score and a verdict", "gives me key messages, slogans…": what comes back.
      // "they give us their CV": a person handing something to the team gives it; "it gives me" hands back.
      const byPerson = PEOPLE.has(tokens[i - 1]?.lower ?? '');
      // "tell me the sentiment", "show us the expected reach": what it tells the person comes back too.
      const tells = (t.lemma === 'give' || t.lemma === 'tell' || t.lemma === 'show') && toPerson;
      if ((RESULT_VERBS.has(t.lemma) || tells) && (isVerbAt(tokens, i) || i === 0) && !byPerson) {
        let from = i + 1;
        while (tokens[from] && (tokens[from]!.lower === 'me' || tokens[from]!.lower === 'us' || tokens[from]!.lower === 'back')) from++;
        // "tell me what to pick for dinner": a question to answer is the writing itself, no value.
        const answer = t.lemma !== 'give' && !RESULT_VERBS.has(t.lemma) && clauseItemAt(tokens, from, mask) !== null;
        const list = answer ? { items: [], end: from } : listAt(tokens, from, mask);
        for (const item of list.items) item.returned = true;
        take(list, list.items.length > 0);
        return;
      }
      // "each customer review I paste", "the sentence I write": the noun before the person giving it.
      const giver = tokens[i - 1];
      if ((GIVE_VERBS.has(t.lemma) || SAID_BY_PERSON.has(t.lemma)) && (giver?.lower === 'i' || giver?.lower === 'we')) {
        const words: Token[] = [];
        for (
          let k = i - 2;
          k >= 0 && words.length < 3 && !mask[k] && (tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'ADJ' && words.length > 0));
          k--
        )
          words.unshift(tokens[k]!);
        const said = toSaid(words, tokens, i, mask);
        if (said) add([{ ...said, given: true, ...(UPLOAD_VERBS.has(t.lemma) && { uploaded: true }) }]);
      }
      // "give each lead a score": the tool gives every one of them a value, which comes back.
      if (t.lemma === 'give' && (tokens[i + 1]?.lower === 'each' || tokens[i + 1]?.lower === 'every')) {
        const recipient = nounPhrase(tokens, i + 1, mask).next;
        if (ARTICLES.has(tokens[recipient]?.lower ?? '')) {
          takeListAt(recipient, 'returned');
          return;
        }
      }
      const uploads = UPLOAD_VERBS.has(t.lemma);
      // "the user types a city": a verb after its subject, though the tagger read a noun.
      const verb = isVerbAt(tokens, i) || i === 0 || saysVerbAt(tokens, i, GIVE_VERBS);
      if ((GIVE_VERBS.has(t.lemma) || uploads) && verb && !(toPerson && t.lemma === 'give' && !byPerson)) {
        let from = i + 1;
        // "fill in", "put in", "type in".
        if (tokens[from]?.lower === 'in' || tokens[from]?.lower === 'out' || tokens[from]?.lower === 'up') from++;
        // "give it a topic" skips "it"; "type what I need" keeps the clause.
        const pronoun = tokens[from]?.pos === 'PRON' && tokens[from]?.lower !== 'my' && tokens[from]?.lower !== 'our';
        if (pronoun && !clauseItemAt(tokens, from, mask)) from++;
        const list = listAt(tokens, from, mask);
        // "upload the contract and our change log": the first thing and each said with its own determiner are files.
        // "describe our system in plain English": what is handed over is a description of it.
        if (t.lemma === 'describe') {
          const object = nounPhrase(tokens, from, mask)
            .words.map((w) => w.text)
            .join(' ');
          const item = list.items.find((x) => x.words === object);
          if (item) item.words = described(item.words);
        }
        list.items.forEach((item, k) => {
          item.given = true;
          if (uploads && (k === 0 || item.determined)) item.uploaded = true;
        });
        take(list, tokens[list.end]?.text !== ':');
        return;
      }
      // "a form that asks for the name, date of birth and reason for visit": what is asked for is given.
      if (t.lemma === 'ask' && tokens[i + 1]?.lower === 'for' && !t.negated) {
        takeListAt(i + 2, 'given');
        return;
      }
      // "we want to know who called and when": what is to be known, said as a clause, is a value.
      // "keep track of when each plant was watered".
      const tracking = t.lower === 'of' && tokens[i - 1]?.lower === 'track';
      if ((KNOWING.has(t.lemma) || tracking) && clauseItemAt(tokens, i + 1, mask)) {
        takeListAt(i + 1);
        return;
      }
      // "every row needs a status and an owner": what a thing needs, not what a person needs, lists its fields.
      const thingSubject = tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN';
      const thingNeeds = t.lemma === 'need' && thingSubject;
      // "platforms have a commission": one thing a kind of row has is its field.
      const owned = (t.lemma === 'need' || t.lemma === 'have') && thingSubject && !CONTAINERS.has(tokens[i - 1]!.lemma);
      if (LIST_OPENERS.has(t.lower) || thingNeeds) {
        const list = listAt(tokens, i + 1, mask);
        // "track the stage of each car", "plus a High/Low priority": one field, when it is one that holds a choice.
        const ends = list.items[0]?.words.toLowerCase().split(' ') ?? [];
        const choice = list.items.length === 1 && (CHOICE_FIELDS.has(ends[0]!) || CHOICE_FIELDS.has(ends[ends.length - 1]!));
        // "answer qualified true/false with a reason": one more value of the list just read.
        // "name, email and phone for each customer, plus their last order date": "plus" adds to the list read before.
        const goesOn = last !== null && ((t.lower === 'with' && i === readUntil) || t.lower === 'plus');
        if (goesOn) for (const item of list.items) Object.assign(item, { given: last!.given, returned: last!.returned });
        take(list, list.items.length >= 2 || choice || ((goesOn || owned) && list.items.length === 1));
        return;
      }
      // A bare list of three or more ("name, photo, title, department…"), from a phrase's start.
      const before = tokens[i - 1];
      // "tell us what to order — 4 people, …": a clause alone opens no list.
      // "the session they attended, …": a verb after its subject starts no list either.
      if (before?.text === ',' || clauseItemAt(tokens, i, mask) || (before?.pos === 'PRON' && t.pos === 'VERB')) return;
      const list = listAt(tokens, i, mask);
      // "Demos, quotes and trial requests come in by webhook": a list opening a sentence before its verb is its subject.
      // "Use the tag and …": a sentence opening on a command lists no fields either.
      const opening = before === undefined;
      take(list, list.items.length >= 3 && (!opening || (!verbFollows(tokens, list.end) && !isVerbAt(tokens, i))));
    });
  }
  return [...found.values()];
}

/** `text` with its examples left out ("clauses (e.g. auto-renewal, liability caps)" → "clauses"). */
export function withoutExamples(text: string): string {
  return readSentences(text)
    .map(({ tokens }) => {
      const mask = exampleMask(tokens);
      // An emptied bracket is dropped with its examples.
      return written(
        tokens.filter((_, i) => !mask[i]),
        true,
      ).replace(/\(\s*\)/g, '');
    })
    .join(' ');
}

/** A said field as a form field: identifier, label and the type its name and hint suggest. */
export function fieldFromSaid(said: SaidField): FieldInput {
  const { type, options } = inferFieldType(said.words, said.hint);
  const label = said.words.replace(/\s+/g, ' ').trim();
  return {
    name: toIdentifier(said.words),
    label: (label[0]!.toUpperCase() + label.slice(1)).slice(0, 120),
    // A file a person hands over is a document whose text the runtime reads.
    type: type === 'file' ? 'document' : type,
    required: null,
    options,
    help: null,
  };
}
