/**
 * A record named for its kind: "the deal record", "a clean lead record", "that shipment record",
 * "the right customer profile". The noun before "record" or "profile" is a kind of row the tool
 * keeps or updates. Only one picked out by a determiner: "for tax records" names a purpose; a
 * gerund before it names a use ("our accounting records"), and a record handed over is read, not kept.
 */
import { handedOver } from './handed-over';
import type { Token } from './language';
import { nounBefore, POSSESSIVES } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { verbBeforeObject } from './table-words';

/** Nouns that are one row of the kind named before them. */
const ROW_WORDS = new Set(['record', 'profile']);

/** "the deal record", "a clean lead record", "our old payment records": the phrase opens on a determiner or the sentence. */
function determined(tokens: readonly Token[], kind: number): boolean {
  let k = kind - 1;
  while (tokens[k]?.pos === 'ADJ') k--;
  const t = tokens[k];
  return !t || t.pos === 'DET' || POSSESSIVES.has(t.lower);
}

export const recordOfCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  const kind = tokens[i - 1];
  if (!ROW_WORDS.has(t.lemma) || t.pos !== 'NOUN' || kind?.pos !== 'NOUN' || kind.lower.endsWith('ing')) return;
  if (!determined(tokens, i - 1) || handedOver(tokens, i) || verbBeforeObject(tokens, i)) return;
  const noun = nounBefore(tokens, i);
  if (!noun) return;
  keepRows(found, noun);
  // Beside other rows kept ("… and update that shipment record"), a table of its own.
  if (!found.tables.includes(noun)) found.tables.push(noun);
};
