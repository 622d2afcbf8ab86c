/**
 * A state said of the rows anywhere in a description: "stakeholders get notified when a status
 * changes", "requesters can see the status of their request", "members see their dues status",
 * "a screening status on each one". People name the state their records move through in
 * passing, not only in a list of columns; the rows carry it as a field of its own.
 */
import { listAt } from './list-items';
import type { Cue } from './sentence-reading';

/** Nouns that name the state a record is in. */
const STATE_NOUNS = new Set(['status']);

/** Nouns a state word may stand before and still be the state: "status changes", "a status update". */
const STATE_EVENTS = new Set(['change', 'update']);

/** "when a status changes", "the dues status": a state noun said outside any list is a field; "a status report" is a kind of writing. */
export const ROW_STATE: Cue = (r, t, i) => {
  const { tokens } = r;
  if (i < r.readUntil || t.pos !== 'NOUN' || !STATE_NOUNS.has(t.lemma)) return false;
  const next = tokens[i + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !STATE_EVENTS.has(next.lemma)) return false;
  // "status: Active, Paused", "status (open, closed)": its choices follow, read by the cues for choices.
  if (next?.text === ':' || next?.text === '(') return false;
  // "status, owner, due date": a bare list opening on it is read as a list (three items, as BARE_LIST takes).
  if (listAt(tokens, i, r.mask).items.length >= 3) return false;
  // "their screening status": a noun right before names which state it is.
  const before = tokens[i - 1];
  const kind = before && before.pos === 'NOUN' && !r.mask[i - 1] ? `${before.text} ` : '';
  r.take({ items: [{ words: `${kind}${t.text}`, hint: null, given: false }], end: i + 1 }, true);
  return true;
};
