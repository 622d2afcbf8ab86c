/**
 * Where a clause saying when something happens opens and ends: "when", "whenever", "once a
 * customer pays" (not "once a day"), "each time", "as soon as", "as orders arrive", an event said
 * as a noun ("on every form submission", "triggered by a payment"), "after each meeting ends",
 * "for every new row". A clause ends at the next comma, stop, arrow or dash, or where the speaker
 * opens the main clause.
 */
import { NAMING } from './event-words';
import type { Token } from './language';

/** Words that open a clause saying when something happens. */
const WHEN_WORDS = new Set(['when', 'whenever', 'once']);
/** After "once a", these say a frequency ("once a day"), not an event ("once a customer pays"). */
const PERIODS = new Set(['minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year']);
/** Things that just came: "for each new row", "for every incoming message". */
export const FRESH = new Set(['new', 'incoming', 'inbound']);
/** Two-word openers: "each time", "any time", "as soon (as)", "the moment". */
const WHEN_PAIRS = new Set(['each time', 'every time', 'any time', 'as soon', 'as they', 'as it', 'the moment', 'the minute']);
/** Words that open an event said as a noun: "on every form submission", "upon each new signup", "triggered by a payment". */
const ON_WORDS = new Set(['on', 'upon']);
const ANY = new Set(['each', 'every', 'any', 'a', 'an', 'new', 'receiving', 'receipt']);
/** Verbs of things coming in, for "as orders arrive", "as emails come in". */
export const COMING = new Set(['arrive', 'come', 'land', 'roll', 'pour', 'hit', 'appear', 'show']);

/** The speaker or their team as the subject of a clause: "… we log it", "… I want a summary". */
const SPEAKERS = new Set(['i', 'we']);

/** Verbs of the speaker's wishes, which open a main clause: "after each video call I want a summary". */
const WANTING = new Set(['want', 'need', 'like', 'would', 'will', "'d", "'ll"]);

/**
 * "when someone approves a startup we log the approval", "after each video call I want a summary":
 * with no comma, the main clause opens where the speaker follows the event's last word — once the
 * event has its verb, or where the speaker says a wish. Before that the speaker opens a relative
 * clause ("when an invoice I sent gets paid").
 */
function mainClauseAt(tokens: readonly Token[], i: number, k: number): boolean {
  const before = tokens[k - 1]!;
  const next = tokens[k + 1];
  // "every time an inspection fails I want …": after the event's verb, the speaker's wish opens the main clause.
  const wishAfterVerb = before.pos === 'VERB' && (WANTING.has(next?.lemma ?? '') || WANTING.has(next?.lower ?? ''));
  if (
    k <= i + 2 ||
    !SPEAKERS.has(tokens[k]!.lower) ||
    !(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADV' || wishAfterVerb)
  )
    return false;
  return tokens.slice(i + 1, k).some((t) => t.pos === 'VERB') || WANTING.has(next?.lemma ?? '') || WANTING.has(next?.lower ?? '');
}

/** Where the clause opened at `i` ends: the next comma, stop, arrow or dash, or where the main clause opens. */
export function clauseEnd(tokens: readonly Token[], i: number): number {
  // "when a listing's status changes (Just Listed, Under Contract), …": commas inside brackets list examples.
  let depth = 0;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    depth = Math.max(0, depth + (t === '(' ? 1 : t === ')' ? -1 : 0));
    if (depth > 0 && t !== '.') continue;
    if (t === ',' || t === '.' || t === ';' || t === ':' || t === '→' || t === '—' || t === '->') return k;
    if (mainClauseAt(tokens, i, k)) return k;
  }
  return tokens.length;
}

/** "once a day", "once per week", "once every hour": how often, not when. */
function saysHowOften(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  return (
    PERIODS.has(tokens[i + 2]?.lemma ?? '') && (next === 'a' || next === 'an' || next === 'per' || next === 'every' || next === 'each')
  );
}

/** Verbs of keeping something somewhere: "jobs are tracked on a whiteboard". */
const KEPT = new Set(['track', 'keep', 'store', 'write', 'list', 'log', 'record', 'pin']);

/** Words of a noun phrase, walked back over to find what governs it. */
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const OWNERS = new Set(['our', 'their', 'my', 'your', 'its']);

/**
 * "…, and a comment thread", "with a packing note": a thing listed or had, not one an order
 * makes ("draft a reply", "give me a summary" on each one that comes).
 */
function thingListed(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (PHRASE.has(tokens[k]!.pos) || OWNERS.has(tokens[k]!.lower))) k--;
  const governor = tokens[k];
  // At a sentence's start the first word may be an order the tagger took for a name ("Draft a reply").
  if (!governor) return tokens[0]!.pos === 'DET';
  return governor.pos !== 'VERB' && governor.pos !== 'PRON';
}

/**
 * "a comment thread on each ticket", "jobs are tracked on a whiteboard": a thing said to sit on
 * something, or kept on it, none said to be new, is where it is kept.
 */
function placeOn(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const kept =
    (before?.pos === 'NOUN' && thingListed(tokens, i)) || (before?.pos === 'VERB' && KEPT.has(before.lemma) && before.lower.endsWith('ed'));
  return kept && !FRESH.has(tokens[i + 1]!.lower) && !FRESH.has(tokens[i + 2]?.lower ?? '');
}

/** Screens and pages people act on: "submit a request on a web form", "log hours on each event page". */
const SCREENS = new Set(['form', 'page', 'screen', 'tab', 'card', 'profile', 'dashboard', 'portal', 'tablet', 'phone', 'device']);

/** "on a web form", "on each event page": the phrase after "on" ends in a screen, where people act, not what happens. */
function screenOn(tokens: readonly Token[], i: number): boolean {
  let k = i + 2;
  while (tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN')) k++;
  // "on each new page" is one that came.
  const fresh = tokens.slice(i + 1, k).some((t) => FRESH.has(t.lower));
  return k > i + 2 && !fresh && SCREENS.has(tokens[k - 1]!.lemma);
}

/** Verbs that say what starts a run: "triggered by", "fires on", "kicked off by". */
const STARTED = new Set(['trigger', 'fire', 'start', 'kick']);

/** An event said as a noun follows: "on every form submission", "upon each new signup", "triggered by a payment". */
export function namesEvent(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.lower ?? '';
  if (ON_WORDS.has(t.lower)) return ANY.has(next) && !placeOn(tokens, i) && !screenOn(tokens, i);
  return STARTED.has(t.lemma) && (next === 'by' || next === 'on' || (next === 'off' && tokens[i + 2]?.lower === 'by'));
}

/** "as emails come in", "as new orders arrive": things named, then their coming. */
function asTheyCome(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!;
    if (COMING.has(t.lemma) && t.pos === 'VERB') return k > i + 1;
    if (!NAMING.has(t.pos)) return false;
  }
  return false;
}

/** Verbs of knowing, after which "when" asks a question: "I need to see when each item was last done". */
const KNOWING = new Set(['see', 'know', 'show', 'check', 'remember', 'wonder', 'ask', 'decide', 'track']);

/**
 * "see when each order was last updated", "check when an invoice is due": "when" says what is known,
 * not when a run starts — unless its clause has something happen now ("know when a customer leaves
 * a review"), which is the event the person waits for.
 */
function asksWhen(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'when' || !KNOWING.has(tokens[i - 1]?.lemma ?? '') || tokens[i - 1]!.pos !== 'VERB') return false;
  const verb = tokens.slice(i + 1, clauseEnd(tokens, i)).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // An act in the present: "leaves" (said of one), "arrive" (of many); not "was", "is due", "signed".
  const now = verb?.pos === 'VERB' && (verb.lower === verb.lemma || (verb.lower.endsWith('s') && !verb.lower.endsWith('ss')));
  return !now;
}

/** How many words at `i` open a clause saying when something happens ("when" 1, "each time" 2), or 0. */
export function opensClause(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (WHEN_WORDS.has(t.lower)) return (t.lower === 'once' && saysHowOften(tokens, i)) || asksWhen(tokens, i) ? 0 : 1;
  if (t.lower === 'anytime' || (t.lower === 'as' && asTheyCome(tokens, i)) || namesEvent(tokens, i)) return 1;
  const each = tokens[i + 1]?.lower === 'each' || tokens[i + 1]?.lower === 'every';
  // "after each Zoom meeting ends", "for every new row" ("for each attendee" goes over what a run has).
  if (each && (t.lower === 'after' || (t.lower === 'for' && FRESH.has(tokens[i + 2]?.lower ?? '')))) return 2;
  const pair = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
  return WHEN_PAIRS.has(pair) ? 2 : 0;
}
