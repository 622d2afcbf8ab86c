/**
 * Mail coming in, said around one word: someone else mails us ("customers mail us their
 * receipts", "applicants email their CVs to jobs@…"), things come by mail ("suppliers send
 * price lists by email", "we get orders via email"), or mail reaches us ("emails that hit
 * our sales inbox"). Mail we send ("we email them", "email me a summary") starts nothing.
 */
import { isService } from './event-words';
import { isAddress } from './mail-words';
import type { Token } from './language';
import { isOutsider } from './outside-people';
import { TIME_NOUNS } from './time-nouns';
import { saysVerbAt } from './verb-forms';
import { WATCHING } from './watched-places';

/** Services that are themselves mailboxes. */
const MAILBOX_SERVICES = new Set(['gmail', 'outlook']);
/** Mail: the verb of mailing, whatever the tagger calls it at a sentence's start ("Applicants email …"), and the thing that comes. */
const MAILING = new Set(['email', 'mail', 'e-mail']);
/** Verbs by which something reaches us ("we get tickets by email" is how work reaches the team, not a start). */
const REACHING = new Set(['come', 'arrive', 'land', 'hit', 'reach', 'pour', 'roll']);
/** Verbs by which someone else sends something to us, or gets in touch. */
const SENDING = new Set(['send', 'forward', 'submit', 'write', 'contact', 'reach']);
/** Words before a channel: "by email", "via e-mail", "over mail". */
const BY_WAY_OF = new Set(['by', 'via', 'over', 'through']);
/** Senders said by pronoun. */
const OTHERS = new Set(['they', 'someone', 'anyone', 'people', 'everyone', 'everybody', 'somebody']);

/** The subject before the verb at `k` is someone other than us: a noun ("customers", "Applicants") or "they". */
function byOthers(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j] && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  const s = tokens[j];
  // A sentence's first word before its verb is its subject, whatever the tagger called it ("Leads contact us"),
  // unless it is an order in its base form ("Send emails to …").
  const named = s?.pos === 'NOUN' || s?.pos === 'PROPN' || (j === 0 && s?.pos === 'VERB' && s.lower !== s.lemma);
  return !!s && (named || OTHERS.has(s.lower)) && !isMail(s);
}

/** The clause around `i`: from the last punctuation before it to the next one. */
function clauseOf(tokens: readonly Token[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && tokens[from - 1]!.pos !== 'PUNCT') from--;
  let to = i;
  while (to < tokens.length && tokens[to]!.pos !== 'PUNCT') to++;
  return { from, to };
}

/** A mail word, also where the tagger left a sentence's first word unlemmatised ("Emails"). */
const isMail = (t: Token) => MAILING.has(t.lemma) || MAILING.has(t.lower.replace(/s$/, ''));

/** Past tense ("came", "arrived") looks back at mail already in: a digest, not a start. */
const past = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('s') && !t.lower.endsWith('ing');

/** Words that open a noun phrase: "a vendor email helper", "our order email template". */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'our', 'my', 'your', 'their']);

/**
 * "a vendor email helper", "the order email template": a bare mail word inside a noun phrase, with a noun after it,
 * names a kind of thing; it is no one mailing.
 */
function namesAKind(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== tokens[i]!.lemma || tokens[i + 1]?.pos !== 'NOUN') return false;
  let j = i - 1;
  while (tokens[j] && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'ADJ')) j--;
  // A singular noun before it: "the supplier emails invoices" would say "emails".
  const head = tokens[i - 1];
  return PHRASE_OPENERS.has(tokens[j]?.lower ?? '') && (!head || head.lower === head.lemma);
}

/** "customers mail us …", "applicants email their CVs to jobs@…". */
function mailedToUs(tokens: readonly Token[], i: number): boolean {
  if (!MAILING.has(tokens[i]!.lemma) || !byOthers(tokens, i) || namesAKind(tokens, i)) return false;
  const next = tokens[i + 1]?.lower;
  // "a customer emails asking for …": people outside the team mailing is mail to us, whatever follows.
  if (next === 'us' || next === 'in' || (outsiderBefore(tokens, i) && !past(tokens[i]!) && VERB_FOLLOWERS.has(tokens[i + 1]?.pos ?? '')))
    return true;
  const { to } = clauseOf(tokens, i);
  const rest = tokens.slice(i + 1, to);
  if (sentIn(rest)) return true;
  return rest.some(
    (t, k) =>
      t.lower === 'to' &&
      (isAddress(rest, k + 1) ||
        rest[k + 1]?.lower === 'us' ||
        rest.slice(k + 1, k + 4).some((x) => x.lower === 'our' || x.lemma === 'address' || x.lemma === 'inbox')),
  );
}

/** Words of what is sent: "their timesheets", "receipts". */
const SENT_THING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "People email receipts in and …", "staff email their timesheets in": the particle after the things sent ends the clause ("email quotes in the afternoon" does not). */
function sentIn(rest: readonly Token[]): boolean {
  const at = rest.findIndex((t) => t.lower === 'in');
  if (at < 1 || at > 4 || !rest.slice(0, at).every((t) => SENT_THING.has(t.pos) || t.lower === 'their')) return false;
  const after = rest[at + 1];
  return !after || after.pos === 'CCONJ' || after.pos === 'PUNCT';
}

/** What follows a verb, not a noun ("a client emails asking", "customers email their …"; not "the customer email and …"). */
const VERB_FOLLOWERS = new Set(['DET', 'PRON', 'VERB', 'ADP', 'PART']);

/** The subject before the verb at `k` is one of the people outside the team ("customers", "a client"). */
function outsiderBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j] && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  return isOutsider(tokens[j]);
}

/** The subject before the verb at `k` opens its clause ("Customers reply …", "if a contact replies"), not a when-clause, read as one. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j] && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  j--;
  while (tokens[j] && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.lower === 'our')) j--;
  return !tokens[j] || tokens[j]!.pos === 'PUNCT' || tokens[j]!.pos === 'CCONJ' || tokens[j]!.lower === 'if';
}

/** "customers reply to our shipping notices": people outside the team replying write to us, unless another service carries it. */
function othersReply(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // The tagger reads a plural's "reply to" as a noun at times ("Customers reply to …").
  const verb = t.pos === 'VERB' || tokens[i + 1]?.lower === 'to';
  if (t.lemma !== 'reply' || !verb || past(t) || !outsiderBefore(tokens, i) || !opensClause(tokens, i)) return false;
  return !tokens.some((x) => isService(x) && !MAILBOX_SERVICES.has(x.lower));
}

/** "suppliers send their price lists by email", "orders come in via email", "we get quotes by mail". */
function cameByMail(tokens: readonly Token[], i: number): boolean {
  if (!isMail(tokens[i]!) || !BY_WAY_OF.has(tokens[i - 1]?.lower ?? '')) return false;
  // "clients send us receipts, bank statements and invoices by email": the things sent may be a list.
  let { from } = clauseOf(tokens, i);
  while (tokens[from - 1]?.text === ',' && tokens[from]?.pos === 'NOUN' && tokens[from - 2]?.pos === 'NOUN')
    from = clauseOf(tokens, from - 2).from;
  for (let k = i - 2; k >= from; k--) {
    const t = tokens[k]!;
    // The tagger reads a sentence's first verb as a noun at times ("Leads contact us by email").
    if (t.pos !== 'VERB' && !(tokens[k + 1]?.lower === 'us' && SENDING.has(t.lemma))) continue;
    return (REACHING.has(t.lemma) && !past(t)) || (SENDING.has(t.lemma) && byOthers(tokens, k));
  }
  return false;
}

/** Words before mail that name it as a subject, not a thing sent ("send emails to …"). */
const EACH = new Set(['each', 'every', 'all', 'any']);

/** "Emails to jobs@… should be screened", "every mail to our support address": mail named by where it was sent. */
function mailToAddress(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!isMail(tokens[i]!) || tokens[i + 1]?.lower !== 'to' || !(!before || before.pos === 'PUNCT' || EACH.has(before.lower))) return false;
  const to = tokens.slice(i + 2, i + 6);
  return isAddress(to, 0) || to.some((_, k) => ourAddress(tokens, i + 2 + k));
}

/** "emails that hit our sales inbox", "mail landing in the shared inbox". */
function mailReaches(tokens: readonly Token[], i: number): boolean {
  if (!isMail(tokens[i]!)) return false;
  const k = tokens[i + 1]?.lower === 'that' || tokens[i + 1]?.lower === 'which' ? i + 2 : i + 1;
  const verb = tokens[k];
  return !!verb && saysVerbAt(tokens, k, REACHING) && !past(verb);
}

/** Where mail is sent to us. */
const BOXES = new Set(['address', 'inbox', 'mailbox']);

/** "our support address", "the shared address": an address of ours is a mailbox (an address field is not). */
function ourAddress(tokens: readonly Token[], i: number): boolean {
  if (!BOXES.has(tokens[i]!.lemma)) return false;
  const before = tokens.slice(Math.max(0, i - 3), i);
  const own = before.findIndex((t) => t.lower === 'our');
  return own >= 0 && !before.slice(own).some((t) => t.pos === 'PUNCT');
}

/** "clients write to our support address", "customers write to help@…", "each message our help address receives". */
function reachesOurAddress(tokens: readonly Token[], i: number): boolean {
  if (!ourAddress(tokens, i) && tokens[i]!.kind !== 'email') return false;
  const next = tokens[i + 1];
  if (next && next.lemma === 'receive' && !past(next)) return true;
  const { from } = clauseOf(tokens, i);
  const to = tokens.slice(from, i).findLastIndex((t) => t.lower === 'to');
  // "write to …", or the verb before what is sent: "suppliers send invoices to …".
  const lastVerb = tokens.slice(from, from + Math.max(0, to)).findLastIndex((t) => t.pos === 'VERB');
  const v = to > 0 ? (lastVerb >= 0 ? lastVerb : to - 1) : -1;
  const verb = v >= 0 ? tokens[from + v] : undefined;
  return !!verb && (SENDING.has(verb.lemma) || MAILING.has(verb.lemma)) && byOthers(tokens, from + v);
}

/** Words before an address set up for the purpose: "to an address", "to one address". */
const SOME = new Set(['a', 'an', 'one']);
/** Verbs of sending mail on. */
const MAILING_ON = new Set(['send', 'forward', 'email', 'mail']);

/**
 * "people forward event emails (…) to one address", "they email it to a dedicated company address": mail sent
 * to an address said with "a" or "one" goes to one set up for the tool (one named — "the client's", "an address I
 * choose" — is someone's to send to).
 */
function sentToAddressOfItsOwn(tokens: readonly Token[], i: number): boolean {
  if (!BOXES.has(tokens[i]!.lemma)) return false;
  const next = tokens[i + 1];
  if (next && (next.pos === 'PRON' || next.pos === 'DET')) return false;
  let k = i - 1;
  while (k > i - 4 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN')) k--;
  if (!SOME.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'to') return false;
  let v = k - 2;
  while (v >= 0 && v > k - 16 && tokens[v]!.text !== '.' && tokens[v]!.text !== ';') {
    if (MAILING_ON.has(tokens[v]!.lemma) && tokens[v + 1]?.lower !== 'me') return true;
    v--;
  }
  return false;
}

/** Places mail is kept. */
const MAILBOXES = new Set(['inbox', 'mailbox', 'gmail', 'outlook']);

/** "watch the support inbox", "monitor my Gmail": what arrives there is what the tool acts on. */
function mailboxWatched(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return WATCHING.has(t.lemma) && t.pos === 'VERB' && tokens.slice(i + 1, i + 5).some((x) => MAILBOXES.has(x.lemma));
}

/** Words that open a relative clause, or own its subject: "emails that we get", "the emails our clients send". */
const RELATIVE_OPENERS = new Set(['that', 'which', 'our', 'my']);
/** Verbs of our getting mail. */
const GETTING = new Set(['get', 'receive']);
/** The speaker, alone or for the team. */
const US = new Set(['we', 'i']);

/** Verbs of sending, getting or answering mail, which a relative clause after a mail word may say. */
const RELATIVE_VERBS = new Set(['get', 'receive', 'send', 'forward', 'submit', 'write', 'email', 'mail']);

/**
 * The subject and verb of a relative clause right after `i` ("… we get", "… people can send"), when one follows.
 * The verb is known by its lemma: the tagger reads "forward" after "can" as an adverb at times.
 */
function relativeAfter(tokens: readonly Token[], i: number): { subject: Token; verb: Token } | null {
  let k = i + 1;
  while (tokens[k] && RELATIVE_OPENERS.has(tokens[k]!.lower)) k++;
  const subject = tokens[k];
  if (!subject || !(subject.pos === 'PRON' || subject.pos === 'NOUN' || subject.pos === 'PROPN')) return null;
  let v = k + 1;
  while (tokens[v] && !RELATIVE_VERBS.has(tokens[v]!.lemma) && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV')) v++;
  const verb = tokens[v];
  return verb && RELATIVE_VERBS.has(verb.lemma) && !past(verb) ? { subject, verb } : null;
}

/** "the order emails we get from Amazon", "emails customers send about refunds": mail named by our getting it, or others sending it, now. */
function mailWeGet(tokens: readonly Token[], i: number): boolean {
  if (!isMail(tokens[i]!)) return false;
  const said = relativeAfter(tokens, i);
  if (!said) return false;
  if (US.has(said.subject.lower)) return GETTING.has(said.verb.lemma);
  return (isOutsider(said.subject) || OTHERS.has(said.subject.lower)) && (SENDING.has(said.verb.lemma) || MAILING.has(said.verb.lemma));
}

/** "an inbox people can send receipts to", "an address our clients forward invoices to": a mailbox things are sent to. */
function boxSentTo(tokens: readonly Token[], i: number): boolean {
  if (!BOXES.has(tokens[i]!.lemma)) return false;
  const said = relativeAfter(tokens, i);
  if (!said || !(MAILING_ON.has(said.verb.lemma) || SENDING.has(said.verb.lemma))) return false;
  // The clause ends on its "to": what is sent goes to the mailbox itself.
  const { to } = clauseOf(tokens, i + 1);
  const end = tokens.slice(tokens.indexOf(said.verb), to).findIndex((t) => t.lower === 'to');
  const after = end < 0 ? undefined : tokens[tokens.indexOf(said.verb) + end + 1];
  return end >= 0 && (!after || after.pos === 'PUNCT' || after.pos === 'CCONJ');
}

/** Verbs and nouns of answering: "reply to emails asking …", "draft responses to the emails customers send". */
const ANSWERING = new Set(['reply', 'respond', 'response']);

/** "reply to emails about opening hours", "responses to customer emails": mail answered is mail that came in. */
function mailAnswered(tokens: readonly Token[], i: number): boolean {
  if (!isMail(tokens[i]!) || tokens[i]!.lower === tokens[i]!.lemma) return false;
  const before = tokens.slice(Math.max(0, i - 4), i);
  const to = before.findLastIndex((t) => t.lower === 'to');
  // "reply automatically to emails": an adverb may stand between.
  const answer = before.slice(0, Math.max(0, to)).findLast((t) => t.pos !== 'ADV');
  return to > 0 && !!answer && ANSWERING.has(answer.lemma) && before.slice(to + 1).every((t) => t.pos !== 'VERB' && t.pos !== 'PUNCT');
}

/** "email in your receipts and …", "Email in the signed forms.": an order opening the sentence to mail things in to the tool. */
function mailInOrdered(tokens: readonly Token[], i: number): boolean {
  if (i !== 0 || !MAILING.has(tokens[i]!.lemma) || tokens[i + 1]?.lower !== 'in') return false;
  // "email in the morning": when, not what.
  const thing = tokens.slice(i + 2, i + 5).find((t) => t.pos === 'NOUN');
  return !!thing && !TIME_NOUNS.has(thing.lemma);
}

/** Mail comes in, said at token `i`. */
export function mailArrivesAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.negated) return false;
  return (
    othersReply(tokens, i) ||
    mailboxWatched(tokens, i) ||
    mailedToUs(tokens, i) ||
    mailInOrdered(tokens, i) ||
    cameByMail(tokens, i) ||
    mailReaches(tokens, i) ||
    mailToAddress(tokens, i) ||
    reachesOurAddress(tokens, i) ||
    sentToAddressOfItsOwn(tokens, i) ||
    mailWeGet(tokens, i) ||
    boxSentTo(tokens, i) ||
    mailAnswered(tokens, i)
  );
}
