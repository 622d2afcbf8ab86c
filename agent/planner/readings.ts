/**
 * A measured reading crossing a bound: "when the greenhouse temp goes out of range", "if the soil
 * moisture sensors read too low", "when the battery temperature goes above a threshold". A device
 * or monitoring system measures it and reports each reading, so a crossing comes in as a call
 * (webhook); no one fills in a form for it. Stock or prices dropping are counts the tool keeps or
 * looks up, not readings.
 */
import type { Token } from './language';

/** What sensors measure. */
const MEASURES = new Set(['temperature', 'temp', 'humidity', 'moisture', 'pressure', 'voltage', 'sensor', 'co2']);
/** Verbs of a reading moving. */
const MOVING = new Set(['go', 'drop', 'fall', 'rise', 'read', 'get', 'climb', 'dip', 'spike', 'exceed', 'cross']);
/** Words of a bound passed, right after the verb. */
const BOUNDS = new Set(['above', 'below', 'over', 'under', 'too', 'out', 'outside', 'beyond']);

/** Whether the clause says a measured reading moved past a bound. */
export function readingCrosses(clause: readonly Token[]): boolean {
  const verb = clause.findIndex((t) => MOVING.has(t.lemma) && t.pos === 'VERB');
  if (verb <= 0 || !clause.slice(0, verb).some((t) => MEASURES.has(t.lemma) && t.pos === 'NOUN')) return false;
  return clause[verb]!.lemma === 'exceed' || clause.slice(verb + 1, verb + 3).some((t) => BOUNDS.has(t.lower));
}
