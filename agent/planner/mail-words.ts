/**
 * Words of mail coming in: mail words and mailboxes, mail said by someone other than us, an
 * address of ours that receives ("sent to invoices@…"), and the verbs and messages of mail
 * arriving. Mail we send ("we email them") is not mail coming in.
 */
import type { Token } from './language';

/** Verbs of mail arriving in an inbox. */
export const MAIL_ARRIVAL = new Set(['arrive', 'get', 'come', 'land', 'receive', 'label']);
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

/** Mail is what comes in: a mail word or an address, or someone other than us emailing ("a customer emails us"). */
export function saysMail(tokens: readonly Token[]): boolean {
  // "mark it Expired and email the recipients": a base-form verb joined to an order is one more order.
  const ordered = (t: Token, k: number) => t.lower === t.lemma && (tokens[k - 1]?.lower === 'and' || tokens[k - 1]?.lower === 'then');
  const sent = (t: Token, k: number) =>
    t.pos === 'VERB' && (OUR_SIDE.has(tokens[k - 1]?.lower ?? '') || ordered(t, k)) && !OURSELVES.has(tokens[k + 1]?.lower ?? '');
  return tokens.some((t, k) => !t.negated && (MAIL_WORDS.has(t.lower) || t.kind === 'email') && !sent(t, k));
}

/** Verbs by which mail reaches an address. */
const RECEIVING = new Set(['send', 'forward', 'receive', 'arrive', 'come', 'land', 'deliver']);

/** The address at `i` receives: "sent to", "forwarded to", "arriving at" just before it — not "send it to" (base form: ours, going out). */
export function receivedAt(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i - 1]?.lower;
  const verb = tokens[i - 2];
  return (to === 'to' || to === 'at' || to === 'in') && !!verb && RECEIVING.has(verb.lemma) && verb.lower !== verb.lemma;
}
