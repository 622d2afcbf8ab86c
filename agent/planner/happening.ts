/**
 * Something happening, said as a clause: a subject that is a thing or someone outside, then a
 * verb of an act in the present ("a customer cancels", "payments come through") or in the
 * passive ("a refund is requested", "an invoice gets paid"). After "when", "whenever" or "as
 * soon as", answered by an order to the tool ("…, thank the client"), such a clause is an event
 * from elsewhere, whatever system or verb it names. A state ("the amount is over 500"), a
 * threshold ("stock falls below 10"), what a text says ("a ticket mentions a competitor"),
 * someone handing material in through the tool's own form ("a student submits an essay") and a
 * clause answered by a statement ("…, I want to see it in red") are conditions or occasions.
 */
import { isService, NAMING } from './event-words';
import type { Token } from './language';

/** Verbs of a state or of what a text says or holds: "when it contains", "when a ticket mentions". */
export const STATES: ReadonlySet<string> = new Set([
  'be',
  'have',
  'seem',
  'look',
  'sound',
  'feel',
  'mean',
  'need',
  'require',
  'want',
  'know',
  'contain',
  'include',
  'mention',
  'say',
  'refer',
  'match',
  'lack',
  'miss',
  'exceed',
  'use',
]);
/** Passives of what the person hands over: "when a date is given" is a condition on the input. */
const GIVEN = new Set(['give', 'provide', 'supply', 'specify', 'leave', 'attach']);
/** Verbs of turning into a state: "gets low", "goes offline", "becomes overdue" ("is overdue" is a state, checked by a run). */
const BECOMING = new Set(['get', 'go', 'become', 'turn', 'fall', 'drop']);
/** States a watched thing turns into ("the report gets long" is a condition on the run's own text). */
const TURNED_TO = new Set([
  'low',
  'high',
  'offline',
  'online',
  'down',
  'overdue',
  'stale',
  'empty',
  'full',
  'unavailable',
  'late',
  'hot',
  'cold',
  'critical',
]);
/**
 * At `k`, right after a subject, it turns into a state: "gets low", "goes offline", "gets too high" — a thing of
 * ours or elsewhere changing, whichever one it is ("the freezer temperature gets too high").
 */
function becomes(clause: readonly Token[], k: number): boolean {
  const verb = clause[k];
  if (!verb || !BECOMING.has(verb.lemma) || verb.negated) return false;
  let state = k + 1;
  while (clause[state]?.pos === 'ADV') state++;
  return TURNED_TO.has(clause[state]?.lower ?? '');
}

/** Time passing: "when a contract expires" is a date the run checks, unless it happens somewhere named ("a trial expires in our billing system"). */
const TIME_PASSING = new Set(['approach', 'near', 'expire', 'lapse', 'elapse', 'pass']);
/** Pronouns that name someone outside as a subject. */
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone']);
/** Verbs by which someone hands material in. */
const HANDING_IN = new Set(['submit', 'upload', 'send', 'enter', 'fill', 'type', 'paste', 'attach', 'share', 'ask', 'request']);
/** Prepositions before a place: "in HubSpot", "through our site". */
const AT = new Set(['in', 'on', 'at', 'through', 'via', 'from', 'into', 'to']);

/** A preposition in `words` with a word `placed` right after it ("in HubSpot", "through our site"). */
const placedAt = (words: readonly Token[], placed: (w: Token) => boolean) =>
  words.some((t, k) => AT.has(t.lower) && words.slice(k + 1, k + 4).some(placed));

/** `words` name a place elsewhere: a preposition, then a name or one of ours ("via Typeform", "on our site"). */
export const namesElsewhere = (words: readonly Token[]): boolean => placedAt(words, (w) => w.pos === 'PROPN' || w.lower === 'our');

/** Determiners of a thing already known. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Owners that may open a subject: "our status page", "their booking". */
const OWNERS = new Set(['our', 'their']);

/** A form other than the base one: "cancels", "booked", "paid" (the lemma differs from the word). */
const inflected = (t: Token) => t.lower !== t.lemma;

/** Token `k` belongs to the subject's noun phrase: "our booking engine", "a new lead" (not "… downgrades their plan"). */
/** Prepositions inside a subject's noun phrase. */
const JOINING = new Set(['of', 'in', 'on', 'at', 'from']);

function inSubject(clause: readonly Token[], k: number): boolean {
  const t = clause[k]!;
  const next = clause[k + 1];
  // "booking engine": a gerund before a noun names the thing as an adjective would.
  const modifier = t.pos === 'VERB' && t.lower.endsWith('ing') && (next?.pos === 'NOUN' || next?.pos === 'PROPN');
  if (k === 0) return NAMING.has(t.pos) || OWNERS.has(t.lower) || modifier || pluralReadAsVerb(clause, k);
  // "a line cook or server calls out": nouns joined by "or"/"and" are one subject.
  if (t.pos === 'CCONJ') return NAMING.has(clause[k - 1]!.pos) && NAMING.has(next?.pos ?? '') && !presentAsNoun(clause, k + 1);
  // "one of our monitors", "a member of staff", "a product in the shop", "an order from Shopify": a preposition
  // joins a noun phrase to the one it belongs to.
  const of = JOINING.has(t.lower) && NAMING.has(clause[k - 1]!.pos) && (NAMING.has(next?.pos ?? '') || OWNERS.has(next?.lower ?? ''));
  if (of || (OWNERS.has(t.lower) && clause[k - 1]!.lower === 'of')) return true;
  // "a listing's status": the possessive joins the owner to what is owned.
  if (t.lower === "'s" && NAMING.has(clause[k - 1]!.pos) && NAMING.has(next?.pos ?? '')) return true;
  return (NAMING.has(t.pos) || modifier) && !presentAsNoun(clause, k);
}

/** "when changes are pushed": a plural the tagger read as a verb, opening the clause before its own verb. */
const pluralReadAsVerb = (clause: readonly Token[], k: number) =>
  k === 0 && clause[k]!.pos === 'VERB' && /[^s]s$/.test(clause[k]!.lower) && clause[k + 1]?.pos === 'AUX';

/** Ends as a verb's -s, -ed or -ing form that the lemma lacks ("sends", "paid"; not "summarise" → summarize). */
const inflectedEnding = (t: Token) => t.lower !== t.lemma && (/(s|ed|ing)$/.test(t.lower) || !t.lower.startsWith(t.lemma.slice(0, 3)));

/** Read as a noun but a verb in the present, between a subject and its object: "a subscriber downgrades their plan", "a candidate moves to …". */
function presentAsNoun(clause: readonly Token[], k: number): boolean {
  const t = clause[k]!;
  const before = clause[k - 1];
  const after = clause[k + 1];
  // "a candidate moves to …": after a singular noun, a plural can only be its verb, whatever follows.
  const afterOne = before?.pos === 'NOUN' && before.lower === before.lemma && after?.pos === 'ADP';
  return (
    t.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    inflected(t) &&
    (before?.pos === 'NOUN' || before?.pos === 'PROPN') &&
    (after?.pos === 'DET' || after?.pos === 'PRON' || afterOne)
  );
}

/** The verb at `k` is an act (not a state) and no amount follows it ("falls below 10", "hits 80%"). */
function actAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]!;
  if (STATES.has(verb.lemma) || verb.lower.endsWith('ing')) return false;
  return !tokens.slice(k + 1, k + 3).some((t) => t.pos === 'NUM' || t.pos === 'SYM');
}

/** Verbs of being told: "let me know" asks the tool to tell the person. */
const TOLD = new Set(['know', 'see', 'hear']);

/** The person's wishes for the tool: "I want a draft ready" asks the tool, it is no act of theirs. */
const WISHES = new Set(['want', 'need', 'like', 'wish', 'would', 'love', 'expect', 'get']);

/**
 * Outside the clause `tokens[from..to)`, the speaker acts: "…, we mark it as hot", "I reply myself".
 * Then the clause says when they act, not a run starting by itself.
 */
export function peopleActOn(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.some((t, k) => {
    // At a clause's start: "a suggestion I accept" is a relative clause, not the main one; the main clause
    // may open right where the event's ends ("When I create a new project task I write a rough idea").
    const opens = k === 0 || k === to || tokens[k - 1]!.pos === 'PUNCT' || tokens[k - 1]!.pos === 'CCONJ';
    if ((k >= from && k < to) || !opens) return false;
    // "When I add a fuel log, let me record the tax too": the speaker asks to do it themselves ("let me know" asks to be told).
    if (t.lower === 'let' && tokens[k + 1]?.lower === 'me') return !TOLD.has(tokens[k + 2]?.lemma ?? '');
    if (t.lower !== 'i' && t.lower !== 'we') return false;
    let v = k + 1;
    while (tokens[v] && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV')) v++;
    const verb = tokens[v];
    return !!verb && verb.pos === 'VERB' && !WISHES.has(verb.lemma) && !WISHES.has(tokens[k + 1]?.lemma ?? '');
  });
}

/** Words that only lead into a clause: "e.g. when …", "and then when …". */
const LEAD_INS = new Set(['e.g.', 'eg', 'i.e.', 'and', 'but', 'or', 'so', 'then', 'also', 'plus']);

/** Words that can follow an order's verb: "check the", "reply to", "alert me", "file it". */
const AFTER_ORDER = new Set(['DET', 'PRON', 'ADP', 'PART', 'ADV']);

/** An order at `k`: a verb in its base form ("send the notes", "thank the client"), or "it" doing something. */
function orderAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next) return false;
  if (t.lower === 'it') return next.pos === 'VERB' || next.pos === 'AUX';
  // The tagger reads many orders as nouns or adjectives ("draft a response", "alert me").
  const base = !inflectedEnding(t) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN');
  return base && (t.pos === 'VERB' || AFTER_ORDER.has(next.pos));
}

/** Words saying the tool does it with no one asking. */
const BY_ITSELF = new Set(['automatically', 'automatic', 'auto']);

/** "…, I want a defect log entry created automatically": the speaker's wish for what the tool does by itself answers the clause as an order would. */
function wishedDoneByItself(tokens: readonly Token[], to: number): boolean {
  let k = tokens[to]?.text === ',' ? to + 1 : to;
  if (tokens[k]?.lower !== 'i' && tokens[k]?.lower !== 'we') return false;
  k++;
  while (tokens[k]?.pos === 'AUX') k++;
  if (!WISHES.has(tokens[k]?.lemma ?? '')) return false;
  const rest = tokens.slice(k + 1);
  const end = rest.findIndex((t) => t.text === '.' || t.text === ';');
  return (end < 0 ? rest : rest.slice(0, end)).some((t) => BY_ITSELF.has(t.lower));
}

/** "I want to know when …", "let me know when …": the person asks the tool to tell them, an order. */
function toldWhen(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lemma !== 'know') return false;
  const asker = tokens[i - 3];
  return (tokens[i - 2]?.lower === 'to' && WISHES.has(asker?.lemma ?? '')) || (tokens[i - 2]?.lower === 'me' && asker?.lemma === 'let');
}

/**
 * The clause opened at `i` and ending at `to` is answered by an order to the tool: "When …, send …"
 * or "Send … whenever …". A statement ("the manager fills in…", "I want to see it") says when people
 * act or how things go in the app, not a run starting by itself. Said to "you", it instructs a chat.
 */
function answeredByOrder(tokens: readonly Token[], i: number, to: number): boolean {
  const toYou = (t: Token, k: number) =>
    t.lower === 'you' && tokens[k - 1]?.text !== '-' && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX');
  if (tokens.some(toYou)) return false;
  if (toldWhen(tokens, i)) return true;
  let start = i;
  while (start > 0 && tokens[start - 1]!.pos !== 'PUNCT') start--;
  // "e.g. when …", "and when …", "but then when …": a lead-in before the opener leaves the order after the clause.
  while (start < i && LEAD_INS.has(tokens[start]!.lower)) start++;
  if (start < i) return orderAt(tokens, start);
  // "…, automatically create an incident": an adverb may come before the order.
  let order = to + 1;
  while (tokens[order]?.pos === 'ADV') order++;
  // "When a return comes in: check it's valid": a colon opens the order as a comma does, where the speaker
  // has not said their own wish before it ("after an incident is resolved I want a button: take …").
  const colon = tokens[to]?.text === ':' && !tokens.slice(i, to).some((t) => t.lower === 'i' || t.lower === 'we');
  return ((tokens[to]?.text === ',' || colon) && orderAt(tokens, order)) || wishedDoneByItself(tokens, to);
}

/** "I publish … on my WordPress site", "we add a deal in Pipedrive", "… on our youtube channel": the speaker's act, in a product named by its name. */
function speakerActsIn(clause: readonly Token[]): boolean {
  const [who, verb] = clause;
  if ((who?.lower !== 'i' && who?.lower !== 'we') || verb?.pos !== 'VERB' || verb.negated) return false;
  return placedAt(clause.slice(2), (w) => w.pos === 'PROPN' || isService(w));
}

/**
 * The clause opened at `i` ("when", "whenever", "as soon as"), its words `tokens[from..to)`, says something
 * happening, by its subject and verb, and the tool is told what to do then.
 */
export function saysHappening(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  if (!answeredByOrder(tokens, i, to)) return false;
  const clause = tokens.slice(tokens[from]?.lower === 'as' ? from + 1 : from, to);
  let k = 0;
  while (clause[k] && inSubject(clause, k)) k++;
  const subject = clause.slice(0, k);
  const head = subject.at(-1);
  // "a refund", "new orders", "any customer": an occurrence of a kind; "the customer" is someone a conversation already has.
  const named = !!head && (head.pos === 'NOUN' || head.pos === 'PROPN' || pluralReadAsVerb(clause, 0)) && !DEFINITE.has(subject[0]!.lower);
  // "inventory on an item gets low", "the freezer temperature gets too high": a thing turning into a state happens,
  // whoever's it is.
  if (head && (head.pos === 'NOUN' || head.pos === 'PROPN') && becomes(clause, k)) return true;
  if (!named) {
    // "when I publish a post on my WordPress site": the speaker acting in a product named elsewhere, which calls in.
    if (speakerActsIn(clause)) return true;
    if (k > 0 || !SOMEONE.has(clause[0]?.lower ?? '')) return false;
    k = 1;
  }
  // "an invoice we sent gets paid": the speaker and a verb right after the subject say which one it is.
  if ((clause[k]?.lower === 'i' || clause[k]?.lower === 'we') && clause[k + 1]?.pos === 'VERB' && named) k += 2;
  // "is requested", "gets paid", "has been signed": the passive says it happened to the thing.
  let aux = false;
  while (clause[k] && (clause[k]!.pos === 'AUX' || clause[k]!.lemma === 'get' || clause[k]!.pos === 'ADV')) {
    aux ||= clause[k]!.pos === 'AUX' || clause[k]!.lemma === 'get';
    k++;
  }
  const verb = clause[k];
  if (!verb || (verb.pos !== 'VERB' && !presentAsNoun(clause, k)) || verb.negated || !actAt(clause, k)) return false;
  if ((aux && GIVEN.has(verb.lemma)) || (TIME_PASSING.has(verb.lemma) && !namesElsewhere(clause.slice(k + 1)))) return false;
  // Passive: a participle. Active: the present ("cancels"; "payments come" after a plural), not the past ("arrived").
  if (aux) return inflected(verb) && !clause.slice(0, k).some((t) => t.negated);
  // "when a student submits an essay": someone hands material in, through the tool's own form unless a place elsewhere is named.
  if (HANDING_IN.has(verb.lemma) && !namesElsewhere(clause.slice(k + 1))) return false;
  const plural = !!head && head.lower !== head.lemma;
  return verb.lower.endsWith('s') ? inflected(verb) : plural && !inflected(verb);
}
