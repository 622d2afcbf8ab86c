/**
 * Arrivals said around one word: each thing a service sends ("each Calendly booking"), a
 * participle of arriving ("each submitted application", "applications submitted through our
 * careers page"), and what comes before "trigger" ("every Stripe payment should trigger …").
 */
import { ARRIVAL_VERBS, ARRIVING_NOUNS, isService } from './event-words';
import type { Token } from './language';
import { MAIL_WORDS, MAILBOXES } from './mail-words';
import { singular } from './words';

/** Prepositions before a service that sends: "from Stripe", "via Zapier". */
export const FROM_WORDS = new Set(['from', 'via', 'through', 'by']);

/** Changes to code, which only a code host (GitHub, GitLab) holds: "every PR", "any pull request", "each new commit". */
const CODE_CHANGES = new Set(['pr', 'prs', 'mr', 'commit', 'push']);
/** Words naming which change: "every open PR", "each merged pull request". */
const CHANGE_STATES = new Set(['new', 'open', 'opened', 'incoming', 'merged']);

/** A change to code is said at `at`: "PR", "pull request", "merge request", "commit". */
const codeChangeAt = (tokens: readonly Token[], at: number) =>
  CODE_CHANGES.has(tokens[at]?.lower ?? '') ||
  CODE_CHANGES.has(singular(tokens[at]?.lower ?? '')) ||
  ((tokens[at]?.lower === 'pull' || tokens[at]?.lower === 'merge') && tokens[at + 1]?.lemma === 'request');

/** "each Calendly booking", "for every order" in a sentence naming Shopify: each thing a service sends is a start. */
export function eachFromService(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'each' && t.lower !== 'every') return false;
  const next = tokens[i + 1];
  const thing = next && isService(next) ? tokens[i + 2] : next;
  const arrives = !!thing && (ARRIVING_NOUNS.has(thing.lemma) || ARRIVING_NOUNS.has(thing.lower));
  return arrives && tokens.some((x) => isService(x) && !MAILBOXES.has(x.lower));
}

/** "on every PR", "block any pull request that …": a change to code needs no service named; its host sends each one. */
export function eachCodeChange(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (t !== 'each' && t !== 'every' && t !== 'any') return false;
  return codeChangeAt(tokens, i + 1 + (CHANGE_STATES.has(tokens[i + 1]?.lower ?? '') ? 1 : 0));
}

/** "each submitted application", "every received order": a participle of arriving after each/every/any. */
export function cameIn(tokens: readonly Token[], i: number): boolean {
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
export function cameThrough(tokens: readonly Token[], i: number): boolean {
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
export function triggeredBy(tokens: readonly Token[], i: number): readonly Token[] | null {
  const t = tokens[i]!;
  if (t.lemma !== 'trigger' || t.pos !== 'VERB') return null;
  let from = i;
  while (from > 0 && tokens[from - 1]!.pos !== 'PUNCT' && i - from < 6) from--;
  const subject = tokens.slice(from, i);
  return subject.some((x) => ARRIVING_NOUNS.has(x.lemma) || isService(x) || MAIL_WORDS.has(x.lower)) ? subject : null;
}

/** Verbs of our receiving what comes: "receive orders from …". */
const RECEIVING = new Set(['receive', 'get']);
/** Prepositions of where arrivals come from ("by" names people who send, not a system). */
const OUT_OF = new Set(['from', 'via', 'through']);

/**
 * "Tickets from Freshdesk get a priority", "receive orders from WooCommerce": arrivals from a place said by its
 * proper name, as a clause's subject or what we receive, come from that system ("translate messages from Maria" does not say they arrive).
 */
export function fromNamedSystem(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const thing = tokens[i - 2];
  if (t.pos !== 'PROPN' || !OUT_OF.has(tokens[i - 1]?.lower ?? '') || !thing) return false;
  if (!(ARRIVING_NOUNS.has(thing.lemma) || ARRIVING_NOUNS.has(singular(thing.lower)))) return false;
  const next = tokens[i + 1];
  const subject = !!next && (next.pos === 'AUX' || next.pos === 'VERB');
  const received = RECEIVING.has(tokens[i - 3]?.lemma ?? '');
  return subject || received;
}
