/**
 * A waiting list named: "a waitlist once it's full", "let customers join our waiting list", "a
 * standby list for people who want an earlier slot". People are put on it and taken off in turn,
 * so it is a table of its own, beside whatever else is kept. Not one said away ("no waitlist").
 */
import { readSentences, type Token } from './language';

/** One-word names of a waiting list. */
const ONE_WORD = new Set(['waitlist', 'waitinglist']);
/** Words before "list" that make it a waiting list: "waiting list", "wait list", "standby list". */
const WAITING = new Set(['waiting', 'wait', 'standby']);

/** The waiting list's name as said at `i`, or null. */
function waitlistAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (t.negated) return null;
  if (ONE_WORD.has(t.lower) || t.lower === 'waitlists') return 'waitlist';
  if (t.lemma === 'list' && WAITING.has(tokens[i - 1]?.lower ?? '')) return `${tokens[i - 1]!.lower} list`;
  return null;
}

/** The first waiting list the description names, or null. */
export function namedWaitlist(text: string): string | null {
  for (const { tokens } of readSentences(text)) {
    for (let i = 0; i < tokens.length; i++) {
      const name = waitlistAt(tokens, i);
      if (name) return name;
    }
  }
  return null;
}
