/**
 * Event triggers said in words: an outside system or person sending something in ("when a
 * form is submitted", "Zapier posts a signup", "an endpoint our DAM can POST to") → webhook;
 * mail arriving ("every email that lands in my inbox", "when a customer emails us") → email;
 * a new record ("whenever a new lead is added", "a new contact is created in HubSpot") →
 * record-created. Read clause by clause from lemmas and parts of speech, with small named
 * word lists. Schedules are schedule.ts's.
 */
import { handsOverByHand } from './by-hand';
import { folderDropAt, ROWS } from './folder-drops';
import { cameFromOurPlace, eachArrivalActs, servicesThingsAct } from './arrival-subjects';
import { ARRIVING_NOUNS, NAMING, OUR_PLACES, SERVICES } from './event-words';
import { peopleActOn, saysHappening } from './happening';
import { calledBySystemAt } from './callers';
import { isArrow, readSentences, written, type Token } from './language';
import { mailArrivesAt } from './mail-arrival';
import { withoutPeriodMeasures } from './period-words';
import { saysVerbAt } from './verb-forms';
import { singular } from './words';
import { hasRecurrence, parseSchedule } from './schedule';

export type EventTrigger = { kind: 'webhook' } | { kind: 'email' } | { kind: 'record-created'; noun: string };

const WEBHOOK: EventTrigger = { kind: 'webhook' };
const EMAIL: EventTrigger = { kind: 'email' };

/** Words that open a clause saying when something happens. */
const WHEN_WORDS = new Set(['when', 'whenever', 'once']);
/** After "once a", these say a frequency ("once a day"), not an event ("once a customer pays"). */
const PERIODS = new Set(['minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year']);
/** Things that just came: "for each new row", "for every incoming message". */
const FRESH = new Set(['new', 'incoming', 'inbound']);
/** People outside the team who start things by acting somewhere. */
const OUTSIDE_PEOPLE = new Set([
  'someone',
  'anyone',
  'customer',
  'user',
  'people',
  'client',
  'lead',
  'visitor',
  'shopper',
  'buyer',
  'member',
  'subscriber',
  'applicant',
  'candidate',
  'patient',
  'guest',
  'prospect',
]);
/** One of the people outside the team, singular or plural. */
const isOutsider = (t: Token | undefined) => !!t && (OUTSIDE_PEOPLE.has(t.lower) || OUTSIDE_PEOPLE.has(singular(t.lower)));
/** Two-word openers: "each time", "any time", "as soon (as)", "the moment". */
const WHEN_PAIRS = new Set(['each time', 'every time', 'any time', 'as soon', 'as they', 'as it', 'the moment', 'the minute']);
/** Words that open an event said as a noun: "on every form submission", "upon each new signup", "triggered by a payment". */
const ON_WORDS = new Set(['on', 'upon']);
const ANY = new Set(['each', 'every', 'any', 'a', 'an', 'new', 'receiving', 'receipt']);
/** Verbs of things coming in, for "as orders arrive", "as emails come in". */
const COMING = new Set(['arrive', 'come', 'land', 'roll', 'pour', 'hit', 'appear', 'show']);
/** Verbs by which something arrives from outside. */
const ARRIVAL_VERBS = new Set([
  'submit',
  'fill',
  'finish',
  'register',
  'reach',
  'send',
  'receive',
  'get',
  'place',
  'complete',
  'arrive',
  'come',
  'post',
  'email',
  'text',
  'ask',
  'message',
  'call',
  'open',
  'sign',
  'book',
  'order',
  'pay',
  'reply',
  'mention',
  'hit',
  'land',
  'fire',
  'trigger',
  'type',
]);
/** Verbs by which a row is made. */
const CREATED_VERBS = new Set(['add', 'create', 'save', 'insert', 'enter', 'log', 'record', 'import']);
const AT_WORDS = new Set(['on', 'via', 'through', 'at', 'in', 'from']);

/** "… on our landing page", "through our website": one of our public places is named in `words`. */
function atOurPlace(words: readonly Token[]): boolean {
  return words.some(
    (t, k) =>
      OUR_PLACES.has(t.lemma) &&
      words.slice(Math.max(0, k - 3), k).some((w, j, near) => w.lower === 'our' && AT_WORDS.has(near[j - 1]?.lower ?? '')),
  );
}
/** Words that name an outside caller on their own. */
const ENDPOINT_WORDS = new Set(['webhook', 'webhooks', 'endpoint', 'callback']);
/** Verbs of mail arriving in an inbox. */
const MAIL_ARRIVAL = new Set(['arrive', 'get', 'come', 'land', 'receive', 'label']);
/** Verbs a service calls in with. */
const SERVICE_VERBS = new Set(['send', 'post', 'call', 'fire', 'trigger', 'push', 'forward', 'hit']);
/** Prepositions before a service that sends: "from Stripe", "via Zapier". */
const FROM_WORDS = new Set(['from', 'via', 'through', 'by']);
/** Messages that come in one by one: "every reply", "each email". */
const INCOMING = new Set(['reply', 'email', 'mail', 'message', 'dm']);
/** Email arriving: "forward invoices to", "new emails", "incoming email". */
const MAIL_WORDS = new Set(['email', 'emails', 'e-mail', 'mail', 'inbox', 'mailbox', 'gmail', 'outlook']);
/** Where mail is kept: an event said in a sentence naming one happens in the mailbox ("Gmail: when I label a thread"). */
const MAILBOXES = new Set(['inbox', 'mailbox', 'gmail', 'outlook']);
/** Subjects that send mail out rather than receive it ("we email them"). */
const OUR_SIDE = new Set(['i', 'we', 'it', 'you']);

/** Mail is what comes in: a mail word or an address, or someone other than us emailing ("a customer emails us"). */
function saysMail(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      !t.negated && (MAIL_WORDS.has(t.lower) || t.kind === 'email') && !(t.pos === 'VERB' && OUR_SIDE.has(tokens[k - 1]?.lower ?? '')),
  );
}

/** Verbs by which mail reaches an address. */
const RECEIVING = new Set(['send', 'forward', 'receive', 'arrive', 'come', 'land', 'deliver']);

/** The address at `i` receives: "sent to", "forwarded to", "arriving at" just before it — not "send it to" (base form: ours, going out). */
function receivedAt(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i - 1]?.lower;
  const verb = tokens[i - 2];
  return (to === 'to' || to === 'at' || to === 'in') && !!verb && RECEIVING.has(verb.lemma) && verb.lower !== verb.lemma;
}

/** A start from outside: by mail when the words that say it speak of mail, else a webhook. */
const inbound = (words: readonly Token[]): EventTrigger => (saysMail(words) ? EMAIL : WEBHOOK);

/** Where the clause opened at `i` ends: the next comma, stop, arrow or dash. */
function clauseEnd(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (t === ',' || t === '.' || t === ';' || t === ':' || t === '→' || t === '—' || t === '->') return k;
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

/** Verbs that say what starts a run: "triggered by", "fires on", "kicked off by". */
const STARTED = new Set(['trigger', 'fire', 'start', 'kick']);

/** An event said as a noun follows: "on every form submission", "upon each new signup", "triggered by a payment". */
function namesEvent(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.lower ?? '';
  if (ON_WORDS.has(t.lower)) return ANY.has(next);
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

function opensClause(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (WHEN_WORDS.has(t.lower)) return t.lower === 'once' && saysHowOften(tokens, i) ? 0 : 1;
  if (t.lower === 'anytime' || (t.lower === 'as' && asTheyCome(tokens, i)) || namesEvent(tokens, i)) return 1;
  const each = tokens[i + 1]?.lower === 'each' || tokens[i + 1]?.lower === 'every';
  // "after each Zoom meeting ends", "for every new row" ("for each attendee" goes over what a run has).
  if (each && (t.lower === 'after' || (t.lower === 'for' && FRESH.has(tokens[i + 2]?.lower ?? '')))) return 2;
  const pair = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
  return WHEN_PAIRS.has(pair) ? 2 : 0;
}

interface Found {
  trigger: EventTrigger;
  /** Said outright as a call from another system ("Typeform fires a webhook"): outranks a start only implied elsewhere. */
  outright?: boolean;
  /** Token span of the words that say it, within the sentence. */
  from: number;
  to: number;
}

/** Verbs of the person's own need: "whenever I need to reply to a tough email" is an occasion to use the tool. */
const NEEDING = new Set(['need', 'want', 'have', 'like', 'wish']);

function inClause(tokens: readonly Token[], from: number, to: number, nominal: boolean): EventTrigger | null {
  const clause = tokens.slice(from, to);
  if (OUR_SIDE.has(clause[0]?.lower ?? '') && clause[0]?.lower !== 'it' && NEEDING.has(clause[1]?.lemma ?? '')) return null;
  // "collect them as they arrive".
  if (tokens[from - 2]?.lower === 'as' && clause.some((t) => t.lemma === 'arrive' || t.lemma === 'come')) return inbound(tokens);
  // "a new lead is added", "a new expense record is created" — unless it is created in another system.
  // The clause's own verb: "when a customer pays on Stripe send them … and add them to the list" adds in the run, after it.
  const firstVerb = clause.findIndex((t) => t.pos === 'VERB' && t.lemma !== 'get' && t.lemma !== 'be' && t.lemma !== 'have');
  const created = clause.findIndex(
    (t, k) => CREATED_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.lower.endsWith('ed')) && (firstVerb < 0 || k <= firstVerb),
  );
  // "I add a new row", "a row … gets updated": a row of the app's own table.
  const row = clause.find((t) => ROWS.has(t.lemma));
  // "for every new row of data in our sheet", "a new row appears in the sheet": a new row is a row added.
  const fresh = row && clause.some((t, k) => (FRESH.has(t.lower) && k < clause.indexOf(row)) || (COMING.has(t.lemma) && t.pos === 'VERB'));
  if (row && (created >= 0 || fresh || clause.some((t) => t.lemma === 'update')))
    return { kind: 'record-created', noun: recordOwner(clause, row) };
  // "a new contact is created in HubSpot": a new record, wherever it is kept, starts the run.
  if (created > 0) {
    const noun = [...clause.slice(0, created)].reverse().find((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !SERVICES.has(t.lower));
    if (noun && !ARRIVING_NOUNS.has(noun.lemma))
      return { kind: 'record-created', noun: noun.lemma === 'record' ? recordOwner(clause, noun) : noun.lemma };
  }
  // "for each new post on my blog": a new thing kept in a place of ours that does not arrive from outside is a record there.
  const kept = newInPlaceOfOurs(clause);
  if (kept) return { kind: 'record-created', noun: kept };
  // "whenever I create a calendar event", "when I mark a project Done in my projects table": the speaker makes or
  // changes a record of theirs, and that starts the run.
  const mine = speakerRecord(clause, created);
  if (mine) return { kind: 'record-created', noun: mine };
  // "when someone uploads a file to our Drive folder": a file put in a folder, whatever service holds it.
  for (let k = from; k < to; k++) {
    const dropped = folderDropAt(tokens, k, true);
    if (dropped) return { kind: 'record-created', noun: dropped };
  }
  // "(it posts to a webhook)" says how it comes, whatever else the clause names.
  if (clause.some((t) => ENDPOINT_WORDS.has(t.lower))) return WEBHOOK;
  // "when a new email arrives", "when a customer emails us": mail comes in.
  if (saysMail(clause)) return EMAIL;
  // "when Fireflies finishes a transcript", "after each Zoom meeting ends": another system calls in.
  if (clause.some((t) => SERVICES.has(t.lower))) return WEBHOOK;
  // "when a customer replies to our newsletter": replies come by mail unless a service is named (above).
  if (clause.some((t) => t.lemma === 'reply' && t.pos === 'VERB')) return EMAIL;
  if (created > 0 && clause.slice(0, created).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return WEBHOOK;
  const arrives = clause.some((t) => ARRIVAL_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN'));
  const arriving = clause.some((t) => ARRIVING_NOUNS.has(t.lemma) || ENDPOINT_WORDS.has(t.lower) || SERVICES.has(t.lower));
  const someone = clause.some(isOutsider);
  if (arrives && (arriving || someone)) return WEBHOOK;
  // "on every form submission": the event is the thing that comes.
  if (nominal && arriving) return WEBHOOK;
  // "Gmail: when I put a label on a thread": an event in a sentence about a mailbox happens in it.
  return tokens.some((t) => MAILBOXES.has(t.lower)) && clause.some((t) => t.pos === 'VERB') ? EMAIL : null;
}

/** Owners of a place that is the speaker's. */
const OURS = new Set(['my', 'our']);

/** "new post on my blog" → post: a new thing (not one that arrives) in or on a place of ours, or null. */
function newInPlaceOfOurs(clause: readonly Token[]): string | null {
  if (clause[0]?.lower !== 'new') return null;
  let k = 1;
  while (clause[k + 1]?.pos === 'NOUN') k++;
  const head = clause[k];
  if (head?.pos !== 'NOUN') return null;
  const arrives = ARRIVING_NOUNS.has(head.lemma) || MAIL_WORDS.has(head.lower) || clause.some((t) => SERVICES.has(t.lower));
  const ours = WITHIN.has(clause[k + 1]?.lower ?? '') && OURS.has(clause[k + 2]?.lower ?? '');
  return !arrives && ours ? head.lemma : null;
}

/** The speaker, making or changing records of their own. */
const SPEAKERS = new Set(['i', 'we']);
/** Prepositions before where a record is: "in my projects table". */
const WITHIN = new Set(['in', 'into', 'to', 'on']);

/** What record the speaker makes (object of a verb of making at `created`) or changes in a table of theirs, or null. */
function speakerRecord(clause: readonly Token[], created: number): string | null {
  if (!SPEAKERS.has(clause[0]?.lower ?? '') || clause[1]?.pos !== 'VERB') return null;
  if (created !== 1) {
    // A change to a row: the table it is in names it.
    const at = clause.findIndex((t, k) => WITHIN.has(t.lower) && clause.slice(k + 1, k + 5).some((x) => TABLE_WORDS.has(x.lemma)));
    return at > 0 ? tableOwner(clause.slice(at + 1)) : null;
  }
  // A record made: the thing made names it ("we add a supplier to the vendors table").
  let k = 2;
  while (clause[k] && (clause[k]!.pos === 'DET' || clause[k]!.pos === 'ADJ')) k++;
  while (clause[k + 1]?.pos === 'NOUN') k++;
  const head = clause[k];
  return head?.pos === 'NOUN' ? head.lemma : null;
}

/** Words for a whole table of rows. */
const TABLE_WORDS = new Set(['table', 'sheet', 'spreadsheet', 'list', 'database', 'log', 'tracker']);

/** "… in our expenses table": the noun before a table word, else "record". */
function tableOwner(words: readonly Token[]): string {
  const k = words.findIndex((t) => TABLE_WORDS.has(t.lemma));
  const before = words[k - 1];
  if (k <= 0 || !before) return 'record';
  // "the hiring sheet", "our onboarding list": a gerund names the table as a noun would.
  if (before.pos === 'VERB' && before.lower.endsWith('ing')) return before.lower;
  return before.pos === 'NOUN' || before.pos === 'PROPN' ? before.lemma : 'record';
}

/** "a new expense record": the noun before "record". */
function recordOwner(clause: readonly Token[], record: Token): string {
  const k = clause.indexOf(record);
  const before = clause[k - 1];
  // "a new row … in the orders sheet": else the table it is in names it.
  return before && before.pos === 'NOUN' ? before.lemma : tableOwner(clause.slice(k + 1));
}

/** "each Calendly booking", "for every order" in a sentence naming Shopify: each thing a service sends is a start. */
function eachFromService(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'each' && t.lower !== 'every') return false;
  const next = tokens[i + 1];
  const thing = next && SERVICES.has(next.lower) ? tokens[i + 2] : next;
  const arrives = !!thing && (ARRIVING_NOUNS.has(thing.lemma) || ARRIVING_NOUNS.has(thing.lower));
  return arrives && tokens.some((x) => SERVICES.has(x.lower) && !MAILBOXES.has(x.lower));
}

/** What a call in carries or is: "webhook URL", "webhook events". */
const CALL_PARTS = new Set(['url', 'endpoint', 'call', 'request', 'event', 'trigger', 'notification', 'node']);

/** "a webhook tester", "a webhook payload example": the word names what the tool is about, not how it starts. */
function namesTopic(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !CALL_PARTS.has(next.lemma);
}

/** "each submitted application", "every received order": a participle of arriving after each/every/any. */
function cameIn(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const each = tokens[i - 1]?.lower;
  return (
    (each === 'each' || each === 'every' || each === 'any' || each === 'all') &&
    t.pos === 'VERB' &&
    t.lower.endsWith('ed') &&
    ARRIVAL_VERBS.has(t.lemma)
  );
}

/** "applications submitted through our careers page": things that arrive, then how they came. */
function cameThrough(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const thing = tokens[i - 1];
  return (
    !!thing &&
    (ARRIVING_NOUNS.has(thing.lemma) || ARRIVING_NOUNS.has(singular(thing.lower))) &&
    t.pos === 'VERB' &&
    t.lower.endsWith('ed') &&
    ARRIVAL_VERBS.has(t.lemma) &&
    (FROM_WORDS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'on')
  );
}

/** "every Stripe payment should trigger …": what comes before "trigger" is the event, when something arrives in it. */
function triggeredBy(tokens: readonly Token[], i: number): readonly Token[] | null {
  const t = tokens[i]!;
  if (t.lemma !== 'trigger' || t.pos !== 'VERB') return null;
  let from = i;
  while (from > 0 && tokens[from - 1]!.pos !== 'PUNCT' && i - from < 6) from--;
  const subject = tokens.slice(from, i);
  return subject.some((x) => ARRIVING_NOUNS.has(x.lemma) || SERVICES.has(x.lower) || MAIL_WORDS.has(x.lower)) ? subject : null;
}

function findIn(tokens: readonly Token[], scheduled: boolean): Found | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.negated) continue;
    const opener = opensClause(tokens, i);
    // On a schedule, "invoices drop off once the receipt email arrives": a clause after its main one is a condition the run checks.
    const trailing = scheduled && i > 0 && tokens[i - 1]!.pos !== 'PUNCT' && tokens[i - 1]!.pos !== 'CCONJ';
    if (opener > 0 && !trailing) {
      const end = clauseEnd(tokens, i);
      const trigger = inClause(tokens, i + opener, end, namesEvent(tokens, i));
      if (trigger && !peopleActOn(tokens, i, end)) return { trigger, from: i, to: end };
    }
    // "for every new expense record", "on each new order record", "New rows in the leads sheet get …".
    const each = (t.lower === 'each' || t.lower === 'every') && tokens[i + 1]?.lower === 'new';
    const opening = t.lower === 'new' && !scheduled && (i === 0 || tokens[i - 1]!.pos === 'PUNCT');
    if (each || opening) {
      const noun = tokens.slice(i + (each ? 2 : 1), i + 5).find((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
      const at = noun ? tokens.indexOf(noun) : -1;
      // A bare "new rows" is a row of a table only where the table is named ("new entries in the feedback table").
      const tabled = each || tokens.slice(at + 1, at + 7).some((x) => TABLE_WORDS.has(x.lemma));
      // "every new Typeform entry" comes from the service (below); "every new entry in our expenses table" is a row of it.
      if (noun && tabled && !SERVICES.has(noun.lower) && (ROWS.has(noun.lemma) || ROWS.has(tokens[at + 1]?.lemma ?? ''))) {
        const owner = ROWS.has(noun.lemma) ? tableOwner(tokens.slice(at + 1, at + 7)) : noun.lemma;
        return { trigger: { kind: 'record-created', noun: owner }, from: i, to: at + 2 };
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.negated) continue;
    const span = { from: i, to: i + 1 };
    if ((ENDPOINT_WORDS.has(t.lower) && !namesTopic(tokens, i)) || calledBySystemAt(tokens, i)) return { trigger: WEBHOOK, ...span };
    if (!scheduled && eachFromService(tokens, i)) return { trigger: WEBHOOK, ...span };
    // "when a contract is dropped into our Contracts folder": each file put there is a new record.
    const dropped = folderDropAt(tokens, i);
    if (dropped) return { trigger: { kind: 'record-created', noun: dropped }, ...span };
    if (!scheduled && cameThrough(tokens, i))
      return { trigger: inbound(tokens.slice(i - 1, clauseEnd(tokens, i))), from: i - 1, to: i + 1 };
    const subject = triggeredBy(tokens, i);
    if (subject) return { trigger: inbound(subject), from: i - subject.length, to: i + 1 };
    // "anything sent to invoices@acme.test", "mail that arrives at support@…": an address of ours receives.
    if (t.kind === 'email' && receivedAt(tokens, i)) return { trigger: EMAIL, ...span };
    // "customers mail us their receipts", "price lists come by email" (on a schedule, mail in is what a run looks back at).
    if (!scheduled && mailArrivesAt(tokens, i)) return { trigger: EMAIL, ...span };
    // "tickets arrive in our support inbox", "emails get a label in Gmail": mail comes in ("what the inbox received" is a look back).
    if (
      MAIL_WORDS.has(t.lower) &&
      (t.lower !== 'email' && t.lower !== 'emails' ? true : tokens[i + 1]?.lemma === 'get' || receivedAt(tokens, i + 2)) &&
      tokens.some((x, k) => saysVerbAt(tokens, k, MAIL_ARRIVAL) && !x.lower.endsWith('ed'))
    ) {
      return { trigger: EMAIL, ...span };
    }
    // "read every reply to our cold email campaign": each message that comes in starts a run.
    if (
      (t.lower === 'every' || t.lower === 'each') &&
      INCOMING.has(tokens[i + 1]?.lemma ?? '') &&
      tokens.some((x) => MAIL_WORDS.has(x.lower) || SERVICES.has(x.lower))
    ) {
      return { trigger: inbound(tokens), from: i, to: i + 2 };
    }
    // "incoming emails", "new typeform lead submission", "each new job on the RSS feed".
    // "new tl;dv recording → summary → …": the builders' shorthand, whose first link is what starts it.
    const arrow = tokens.findIndex((_, k) => isArrow(tokens, k));
    // "HubSpot form submission -> enrich -> score": a service's thing as the first link starts it too.
    const serviceFirst = arrow > 1 && tokens.slice(0, arrow).some((x) => SERVICES.has(x.lower)) && !scheduled;
    if (i === 0 && (FRESH.has(t.lower) || serviceFirst) && arrow > 1) {
      // "New row in our campaigns sheet → …": a row of a table is a record.
      const head = tokens.slice(0, arrow);
      const row = head.findIndex((x) => ROWS.has(x.lemma));
      const trigger: EventTrigger = row > 0 ? { kind: 'record-created', noun: tableOwner(head.slice(row + 1)) } : inbound(head);
      return { trigger, from: 0, to: arrow };
    }
    // "save a new page" is made by the run; "every Saturday … new issues, new users" is what a scheduled run looks at.
    const made = tokens[i - 1]?.lower === 'a' || tokens[i - 1]?.lower === 'an';
    if ((FRESH.has(t.lower) || cameIn(tokens, i)) && !made && !scheduled) {
      const next = tokens.slice(i + 1, i + 4);
      const end = next.findIndex((x) => x.pos !== 'NOUN' && x.pos !== 'PROPN');
      const phrase = end < 0 ? next : next.slice(0, end);
      // "each submitted expense claim": the participle says it came, whatever it is.
      const from =
        cameIn(tokens, i) ||
        phrase.some(
          (x) => ARRIVING_NOUNS.has(x.lemma) || ARRIVING_NOUNS.has(singular(x.lower)) || MAIL_WORDS.has(x.lower) || SERVICES.has(x.lower),
        );
      const fed =
        t.lower === 'new' && tokens.slice(i + 1).some((x) => SERVICES.has(x.lower) && (x.lower === 'rss' || tokens.indexOf(x) < i + 8));
      // "each new message in our support mailbox": the mailbox says how it comes.
      const mailbox = tokens.some((x) => MAILBOXES.has(x.lower));
      // "new applications arrive by email": how they come, said in the same clause.
      const clause = tokens.slice(i, clauseEnd(tokens, i));
      const mailed = mailbox || clause.some((_, k) => mailArrivesAt(tokens, i + k));
      if (phrase.length > 0 && (from || fed)) return { trigger: mailed ? EMAIL : inbound(phrase), from: i, to: i + 1 + phrase.length };
    }
    if (!scheduled && servicesThingsAct(tokens, i)) return { trigger: inbound(tokens.slice(i, i + 2)), from: i, to: i + 2 };
    const each = !scheduled ? eachArrivalActs(tokens, i) : -1;
    if (each > 0) return { trigger: inbound(tokens.slice(i, each)), from: i, to: each };
    const came = !scheduled ? cameFromOurPlace(tokens, i) : -1;
    if (came > 0) return { trigger: inbound(tokens.slice(i, came)), from: i, to: came };
    if (SERVICES.has(t.lower)) {
      const sends =
        saysVerbAt(tokens, i + 1, SERVICE_VERBS) ||
        // "orders from Shopify" come in; on a schedule the run fetches them ("each morning pull orders from Shopify").
        (!scheduled &&
          FROM_WORDS.has(tokens[i - 1]?.lower ?? '') &&
          tokens.slice(0, i).some((x) => ARRIVAL_VERBS.has(x.lemma) || ARRIVING_NOUNS.has(x.lemma)));
      if (sends) return { trigger: MAILBOXES.has(t.lower) ? EMAIL : WEBHOOK, from: Math.max(0, i - 1), to: i + 2, outright: true };
    }
    // "someone types /ask in Slack", "customers message us on WhatsApp": people act in another system, which calls in.
    if (
      isOutsider(t) &&
      ARRIVAL_VERBS.has(tokens[i + 1]?.lemma ?? '') &&
      tokens.some((x) => SERVICES.has(x.lower) || MAILBOXES.has(x.lower))
    ) {
      return { trigger: inbound(tokens), from: i, to: i + 2 };
    }
    // "people sign up on our landing page": they act on a site of ours, which calls in.
    if (isOutsider(t) && ARRIVAL_VERBS.has(tokens[i + 1]?.lemma ?? '') && atOurPlace(tokens.slice(i + 2, clauseEnd(tokens, i)))) {
      return { trigger: WEBHOOK, from: i, to: i + 2 };
    }
    // "forward vendor invoices to an address" (mail), "POST an image to" (a webhook).
    // "email it to ops@…", "post it to Slack" send results out; they start nothing.
    const forwards = t.lemma === 'forward' && tokens[i + 1]?.pos !== 'PRON';
    // "POSTs", "POSTed": the method's name in capitals is a request sent to the tool.
    // "our signup page POSTs name, email…": a sender named before the method needs no "to".
    const posted = t.text.startsWith('POST') && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN');
    if (posted || ((forwards || t.text.startsWith('POST')) && tokens.slice(i + 1, i + 7).some((x) => x.lower === 'to'))) {
      // Forwarding is what people do with mail, unless an endpoint is named.
      return { trigger: forwards && !tokens.some((x) => ENDPOINT_WORDS.has(x.lower)) ? EMAIL : WEBHOOK, ...span };
    }
    if (
      (t.lemma === 'submit' || t.lemma === 'fill') &&
      tokens.slice(i + 1, i + 6).some((x) => x.lemma === 'form' || x.lemma === 'survey' || x.lemma === 'typeform')
    ) {
      return { trigger: WEBHOOK, ...span };
    }
  }
  return null;
}

function find(text: string): { found: Found; tokens: readonly Token[] } | null {
  let first: { found: Found; tokens: readonly Token[] } | null = null;
  // "their monthly reports" come from others; a run looking back is one said with a period of its own,
  // and what the other sentences of a scheduled tool name as new ("include new signups") is what the run looks back at.
  const scheduled = hasRecurrence(parseSchedule(withoutPeriodMeasures(text)));
  for (const { tokens } of readSentences(text)) {
    if (handsOverByHand(tokens)) continue;
    const found = findIn(tokens, scheduled);
    // A start said outright in a later sentence ("Typeform fires a webhook for each one") outranks one implied before it.
    if (found?.outright) return { found, tokens };
    if (found && !first && !chattedWith(text, found, tokens)) first = { found, tokens };
  }
  return first ?? (scheduled ? null : happening(text));
}

/** Words that name the tool as someone to talk with. */
const CHAT_TOOLS = new Set(['bot', 'chatbot', 'assistant']);

/**
 * "a chatbot for our clinic website: patients describe their symptoms": people acting in a tool that is
 * itself a bot talk with it through its own page — unless it lives in another service or a webhook is said.
 */
function chattedWith(text: string, found: Found, tokens: readonly Token[]): boolean {
  if (found.trigger.kind !== 'webhook') return false;
  const words = readSentences(text).flatMap((s) => s.tokens);
  return (
    words.some((t) => CHAT_TOOLS.has(t.lemma) || CHAT_TOOLS.has(t.lower)) &&
    !words.some((t) => ENDPOINT_WORDS.has(t.lower)) &&
    !tokens.some((t) => SERVICES.has(t.lower))
  );
}

/**
 * "whenever a refund is requested", "when a customer cancels": something happens elsewhere, whatever its words.
 * Read last, when no words of a known kind of start were found; on a schedule such a clause is a condition the run checks.
 */
function happening(text: string): { found: Found; tokens: readonly Token[] } | null {
  for (const { tokens } of readSentences(text)) {
    if (handsOverByHand(tokens)) continue;
    for (let i = 0; i < tokens.length; i++) {
      // "after a customer leaves a review, …" opens such a clause too.
      const after = tokens[i]!.lower === 'after' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an');
      const opener = after ? 1 : opensClause(tokens, i);
      const end = clauseEnd(tokens, i);
      if (opener > 0 && !namesEvent(tokens, i) && !tokens[i]!.negated && saysHappening(tokens, i, i + opener, end))
        return { found: { trigger: inbound(tokens.slice(i, end)), from: i, to: end }, tokens };
    }
  }
  return null;
}

/** `text` without the words that say when it runs ("when a new order record is created"). */
export function withoutEventPhrase(text: string): string {
  const hit = find(text);
  if (!hit) return text;
  const said = written(hit.tokens.slice(hit.found.from, hit.found.to)).trim();
  const at = text.indexOf(said);
  return at >= 0 ? `${text.slice(0, at)} ${text.slice(at + said.length)}` : text;
}

/** The event trigger said in `text`, or null. Record nouns are singular ("lead"). */
export function detectEventTrigger(text: string): EventTrigger | null {
  return find(text)?.found.trigger ?? null;
}
