/**
 * "watch a slack channel for bad sentiment", "monitor our billing system and whenever …", "watch
 * a scanner folder: every image that lands there …": an order to keep an eye on a place
 * elsewhere. What turns up there starts a run, news from the service that holds it (a webhook).
 * A watched mailbox ("watch our support gmail") receives mail (event-sentence.ts says so); on a
 * schedule, what is watched is what each run checks.
 */
import { isService } from './event-words';
import type { Token } from './language';

/** Verbs of keeping an eye on a place. */
export const WATCHING = new Set(['watch', 'monitor']);
/** Places elsewhere where things turn up. */
const PLACES = new Set(['folder', 'directory', 'bucket', 'channel', 'feed', 'system', 'repo', 'repository']);
/** Words a watched place may open with. */
const OPENERS = new Set(['a', 'an', 'the', 'our', 'my', 'this', 'that']);
/** How many words the place's name may take after its opener: "our shared invoices/documents folders". */
const REACH = 5;
/** Words after "watch for" that say things turn up: "watch for new, changed and cancelled appointments". */
const TURNING_UP = new Set(['new', 'incoming']);

/** A word of a place's name: a noun or a describing word, "shared", or the slash between two names ("invoices/documents folders"). */
const inName = (x: Token) =>
  x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ' || x.text === '/' || (x.pos === 'VERB' && x.lower.endsWith('ed'));

/** The order at `i` watches a place elsewhere: its verb opens a clause and its object names a service or a place. */
export function watchesPlace(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  // "keep watching that folder" is an order too.
  const kept = before?.lemma === 'keep' && t.lower.endsWith('ing');
  if (!WATCHING.has(t.lemma) || t.lower.endsWith('ed') || (t.lower.endsWith('ing') && !kept)) return false;
  // An order: first in its clause, or after "and", "to", "please" ("I want it to watch our …").
  const order = !before || kept || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.lower === 'to' || before.lower === 'please';
  if (!order) return false;
  if (tokens[i + 1]?.lower === 'for' && TURNING_UP.has(tokens[i + 2]?.lower ?? '')) return true;
  if (!OPENERS.has(tokens[i + 1]?.lower ?? '')) return false;
  const object = tokens.slice(i + 2, i + 2 + REACH);
  const end = object.findIndex((x) => !inName(x));
  return (end < 0 ? object : object.slice(0, end)).some((x) => PLACES.has(x.lemma) || isService(x));
}
