/**
 * A reply drafted for someone to send: "it drafts a first response for an agent to check", "easy
 * ones get an auto reply drafted", "write a reply to each review". A reply, an email or a message
 * written out is a whole piece of writing, whatever labels or values the tool also sets beside it.
 */
import { readSentences, type Token } from './language';

/** Verbs that write a piece out. */
const DRAFTING = new Set(['draft', 'write', 'compose']);
/** Pieces written to be sent to someone. */
const SENT_PIECES = new Set(['reply', 'response', 'email', 'message', 'answer']);
/** The speaker writing it ("I write the reply myself") hands nothing of the tool's back. */
const SPEAKERS = new Set(['i', 'we']);
/** Words between a verb and its piece: "a first", "an auto", "the customer's". */
const BETWEEN = 4;

const ends = (t: Token) => t.pos === 'PUNCT' && t.text !== "'" && t.text !== '-';

/** `tokens` ask for a reply drafted: a drafting verb before the piece, or the piece before its participle ("a reply drafted"). */
export function draftsReply(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!SENT_PIECES.has(t.lemma) || t.negated) return false;
    const after = tokens[i + 1];
    if (after && DRAFTING.has(after.lemma) && after.lower.endsWith('ed')) return true;
    for (let k = i - 1; k >= Math.max(0, i - BETWEEN - 1); k--) {
      const w = tokens[k]!;
      if (ends(w)) return false;
      if (DRAFTING.has(w.lemma)) return !SPEAKERS.has(tokens[k - 1]?.lower ?? '') && !w.negated;
    }
    return false;
  });
}

/** `text` asks for a reply drafted (above). */
export const draftsReplyIn = (text: string): boolean => draftsReply(readSentences(text).flatMap((s) => s.tokens));
