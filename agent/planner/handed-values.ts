/**
 * Values handed to the tool rather than made by it, named as the object of a verb: what the
 * tool draws on ("it uses the deal stage and history"), what other people send the team
 * ("inspectors send back photos + notes", "they send us a brief") and what is turned into
 * something ("turn my raw notes into article drafts").
 */
import { isVerbAt, NOUNISH, type Token } from './language';
import { subjectOf } from './made-values';
import { TEXT_NOUNS } from './result-words';
import { isTool } from './tool-subject';

/** Verbs by which the tool draws on something it is given: "it uses the deal stage and history". */
const DRAWING_ON = new Set(['use', 'consider', 'weigh']);

/**
 * Where what the tool draws on starts ("it considers the budget and the deadline"), or -1; what
 * it writes draws on it too ("each draft uses the customer's name").
 */
export function drawnOnFrom(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]!;
  if (!DRAWING_ON.has(verb.lemma) || verb.pos !== 'VERB' || verb.negated) return -1;
  const subject = subjectOf(tokens, i);
  return isTool(subject) || TEXT_NOUNS.has(subject?.lemma ?? '') ? i + 1 : -1;
}

/** Verbs by which someone else hands the team something: "customers send us their order number". */
const SENDING = new Set(['send', 'submit', 'report', 'forward', 'share', 'email', 'return']);

/** Words between such a verb and what is sent: "send back", "send us", "send in". */
const SENT_TO = new Set(['us', 'me', 'back', 'in', 'over']);

/**
 * Where what others send starts ("inspectors send back photos + notes", "they send us a
 * brief"), or -1: a sending verb whose subject is people named by a plural noun or "they",
 * never the tool and never an order to it.
 */
export function sentByOthersFrom(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]!;
  if (!SENDING.has(verb.lemma) || verb.negated || verb.pos !== 'VERB') return -1;
  const subject = subjectOf(tokens, i);
  if (!subject) return -1;
  // A plural noun ("inspectors", or "Customers" read as a name at the sentence's start).
  const plural = (subject.pos === 'NOUN' || subject.pos === 'PROPN') && /[^s]s$/.test(subject.lower);
  const others = subject.lower === 'they' || (plural && !isTool(subject));
  if (!others) return -1;
  let from = i + 1;
  while (tokens[from] && SENT_TO.has(tokens[from]!.lower)) from++;
  return from;
}

/** Verbs that make one thing out of another: "turn my raw notes into article drafts". */
const TURNING = new Set(['turn', 'convert', 'transform', 'rewrite', 'translate']);

/** Where the material a turning verb works on starts ("turn my raw notes into drafts"), or -1. */
export function turnedFrom(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]!;
  if (!TURNING.has(verb.lemma) || verb.negated || !isVerbAt(tokens, i)) return -1;
  // "turn it into": a pronoun alone names nothing.
  if (tokens[i + 1]?.pos === 'PRON' && !NOUNISH.has(tokens[i + 2]?.pos ?? '')) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    if (tokens[k]!.lower === 'into') return i + 1;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return -1;
  }
  return -1;
}
