/**
 * What a clause saying when something happens names as the start ("when a new lead is added",
 * "whenever a customer emails us", "when Fireflies finishes a transcript"): a new record, mail
 * coming in, or a call from another system; or nothing, when it is the person's own need
 * ("whenever I need to reply to a tough email").
 */
import { droppedTrigger, ROWS } from './folder-drops';
import { EMAIL, type EventTrigger, inbound, WEBHOOK } from './event-trigger';
import { ENDPOINT_WORDS } from './endpoint-words';
import { ARRIVAL_VERBS, ARRIVING_NOUNS, isService } from './event-words';
import type { Token } from './language';
import { MAILBOXES, OUR_SIDE, saysMail } from './mail-words';
import { isOutsider } from './outside-people';
import { namesElsewhere } from './happening';
import { madeInOutsideProduct } from './outside-products';
import { readingCrosses } from './readings';
import { CREATED_VERBS, newInRecordPlace } from './record-places';
import { speakerRecord } from './speaker-records';
import { recordOwner } from './table-owners';
import { COMING, FRESH } from './when-clauses';

/** Verbs of keeping a thing, which the tool does with its own rows: "is saved", "gets logged". */
const KEEPING = new Set(['save', 'log', 'record']);
/** Verbs of the person's own need: "whenever I need to reply to a tough email" is an occasion to use the tool. */
const NEEDING = new Set(['need', 'want', 'have', 'like', 'wish']);

/** Verbs of a row changing: "a row gets updated", "a row's status changes to Ready", "a row gets the status Done". */
const ROW_CHANGES = new Set(['update', 'change', 'get', 'move', 'switch', 'become', 'reach']);

/** Modals of ability: "customers can add it to their calendar" says what someone is able to do, not that it happened. */
const ABLE = new Set(['can', 'could', 'may', 'might']);
/** Particles that make "log" a session's start or end ("logs out of the till", "logs in"), not a record kept. */
const SESSION_PARTICLES = new Set(['in', 'out', 'on', 'off']);
/** Words that begin a place or a thing after "in"/"on": "logged in the sheet" keeps a record there. */
const PLACE_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** "an employee logs out of our point-of-sale", "when a user logs in": the phrasal verb of a session at `k`. */
function loggedInOrOut(clause: readonly Token[], k: number): boolean {
  const particle = clause[k + 1]?.lower ?? '';
  if (clause[k]!.lemma !== 'log' || !SESSION_PARTICLES.has(particle)) return false;
  return particle === 'out' || particle === 'off' || !PLACE_START.has(clause[k + 2]?.pos ?? '');
}

/** The record whose making or change the clause says, or null; `created` is where its verb of making is. */
function newRecord(clause: readonly Token[], created: number): string | null {
  if (created > 0) {
    const noun = [...clause.slice(0, created)].reverse().find((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !isService(t));
    // "as soon as the request is saved": what comes in is a record once kept, and keeping is what the tool does.
    const kept = KEEPING.has(clause[created]!.lemma) && !namesElsewhere(clause);
    if (noun && (!ARRIVING_NOUNS.has(noun.lemma) || kept)) return noun.lemma === 'record' ? recordOwner(clause, noun) : noun.lemma;
  }
  // "for each new post on my blog", "a new contact appears in our CRM": a new thing in a place that keeps it is a record there.
  // "whenever I create a calendar event", "when I mark a project Done in my projects table": the speaker makes or
  // changes a record of theirs, and that starts the run.
  return newInRecordPlace(clause) ?? speakerRecord(clause, created);
}

/** The start said by the clause `tokens[from, to)`; `nominal` when it was opened by an event said as a noun ("on every …"). */
export function inClause(tokens: readonly Token[], from: number, to: number, nominal: boolean): EventTrigger | null {
  const clause = tokens.slice(from, to);
  // "when an order doesn't come in at the ordered quantities": something not happening is a condition checked, not an arrival.
  if (clause.some((t) => t.lemma === 'not' && t.pos === 'PART')) return null;
  if (OUR_SIDE.has(clause[0]?.lower ?? '') && clause[0]?.lower !== 'it' && NEEDING.has(clause[1]?.lemma ?? '')) return null;
  // "collect them as they arrive", "as each message arrives, file it … out of the inbox": what arrives is what the sentence works on.
  const opener = tokens[from - 1]?.lower === 'as' || tokens[from - 2]?.lower === 'as';
  if (opener && clause.some((t) => t.lemma === 'arrive' || t.lemma === 'come')) return inbound(tokens);
  if (readingCrosses(clause)) return WEBHOOK;
  // "a new lead is added", "a new expense record is created" — unless it is created in another system.
  // The clause's own verb: "when a customer pays on Stripe send them … and add them to the list" adds in the run, after it.
  const firstVerb = clause.findIndex((t) => t.pos === 'VERB' && t.lemma !== 'get' && t.lemma !== 'be' && t.lemma !== 'have');
  const created = clause.findIndex(
    (t, k) =>
      CREATED_VERBS.has(t.lemma) &&
      (t.pos === 'VERB' || t.lower.endsWith('ed')) &&
      (firstVerb < 0 || k <= firstVerb) &&
      !ABLE.has(clause[k - 1]?.lower ?? '') &&
      !loggedInOrOut(clause, k),
  );
  // "I add a new row", "a row … gets updated": a row of the app's own table ("a donation is recorded" keeps a donation: the verb is no row).
  const row = clause.find((t) => ROWS.has(t.lemma) && t.pos !== 'VERB');
  // "for every new row of data in our sheet", "a new row appears in the sheet": a new row is a row added.
  const fresh = row && clause.some((t, k) => (FRESH.has(t.lower) && k < clause.indexOf(row)) || (COMING.has(t.lemma) && t.pos === 'VERB'));
  if (row && (created >= 0 || fresh || clause.some((t) => ROW_CHANGES.has(t.lemma))))
    return { kind: 'record-created', noun: recordOwner(clause, row) };
  // "a new contact is created in our CRM": a new record starts the run. One made in an outside product
  // ("… in HubSpot") is that product's event, which it sends as a call.
  const record = newRecord(clause, created);
  if (record) return madeInOutsideProduct(clause) ? WEBHOOK : { kind: 'record-created', noun: record };
  // "when someone uploads a file to our Drive folder": a file put in a folder, whatever service holds it.
  for (let k = from; k < to; k++) {
    const dropped = droppedTrigger(tokens, k, true);
    if (dropped) return dropped;
  }
  // "(it posts to a webhook)" says how it comes, whatever else the clause names.
  if (clause.some((t) => ENDPOINT_WORDS.has(t.lower))) return WEBHOOK;
  // "when Fireflies finishes a transcript", "after each Zoom meeting ends": another system calls in,
  // whatever the run then mails ("every time Stripe tells us a payment went through - email the customer").
  if (clause.some((t) => isService(t) && !MAILBOXES.has(t.lower))) return WEBHOOK;
  // "when a new email arrives", "when a customer emails us": mail comes in.
  if (saysMail(clause, tokens)) return EMAIL;
  // "when a customer replies to our newsletter": replies come by mail unless a service is named (above).
  if (clause.some((t) => t.lemma === 'reply' && t.pos === 'VERB')) return EMAIL;
  if (created > 0 && clause.slice(0, created).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return WEBHOOK;
  const arrives = clause.some((t) => ARRIVAL_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN'));
  const arriving = clause.some((t) => (ARRIVING_NOUNS.has(t.lemma) && t.pos !== 'VERB') || ENDPOINT_WORDS.has(t.lower) || isService(t));
  // "when a patient books a slot": someone acting where no other place is named uses the tool's own form.
  const someoneElsewhere = clause.some(isOutsider) && (tokens.some((t) => isService(t)) || namesElsewhere(clause));
  if (arrives && (arriving || someoneElsewhere)) return WEBHOOK;
  // "on every form submission": the event is the thing that comes.
  if (nominal && arriving) return WEBHOOK;
  // "Gmail: when I put a label on a thread": an event in a sentence about a mailbox happens in it. A mailbox named
  // after the clause is where the run puts what it makes ("…, save it as a Gmail draft").
  return tokens.slice(0, to).some((t) => MAILBOXES.has(t.lower)) && clause.some((t) => t.pos === 'VERB') ? EMAIL : null;
}
