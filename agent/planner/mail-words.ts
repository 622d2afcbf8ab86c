/**
 * Words of mail coming in: mail words and mailboxes, mail said by someone other than us, an
 * address of ours that receives ("sent to invoices@…"), and the verbs and messages of mail
 * arriving. Mail we send ("we email them") is not mail coming in.
 */
import type { Token } from './language';

/** Verbs of mail arriving in an inbox. */
export const MAIL_ARRIVAL = new Set(['arrive', 'get', 'come', 'land', 'receive', 'label', 'hit']);
/** Messages that come in one by one: "every reply", "each email". */
export const INCOMING = new Set(['reply', 'email', 'mail', 'message', 'dm']);
/** Email arriving: "forward invoices to", "new emails", "incoming email". */
export const MAIL_WORDS = new Set(['email', 'emails', 'e-mail', 'mail', 'inbox', 'mailbox', 'gmail', 'outlook']);
/** Where mail is kept: an event said in a sentence naming one happens in the mailbox ("Gmail: when I label a thread"). */
export const MAILBOXES = new Set(['inbox', 'mailbox', 'gmail', 'outlook']);
/** Subjects that send mail out rather than receive it ("we email them"). */
export const OUR_SIDE = new Set(['i', 'we', 'it', 'you']);

/** Mail we send to ourselves comes in to us: "when I email myself the query". */
const OURSELVES = new Set(['myself', 'ourselves']);

/** Separators between the items of a list: "email, portal, chat or phone". */
const LIST_JOINS = new Set([',', 'or', 'and', '/']);
/** Words that can open a list's next item: "…, the portal", "…, WhatsApp". */
const ITEM_OPENERS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ']);

/**
 * "tickets come from email, the portal and chat", "(email, WhatsApp, Slack)": mail said as one item of a list of ways
 * in is one channel among several, not what starts the run by itself. `k` indexes the mail word in `sentence`.
 */
export function oneOfSeveral(sentence: readonly Token[], k: number): boolean {
  const joins = (j: number) => LIST_JOINS.has(sentence[j]?.lower ?? '');
  const item = (j: number) => ITEM_OPENERS.has(sentence[j]?.pos ?? '');
  const before = joins(k - 1) && (sentence[k - 2]?.pos === 'NOUN' || sentence[k - 2]?.pos === 'PROPN');
  return before || (joins(k + 1) && item(k + 2) && listGoesOn(sentence, k + 2));
}

/** Stops that end a list. */
const STOPS = new Set(['.', ';', ':', '!', '?']);

/**
 * From `from`, the list goes on to a further join before its clause's verb ("email, the portal's form or chat").
 * Words in brackets are asides, and a capitalised word is a name ("the portal's Submit Ticket"), not a verb.
 */
function listGoesOn(sentence: readonly Token[], from: number): boolean {
  let depth = 0;
  for (let j = from; j < Math.min(sentence.length, from + 10); j++) {
    const t = sentence[j]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (STOPS.has(t.text)) return false;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower) return false;
    else if (LIST_JOINS.has(t.lower)) return true;
  }
  return false;
}

/** An address at `k`: "jobs@acme.test", or a mailbox named by its alias alone ("support@", "dealbyemail@ our domain"). */
export const isAddress = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.kind === 'email' || (tokens[k]?.pos !== 'PUNCT' && tokens[k + 1]?.text === '@' && tokens[k + 1]!.space === '');

/**
 * Mail is what comes in: a mail word or an address, or someone other than us emailing ("a customer emails us").
 * `sentence`, when given, holds `tokens` and shows whether a mail word is one of a list of channels.
 */
export function saysMail(tokens: readonly Token[], sentence: readonly Token[] = tokens): boolean {
  // "mark it Expired and email the recipients": a base-form verb joined to an order is one more order.
  const ordered = (t: Token, k: number) => t.lower === t.lemma && (tokens[k - 1]?.lower === 'and' || tokens[k - 1]?.lower === 'then');
  const sent = (t: Token, k: number) =>
    t.pos === 'VERB' && (OUR_SIDE.has(tokens[k - 1]?.lower ?? '') || ordered(t, k)) && !OURSELVES.has(tokens[k + 1]?.lower ?? '');
  return tokens.some(
    (t, k) =>
      !t.negated && (MAIL_WORDS.has(t.lower) || isAddress(tokens, k)) && !sent(t, k) && !oneOfSeveral(sentence, sentence.indexOf(t)),
  );
}

/** Verbs by which mail reaches an address. */
const RECEIVING = new Set(['send', 'forward', 'receive', 'arrive', 'come', 'land', 'deliver']);

/** Verbs whose subject is the mail itself: "orders arrive at", "claims come into". */
const ARRIVING = new Set(['arrive', 'come', 'land']);

/** Others as the subject of a verb in its base form: "they send to deals@" is mail reaching us, "send it to" is ours going out. */
const SENDERS = new Set(['they', 'people', 'customers', 'clients', 'members', 'users']);

/** The address at `i` receives: "sent to", "forwarded to", "they send to" just before it — not "send it to" (base form: ours, going out). */
export function receivedAt(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i - 1]?.lower;
  const verb = tokens[i - 2];
  // "claims come into claims@": things arriving are named before the verb, whatever its form.
  const thingsArrive = !!verb && ARRIVING.has(verb.lemma) && tokens[i - 3]?.pos === 'NOUN';
  const byOthers = !!verb && (verb.lower !== verb.lemma || SENDERS.has(tokens[i - 3]?.lower ?? '') || thingsArrive);
  return (to === 'to' || to === 'at' || to === 'in' || to === 'into') && !!verb && RECEIVING.has(verb.lemma) && byOthers;
}
