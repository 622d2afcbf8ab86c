/**
 * Cues where a verb or the word after it says a list of fields starts and what its fields are:
 * handed over ("from a topic", "turn my notes into…", "what I paste"), handed back ("write a
 * caption for each", "tell me the sentiment") or values the tool reads ("based on the stage").
 * Each is a named cue so said-fields.ts can try them in its own order.
 */
import { clauseItemAt } from './clause-items';
import { fieldNamed } from './field-name';
import { drawnOnFrom, sentByOthersFrom, turnedFrom } from './handed-values';
import { isVerbAt, NOUNISH, type Token } from './language';
import {
  CHOSEN,
  GIVE_VERBS,
  KNOWING,
  MAKING_VERBS,
  markedBefore,
  RESULT_VERBS,
  SAID_BY_PERSON,
  SETTING_VERBS,
  sortedBefore,
  UPLOAD_VERBS,
} from './list-cues';
import { ARTICLES, listAt } from './list-items';
import { lookedForFrom, madeValuesFrom } from './made-values';
import { nounPhrase } from './noun-phrase';
import { PEOPLE } from './result-shape';
import type { Cue } from './sentence-reading';
import { saysVerbAt } from './verb-forms';

/** A cue whose list starts where `start` says (-1: none), its items marked as said: most cues differ only there. */
function listCue(
  start: (tokens: readonly Token[], t: Token, i: number, mask: readonly boolean[]) => number,
  mark?: 'given' | 'returned',
): Cue {
  return (r, t, i) => {
    const from = start(r.tokens, t, i, r.mask);
    if (from < 0) return false;
    r.takeListAt(from, mark);
    return true;
  };
}

const making = (x: Token) => x.pos === 'VERB' && MAKING_VERBS.has(x.lemma);

/** "write a description from a product name, a few keywords…"; "from a topic, generate an outline": the making verb may follow the list. */
export const MADE_FROM = listCue((tokens, t, i) => {
  const opens = i === 0 || tokens[i - 1]!.pos === 'PUNCT';
  return t.lower === 'from' && (tokens.slice(0, i).some(making) || (opens && tokens.slice(i, i + 8).some(making))) ? i + 1 : -1;
}, 'given');

/** "score a resume against a job description": what it is measured against is given too. */
export const MEASURED_AGAINST = listCue((_, t, i) => (t.lower === 'against' ? i + 1 : -1), 'given');

/** "classify each by product area and urgency", "rank applicants by experience": the criteria are values. */
export const SORTED_BY = listCue((tokens, t, i) => (t.lower === 'by' && sortedBefore(tokens, i) ? i + 1 : -1));

/** "label every review with its sentiment", "flag each claim with a risk": what it is marked with comes back. */
export const MARKED_WITH = listCue((tokens, t, i) => (t.lower === 'with' && markedBefore(tokens, i) ? i + 1 : -1), 'returned');

/** "route it depending on the ticket type", "a priority based on the tech stack": what a choice turns on is a value. */
export const DEPENDING_ON = listCue((tokens, t, i, mask) =>
  (t.lower === 'depending' || t.lower === 'based') && tokens[i + 1]?.lower === 'on' && !clauseItemAt(tokens, i + 2, mask) ? i + 2 : -1,
);

/**
 * What the tool makes, is handed or reads, in this order: "write a caption for each" comes back;
 * "turn my raw notes into drafts" and "customers send us their order number" are given; "it uses
 * the deal stage" names values it reads; "scan each contract for renewal dates" comes back.
 */
export const HANDED_CUES: readonly Cue[] = [
  listCue((tokens, _, i) => madeValuesFrom(tokens, i), 'returned'),
  listCue((tokens, _, i) => turnedFrom(tokens, i), 'given'),
  listCue((tokens, _, i) => sentByOthersFrom(tokens, i), 'given'),
  listCue((tokens, _, i) => drawnOnFrom(tokens, i)),
  listCue((tokens, _, i) => lookedForFrom(tokens, i), 'returned'),
];

/** "it gives me a prompt": handed back to the person, not given. */
const toPersonAt = (tokens: readonly Token[], i: number) => tokens[i + 1]?.lower === 'me' || tokens[i + 1]?.lower === 'us';

/** "they give us their CV": a person handing something to the team gives it; "it gives me" hands back. */
const byPersonAt = (tokens: readonly Token[], i: number) => PEOPLE.has(tokens[i - 1]?.lower ?? '');

/** "get an overall score and a verdict", "gives me key messages…", "tell me the sentiment", "show us the reach": what comes back. */
export const RESULT: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  const tells = (t.lemma === 'give' || t.lemma === 'tell' || t.lemma === 'show') && toPersonAt(tokens, i);
  if (!((RESULT_VERBS.has(t.lemma) || tells) && (isVerbAt(tokens, i) || i === 0) && !byPersonAt(tokens, i))) return false;
  let from = i + 1;
  while (tokens[from] && (tokens[from]!.lower === 'me' || tokens[from]!.lower === 'us' || tokens[from]!.lower === 'back')) from++;
  // "tell me what to pick for dinner": a question to answer is the writing itself, no value.
  const answer = t.lemma !== 'give' && !RESULT_VERBS.has(t.lemma) && clauseItemAt(tokens, from, mask) !== null;
  const list = answer ? { items: [], end: from } : listAt(tokens, from, mask);
  for (const item of list.items) item.returned = true;
  r.take(list, list.items.length > 0);
  return true;
};

/** Parts of speech of a name's words: "the campaign IDs I list" (the tagger reads "IDs" as a proper noun). */
const NAMING = new Set(['NOUN', 'PROPN']);

/** Where the person giving ends, counted back from the verb at `i`: "I", "we", "each of us"; 0 when none. */
function personBefore(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1]?.lower;
  if (before === 'i' || before === 'we') return 1;
  return before === 'us' && tokens[i - 2]?.lower === 'of' && tokens[i - 3]?.lower === 'each' ? 3 : 0;
}

/** Particles that make a phrasal verb of "set", "write": "set up", "write off". */
const PARTICLES = new Set(['up', 'off', 'out', 'aside']);

/**
 * "each customer review I paste", "the sentence I write", "the keywords/topics each of us sets":
 * the noun before the person giving it. Later cues still read the verb.
 */
export const SAID_BY_ME: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  const person = personBefore(tokens, i);
  // "the channel we set up": a verb with its particle makes a thing, it hands no value over.
  const phrasal = PARTICLES.has(tokens[i + 1]?.lower ?? '');
  if ((GIVE_VERBS.has(t.lemma) || SAID_BY_PERSON.has(t.lemma)) && person > 0 && !phrasal) {
    const words: Token[] = [];
    const naming = (x: Token) => NAMING.has(x.pos) || (x.text === '/' && words.length > 0) || (x.pos === 'ADJ' && words.length > 0);
    let k = i - 1 - person;
    for (; k >= 0 && words.length < 3 && !mask[k] && naming(tokens[k]!); k--) words.unshift(tokens[k]!);
    const said = fieldNamed(words[0]?.text === '/' ? words.slice(1) : words, tokens, i, mask);
    // "the quality and size I pick": a name joined by "and" before it is picked too.
    const joined =
      words.length > 0 && tokens[k]?.lower === 'and' && tokens[k - 1]?.pos === 'NOUN'
        ? fieldNamed([tokens[k - 1]!], tokens, k, mask)
        : null;
    for (const one of [joined, said]) if (one) r.add([{ ...one, given: true, ...(UPLOAD_VERBS.has(t.lemma) && { uploaded: true }) }]);
  }
  return false;
};

/** Words that open what each one is given or told: "a score", "their role". */
const EACH_ONES = new Set([...ARTICLES, 'their', 'his', 'her', 'its']);

/** "give each lead a score", "tell each person their role and time": every one of them gets a value, which comes back, not a clause. */
export const GIVE_EACH = listCue((tokens, t, i, mask) => {
  if ((t.lemma !== 'give' && t.lemma !== 'tell') || (tokens[i + 1]?.lower !== 'each' && tokens[i + 1]?.lower !== 'every')) return -1;
  const recipient = nounPhrase(tokens, i + 1, mask).next;
  if (!EACH_ONES.has(tokens[recipient]?.lower ?? '')) return -1;
  // "tell each customer their order has shipped": "tell" takes a clause too, whose verb follows the noun.
  const after = tokens[nounPhrase(tokens, recipient, mask).next];
  return t.lemma === 'tell' && (after?.pos === 'VERB' || after?.pos === 'AUX') ? -1 : recipient;
}, 'returned');

/** "system in plain English" → "system description": the thing described, without how, named as its description. */
function described(words: string): string {
  const thing = words.split(/ in /)[0]!;
  return /\b(?:description|details|summary|brief|text)$/i.test(thing) ? thing : `${thing} description`;
}

/** "paste a job posting and my resume", "upload the contract and our change log": what the person hands over. */
export const GIVEN: Cue = (r, t, i) => {
  const { tokens, mask } = r;
  const uploads = UPLOAD_VERBS.has(t.lemma);
  // "the user types a city": a verb after its subject, though the tagger read a noun.
  const verb = isVerbAt(tokens, i) || i === 0 || saysVerbAt(tokens, i, GIVE_VERBS);
  if (!((GIVE_VERBS.has(t.lemma) || uploads) && verb && !(toPersonAt(tokens, i) && t.lemma === 'give' && !byPersonAt(tokens, i))))
    return false;
  let from = i + 1;
  // "fill in", "put in", "type in".
  if (tokens[from]?.lower === 'in' || tokens[from]?.lower === 'out' || tokens[from]?.lower === 'up') from++;
  // "give it a topic" skips "it"; "type what I need" keeps the clause.
  const pronoun = tokens[from]?.pos === 'PRON' && tokens[from]?.lower !== 'my' && tokens[from]?.lower !== 'our';
  if (pronoun && !clauseItemAt(tokens, from, mask)) from++;
  const list = listAt(tokens, from, mask);
  // "describe our system in plain English": what is handed over is a description of it.
  if (t.lemma === 'describe') {
    const object = nounPhrase(tokens, from, mask)
      .words.map((w) => w.text)
      .join(' ');
    const item = list.items.find((x) => x.words === object);
    if (item) item.words = described(item.words);
  }
  // "upload the contract and our change log": the first thing and each said with its own determiner are files.
  list.items.forEach((item, k) => {
    item.given = true;
    if (uploads && (k === 0 || item.determined)) item.uploaded = true;
  });
  // "I paste a lead: first name, company…": the colon's list is what is given; "paste the customer's
  // message: detect the language…": a command after the colon lists nothing, so the thing pasted is given.
  const colon = tokens[list.end]?.text === ':';
  r.take(list, !colon || isVerbAt(tokens, list.end + 1));
  return true;
};

/** Verbs that rework a text the person hands over, giving it back changed. */
const REWORKING = new Set(['convert', 'proofread', 'translate', 'rewrite', 'paraphrase', 'reword', 'simplify', 'shorten']);

/** "convert code from any language to python", "proofread my email drafts": what is reworked is handed over. */
export const REWORKED = listCue((tokens, t, i) => (REWORKING.has(t.lemma) && isVerbAt(tokens, i) ? i + 1 : -1), 'given');

/** Words that make the thing read one of many: "read each contract". */
const EACH = new Set(['each', 'every', 'all']);

/** What values are read off, never a value read: "read the image for vendor, date…". */
const READ_FROM = new Set(['image', 'photo', 'picture', 'document', 'file', 'pdf', 'email', 'receipt', 'invoice', 'scan']);

/** "read the state, gallons and amount off each one": two or more things read are fields; one ("read the email") is what is read. */
export const READ_OUT: Cue = (r, t, i) => {
  // "read each contract, classify risk …": what each one is, is what is read.
  if (t.lemma !== 'read' || t.pos !== 'VERB' || t.negated || EACH.has(r.tokens[i + 1]?.lower ?? '')) return false;
  const list = listAt(r.tokens, i + 1, r.mask);
  const first = list.items[0]?.words.toLowerCase().split(' ') ?? [];
  if (list.items.length < 2 || list.items.some((x) => x.given) || first.some((w) => READ_FROM.has(w))) return false;
  r.take(list, true);
  return true;
};

/** "for a given unit, produce a statement": the thing picked is handed over. */
export const CHOSEN_ONE = listCue(
  (tokens, t, i) => (CHOSEN.has(t.lower) && tokens[i - 1]?.pos === 'DET' && NOUNISH.has(tokens[i + 1]?.pos ?? '') ? i + 1 : -1),
  'given',
);

/** "set the invoice status", "update each task's owner": what is set is a value; "set up a webhook" names none. */
export const SET = listCue((tokens, t, i) =>
  SETTING_VERBS.has(t.lemma) &&
  (isVerbAt(tokens, i) || saidOfSubject(tokens, i)) &&
  tokens[i + 1]?.pos !== 'ADP' &&
  tokens[i + 1]?.pos !== 'PART'
    ? i + 1
    : -1,
);

/**
 * "the manager updates the due date", "tapping a room changes its status": a verb's -s form the
 * tagger read as a plural noun, between its subject and its object's determiner.
 */
function saidOfSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const subject = tokens[i - 1];
  const object = tokens[i + 1];
  return (
    t.pos === 'NOUN' &&
    t.lower !== t.lemma &&
    t.lower.endsWith('s') &&
    (subject?.pos === 'NOUN' || subject?.pos === 'PROPN') &&
    (object?.pos === 'DET' || object?.pos === 'PRON')
  );
}

/** Words before an "ask" that the tool says: a command ("then ask about …") or the tool itself ("it asks about …"). */
const TOOL_ASKS = new Set(['it', 'and', 'then', 'to']);

/**
 * "Always ask about allergies", "it should ask about the budget": what the tool asks about is a
 * value it gathers; what people ask about ("customers ask about opening hours") is a topic.
 */
function toolAsksAt(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  const before = tokens[k];
  return before === undefined || before.pos === 'PUNCT' || TOOL_ASKS.has(before.lower);
}

/** "a form that asks for the name, date of birth and reason for visit", "always ask about allergies": what is asked for is given. */
export const ASKED_FOR = listCue((tokens, t, i) => {
  const about = tokens[i + 1]?.lower === 'about' && toolAsksAt(tokens, i);
  return t.lemma === 'ask' && (tokens[i + 1]?.lower === 'for' || about) && !t.negated ? i + 2 : -1;
}, 'given');

/** "we want to know who called and when", "keep track of when each plant was watered": what is to be known, said as a clause, is a value. */
export const KNOWN = listCue((tokens, t, i, mask) => {
  const tracking = t.lower === 'of' && tokens[i - 1]?.lower === 'track';
  return (KNOWING.has(t.lemma) || tracking) && clauseItemAt(tokens, i + 1, mask) ? i + 1 : -1;
});

/** "members whose renewal date is next month": what a "whose" clause tests is a value of each row. */
export const WHOSE = listCue((tokens, t, i) => {
  if (t.lower !== 'whose') return -1;
  // Right after "whose" comes a noun, however the tagger reads it ("whose recall status").
  const nounish = (k: number) => ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k]!.pos) || (k === i + 1 && tokens[k]!.pos === 'VERB');
  let end = i + 1;
  while (tokens[end] && nounish(end)) end++;
  const named = end > i + 1 && (tokens[end - 1]!.pos === 'NOUN' || tokens[end - 1]!.pos === 'PROPN' || end - 1 === i + 1);
  const tested = named && (tokens[end]?.pos === 'AUX' || tokens[end]?.pos === 'VERB');
  return tested ? i + 1 : -1;
});
