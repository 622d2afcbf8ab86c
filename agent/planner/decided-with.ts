/**
 * "the coordinator approves with notes", "decline with a reason", "reject or return it with
 * comments": what a decision on a row is made with is a value kept on that row.
 */
import type { Cue } from './sentence-reading';

/** Verbs of deciding on a request or a case. */
const DECIDING = new Set(['approve', 'reject', 'decline', 'deny']);

/** How far back in the clause the deciding verb may be ("approves first with", "reject or return it with"). */
const REACH = 4;

export const DECIDED_WITH: Cue = (r, t, i) => {
  if (t.lower !== 'with') return false;
  const { tokens } = r;
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (DECIDING.has(tokens[k]!.lemma)) {
      r.takeListAt(i + 1);
      return true;
    }
  }
  return false;
};
