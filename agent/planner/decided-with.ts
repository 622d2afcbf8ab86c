/**
 * "the coordinator approves with notes", "decline with a reason", "reject or return it with
 * comments": what a decision on a row is made with is a value kept on that row — when it is a
 * remark written for it, not a person ("with their manager") or a way of doing it ("with one click").
 */
import type { Token } from './language';
import { nounLemma } from './record-nouns';
import { REMARKS } from './remark-words';
import type { Cue } from './sentence-reading';

/** Verbs of deciding on a request or a case. */
const DECIDING = new Set(['approve', 'reject', 'decline', 'deny']);

/** How far back in the clause the deciding verb may be ("approves first with", "reject or return it with"). */
const REACH = 4;

/** Words that may come before the remark: "a short note", "their comments". */
const BEFORE_REMARK = new Set(['DET', 'ADJ', 'PRON']);

/** Whether the noun phrase after `with` at `i` is headed by a remark noun ("a short comment", "notes"). */
function remarkAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k] && BEFORE_REMARK.has(tokens[k]!.pos)) k++;
  return tokens[k] !== undefined && REMARKS.has(nounLemma(tokens[k]!));
}

export const DECIDED_WITH: Cue = (r, t, i) => {
  if (t.lower !== 'with' || !remarkAfter(r.tokens, i)) return false;
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
