/**
 * A list the person already keeps, named for its rows: "our events list", "my materials list",
 * "the customers list", "our events calendar", "the vendor invoices board", "the Patients tab".
 * The plural before the holder is what one row is; a holder with a singular or a gerund before it names its use
 * more often than its rows ("our price list", "the mailing list", "my content calendar"), and a
 * list handed over is read, not kept.
 */
import { handedOver } from './handed-over';
import { nounBefore, nounLemma, POSSESSIVES } from './record-nouns';
import { type Cue, keepRows } from './records-found';

/** Nouns that hold one row per thing of the plural before them. */
const ROW_HOLDERS = new Set(['list', 'calendar', 'board', 'tab']);

/** Words before the nouns that make the list one already kept: "our", "my", "the". */
const OWNED = new Set([...POSSESSIVES, 'the']);

export const keptListCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  const rows = tokens[i - 1];
  if (
    !ROW_HOLDERS.has(t.lemma) ||
    t.pos !== 'NOUN' ||
    !rows ||
    (rows.pos !== 'NOUN' && rows.pos !== 'PROPN') ||
    rows.lower === nounLemma(rows)
  )
    return;
  // Up to one more noun before the plural: "our church members list".
  const start = tokens[i - 2]?.pos === 'NOUN' ? i - 3 : i - 2;
  if (!OWNED.has(tokens[start]?.lower ?? '') || handedOver(tokens, i)) return;
  const noun = nounBefore(tokens, i);
  if (noun) {
    keepRows(found, noun);
    found.named ??= noun;
  }
};
