/**
 * A message written to someone, said in the double-object form "send the patient a follow-up",
 * "text them a confirmation", "email me a digest": who it goes to (the speaker's side or someone
 * else) is a signal for the text-or-data model, which reads lemmas one by one and cannot see
 * that a person stands between the sending verb and the thing sent.
 */
import { readSentences, type Token } from '../language';

const SENDING_VERBS = new Set(['send', 'email', 'text', 'message', 'mail', 'write', 'give']);
/** The speaker's side: a message to them is a report of what was found. */
const US = new Set(['me', 'us']);
/** Pronouns for someone else. */
const THEM = new Set(['them', 'him', 'her']);
const PICKING = new Set(['each', 'every', 'the', 'that', 'this', 'their', 'our', 'all']);
/** Starts the thing sent, after the person. */
const THING_START = new Set(['a', 'an', 'the', 'their', 'his', 'its', 'one', 'two', 'three']);

export type Recipient = 'us' | 'them';

/** Who the person between a sending verb at `i` and its thing sent is, if the verb has one. */
function recipientAt(tokens: readonly Token[], i: number): Recipient | null {
  let k = i + 1;
  const first = tokens[k];
  if (!first) return null;
  if (US.has(first.lower) || THEM.has(first.lower)) {
    const who: Recipient = US.has(first.lower) ? 'us' : 'them';
    return THING_START.has(tokens[k + 1]?.lower ?? '') ? who : null;
  }
  while (PICKING.has(tokens[k]?.lower ?? '')) k++;
  const person = tokens[k];
  if (k === i + 1 || person?.pos !== 'NOUN') return null;
  return THING_START.has(tokens[k + 1]?.lower ?? '') ? 'them' : null;
}

/** Who the description's messages are written to, said in the double-object form. */
export function messagesTo(text: string): Set<Recipient> {
  const out = new Set<Recipient>();
  for (const { tokens } of readSentences(text))
    tokens.forEach((t, i) => {
      if (t.pos !== 'VERB' || !SENDING_VERBS.has(t.lemma)) return;
      const who = recipientAt(tokens, i);
      if (who) out.add(who);
    });
  return out;
}
