/**
 * The start said in one sentence, and the words that say it: first a clause saying when
 * something happens ("when a form is submitted") or a new row of a table ("for every new expense
 * record"), then a start said around one word ("Typeform fires a webhook", "emails that hit our
 * inbox", "incoming orders", "people sign up on our landing page"). On a schedule, what comes in
 * is what a run looks back at, so most of these readings step aside.
 */
import { cameFromOurPlace, eachArrivalActs, newPeopleAct, servicesThingsAct } from './arrival-subjects';
import { cameIn, cameThrough, eachCodeChange, eachFromService, FROM_WORDS, fromNamedSystem, triggeredBy } from './arrival-phrases';
import { messagesBot, sentToServiceBot } from './bot-messages';
import { calledBySystemAt } from './callers';
import { ENDPOINT_WORDS, namesTopic } from './endpoint-words';
import { inClause } from './event-clause';
import { EMAIL, type EventTrigger, inbound, WEBHOOK } from './event-trigger';
import { ARRIVAL_VERBS, ARRIVING_NOUNS, isService, NEW_ARRIVALS } from './event-words';
import { droppedTrigger, ROWS } from './folder-drops';
import { peopleActOn } from './happening';
import { KEEP_VERBS } from './keep-sense';
import { isArrow, type Token } from './language';
import { mailArrivesAt } from './mail-arrival';
import { INCOMING, isAddress, MAIL_ARRIVAL, MAIL_WORDS, MAILBOXES, oneOfSeveral, receivedAt } from './mail-words';
import { atOurPlace, isOutsider } from './outside-people';
import { TABLE_WORDS, tableOwner } from './table-owners';
import { thingsComeIn } from './things-come-in';
import { watchesPlace } from './watched-places';
import { saysVerbAt } from './verb-forms';
import { clauseEnd, COMING, FRESH, namesEvent, opensClause } from './when-clauses';
import { singular } from './words';

export interface Found {
  trigger: EventTrigger;
  /** Said outright as a call from another system ("Typeform fires a webhook"): outranks a start only implied elsewhere. */
  outright?: boolean;
  /** Said in words that leave no doubt a run starts elsewhere (a place watched, a bot written to, a command typed in a chat): no learned reading overrules it. */
  sure?: boolean;
  /** Token span of the words that say it, within the sentence. */
  from: number;
  to: number;
}

/** Names of a mailbox said after "email": "our legal email alias", "our support email address". */
const MAILBOX_NAMES = new Set(['alias', 'address', 'inbox', 'account']);
/** Prepositions before a place mail goes into: "come into our legal email alias" ("from our … address" sends out). */
const INTO = new Set(['into', 'in', 'to', 'at']);

/** "… into our legal email alias": the mail word at `i` names a mailbox of ours that things go into. */
function ourMailbox(tokens: readonly Token[], i: number): boolean {
  if (!MAILBOX_NAMES.has(tokens[i + 1]?.lemma ?? '')) return false;
  const our = tokens.slice(Math.max(0, i - 3), i).findIndex((t) => t.lower === 'our');
  return our >= 0 && INTO.has(tokens[Math.max(0, i - 3) + our - 1]?.lower ?? '');
}

/** Verbs of sending a message by phone or chat ("text me", "message us"). */
const MESSAGING = new Set(['text', 'message', 'dm', 'whatsapp']);
/** The speaker or their team, sent to. */
const TO_US = new Set(['me', 'us']);
/** Verbs a service calls in with. */
const SERVICE_VERBS = new Set(['send', 'post', 'call', 'fire', 'trigger', 'push', 'forward', 'hit']);

/** Pronouns for what the run made, which a service passes on: "Slack will post it". */
const RUN_RESULTS = new Set(['it', 'them', 'this', 'that']);

/**
 * Where the message after "every" at `i` is, past up to two words naming its kind ("every support email"), or -1.
 * One followed by its object is an order ("every week email the leaders").
 */
function messageAfter(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 3 && tokens[k]; k++) {
    const after = tokens[k + 1];
    const object = after?.pos === 'DET' || (after?.pos === 'PRON' && after.lower !== 'that' && after.lower !== 'which');
    const named = tokens[k]!.pos === 'NOUN' && !object;
    if (INCOMING.has(tokens[k]!.lemma) && (k === i + 1 || named)) return k;
    if (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'PROPN') return -1;
  }
  return -1;
}

/** "the New Order page", "move New request -> Active": "New" capitalised inside a sentence begins a name, not something new. */
const titledNew = (tokens: readonly Token[], i: number) =>
  FRESH.has(tokens[i]!.lower) && i > 0 && /^[A-Z]/.test(tokens[i]!.text) && tokens[i - 1]!.pos !== 'PUNCT';

/** Words that may name which mail: "new enquiry emails", "the homeowner's emails". */
const NAMING_MAIL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PART']);

/** `link` is a noun phrase ending in a mail word, with no verb: "homeowner warranty emails" (not "right click an email"). */
function mailNamedFirst(link: readonly Token[]): boolean {
  // "->" is read as "-" then ">": the dash belongs to the arrow.
  const head = link.at(-1)?.text === '-' || link.at(-1)?.text === '=' ? link.slice(0, -1) : link;
  const last = head.at(-1);
  // An article opens the phrase or not at all: "right click an email" is an act on one.
  const named = head.every((x, k) => x === last || (NAMING_MAIL.has(x.pos) && (x.pos !== 'DET' || k === 0)));
  return !!last && (last.lower === 'email' || last.lower === 'emails') && named;
}

/** The start said in the sentence `tokens`, or null; `scheduled` when the tool also runs on a schedule. */
export function findIn(tokens: readonly Token[], scheduled: boolean): Found | null {
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
      if (noun && tabled && !isService(noun) && (ROWS.has(noun.lemma) || ROWS.has(tokens[at + 1]?.lemma ?? ''))) {
        const owner = ROWS.has(noun.lemma) ? tableOwner(tokens.slice(at + 1, at + 7)) : noun.lemma;
        return { trigger: { kind: 'record-created', noun: owner }, from: i, to: at + 2 };
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.negated || titledNew(tokens, i)) continue;
    const span = { from: i, to: i + 1 };
    if ((ENDPOINT_WORDS.has(t.lower) && !namesTopic(tokens, i)) || calledBySystemAt(tokens, i)) return { trigger: WEBHOOK, ...span };
    if (!scheduled && eachFromService(tokens, i)) return { trigger: WEBHOOK, ...span };
    if (!scheduled && eachCodeChange(tokens, i)) return { trigger: WEBHOOK, ...span, sure: true };
    // "watch our support gmail": a watched mailbox receives mail.
    if (!scheduled && watchesPlace(tokens, i))
      return { trigger: tokens.slice(i + 1, i + 6).some((x) => MAILBOXES.has(x.lower)) ? EMAIL : WEBHOOK, ...span, sure: true };
    // "when a contract is dropped into our Contracts folder": each file put there starts a run.
    const dropped = droppedTrigger(tokens, i);
    if (dropped) return { trigger: dropped, ...span };
    if (!scheduled && cameThrough(tokens, i))
      return { trigger: inbound(tokens.slice(i - 1, clauseEnd(tokens, i)), tokens), from: i - 1, to: i + 1 };
    const subject = triggeredBy(tokens, i);
    if (subject) return { trigger: inbound(subject, tokens), from: i - subject.length, to: i + 1 };
    // "anything sent to invoices@acme.test", "mail that arrives at support@…": an address of ours receives.
    if (isAddress(tokens, i) && receivedAt(tokens, i)) return { trigger: EMAIL, ...span };
    // "customers mail us their receipts", "price lists come by email" (on a schedule, mail in is what a run looks back at).
    if (!scheduled && mailArrivesAt(tokens, i)) return { trigger: EMAIL, ...span };
    // "tickets arrive in our support inbox", "emails get a label in Gmail": mail comes in ("what the inbox received" is a look back).
    if (
      MAIL_WORDS.has(t.lower) &&
      !oneOfSeveral(tokens, i) &&
      (t.lower !== 'email' && t.lower !== 'emails'
        ? true
        : tokens[i + 1]?.lemma === 'get' || receivedAt(tokens, i + 2) || ourMailbox(tokens, i)) &&
      tokens.some((x, k) => saysVerbAt(tokens, k, MAIL_ARRIVAL) && !x.lower.endsWith('ed'))
    ) {
      return { trigger: EMAIL, ...span };
    }
    // "read every reply to our cold email campaign", "classify every support email": each message that comes in starts a run.
    // "an unsubscribe link in every email": what sits in each one is what the run writes.
    const message = (t.lower === 'every' || t.lower === 'each') && tokens[i - 1]?.lower !== 'in' ? messageAfter(tokens, i) : -1;
    if (message > 0 && tokens.some((x) => MAIL_WORDS.has(x.lower) || isService(x))) {
      return { trigger: inbound(tokens), from: i, to: message + 1 };
    }
    // "save every Gmail attachment", "each Outlook message": each thing of a mailbox is mail that came in.
    if (
      (t.lower === 'every' || t.lower === 'each') &&
      !scheduled &&
      MAILBOXES.has(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.pos === 'NOUN'
    ) {
      return { trigger: EMAIL, from: i, to: i + 3 };
    }
    // "incoming emails", "new typeform lead submission", "each new job on the RSS feed".
    // "new tl;dv recording → summary → …": the builders' shorthand, whose first link is what starts it.
    const arrow = tokens.findIndex((_, k) => isArrow(tokens, k));
    // "HubSpot form submission -> enrich -> score": a service's thing as the first link starts it too.
    const serviceFirst = arrow > 1 && tokens.slice(0, arrow).some((x) => isService(x)) && !scheduled;
    // "homeowner warranty emails -> log …": mail named by nouns alone as the first link arrives.
    if (i === 0 && arrow > 1 && !scheduled && mailNamedFirst(tokens.slice(0, arrow))) return { trigger: EMAIL, from: 0, to: arrow };
    if (i === 0 && (FRESH.has(t.lower) || serviceFirst) && arrow > 1) {
      // "New row in our campaigns sheet → …": a row of a table is a record ("new recorded call" names no row).
      const head = tokens.slice(0, arrow);
      const row = head.findIndex((x) => ROWS.has(x.lemma) && x.pos !== 'VERB');
      const trigger: EventTrigger = row > 0 ? { kind: 'record-created', noun: tableOwner(head.slice(row + 1)) } : inbound(head, tokens);
      return { trigger, from: 0, to: arrow };
    }
    // "save a new page" is made by the run; "every Saturday … new issues, new users" is what a scheduled run looks at.
    // "when a new review comes in": one that comes is no thing made.
    const comes = tokens.slice(i + 1, i + 5).some((x) => COMING.has(x.lemma) && x.pos === 'VERB' && !x.lower.endsWith('ed'));
    const made = (tokens[i - 1]?.lower === 'a' || tokens[i - 1]?.lower === 'an') && !comes;
    if ((FRESH.has(t.lower) || cameIn(tokens, i)) && !made && !scheduled) {
      const next = tokens.slice(i + 1, i + 4);
      const end = next.findIndex((x) => x.pos !== 'NOUN' && x.pos !== 'PROPN');
      const phrase = end < 0 ? next : next.slice(0, end);
      // "each submitted expense claim": the participle says it came, whatever it is.
      // "every inbound lead": what is said incoming came, whatever it is ("track incoming calls" keeps them by hand).
      const from =
        cameIn(tokens, i) ||
        (t.lower !== 'new' && !KEEP_VERBS.has(tokens[i - 1]?.lemma ?? '')) ||
        phrase.some(
          (x) =>
            ARRIVING_NOUNS.has(x.lemma) ||
            ARRIVING_NOUNS.has(singular(x.lower)) ||
            NEW_ARRIVALS.has(x.lemma) ||
            MAIL_WORDS.has(x.lower) ||
            isService(x),
        );
      const fed = t.lower === 'new' && tokens.slice(i + 1).some((x) => isService(x) && (x.lower === 'rss' || tokens.indexOf(x) < i + 8));
      // "each new message in our support mailbox": the mailbox says how it comes.
      const mailbox = tokens.some((x) => MAILBOXES.has(x.lower));
      // "new applications arrive by email": how they come, said in the same clause.
      const clause = tokens.slice(i, clauseEnd(tokens, i));
      const mailed = mailbox || clause.some((_, k) => mailArrivesAt(tokens, i + k));
      if (phrase.length > 0 && (from || fed))
        return { trigger: mailed ? EMAIL : inbound(phrase, tokens), from: i, to: i + 1 + phrase.length };
    }
    if (!scheduled && servicesThingsAct(tokens, i)) return { trigger: inbound(tokens.slice(i, i + 2), tokens), from: i, to: i + 2 };
    const each = !scheduled ? eachArrivalActs(tokens, i) : -1;
    if (each > 0) return { trigger: inbound(tokens.slice(i, each), tokens), from: i, to: each };
    const joined = !scheduled ? newPeopleAct(tokens, i) : -1;
    if (joined > 0) return { trigger: inbound(tokens.slice(i, joined), tokens), from: i, to: joined };
    const came = !scheduled ? cameFromOurPlace(tokens, i) : -1;
    if (came > 0) return { trigger: inbound(tokens.slice(i, came), tokens), from: i, to: came };
    // "Messages come in from our website form": a plain statement of how the work reaches the team.
    const coming = !scheduled ? thingsComeIn(tokens, i) : null;
    if (coming) return { trigger: inbound(tokens.slice(coming.from, clauseEnd(tokens, i)), tokens), ...coming };
    if (isService(t)) {
      // "Zapier will send us …": a helping verb may stand between ("Slack will then post it" passes on what the run made).
      let v = i + 1;
      while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV') v++;
      const made = v > i + 1 && RUN_RESULTS.has(tokens[v + 1]?.lower ?? '');
      const sends =
        (saysVerbAt(tokens, v, SERVICE_VERBS) && !made) ||
        // "orders from Shopify" come in; on a schedule the run fetches them ("each morning pull orders from Shopify").
        (!scheduled &&
          FROM_WORDS.has(tokens[i - 1]?.lower ?? '') &&
          tokens.slice(0, i).some((x) => ARRIVAL_VERBS.has(x.lemma) || ARRIVING_NOUNS.has(x.lemma)));
      if (sends)
        return {
          trigger: MAILBOXES.has(t.lower) && !oneOfSeveral(tokens, i) ? EMAIL : WEBHOOK,
          from: Math.max(0, i - 1),
          to: i + 2,
          outright: true,
        };
    }
    if (!scheduled && fromNamedSystem(tokens, i)) return { trigger: WEBHOOK, from: i - 2, to: i + 1 };
    // "someone types /ask in Slack", "customers message us on WhatsApp": people act in another system, which calls in.
    if (isOutsider(t) && ARRIVAL_VERBS.has(tokens[i + 1]?.lemma ?? '') && tokens.some((x) => isService(x) || MAILBOXES.has(x.lower))) {
      return { trigger: inbound(tokens), from: i, to: i + 2 };
    }
    // "they send a photo to our Telegram bot": the service passes each message on.
    // "messaging a telegram bot", "anyone messages the bot": each message is passed on alike.
    const toBot = Math.max(sentToServiceBot(tokens, i), messagesBot(tokens, i));
    if (toBot > 0) return { trigger: WEBHOOK, from: i, to: toBot, sure: true };
    // "clients text me a photo", "customers message us": a message sent to us from outside comes in through a messaging service.
    if (isOutsider(t) && saysVerbAt(tokens, i + 1, MESSAGING) && TO_US.has(tokens[i + 2]?.lower ?? '')) {
      return { trigger: WEBHOOK, from: i, to: i + 3 };
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
  }
  return null;
}
