/**
 * A ledger named with what it holds: "the reorder log sheet", "our contracts log", "my mileage
 * ledger". The ledger's whole name is the table's; a log handed over, got into or describing
 * another noun is none.
 */
import { handedOver } from './handed-over';
import { logsIn, verbAfterSubject } from './keep-sense';
import type { Token } from './language';
import { LEDGER_WORDS, nounBefore, POSSESSIVES } from './record-nouns';
import type { Cue } from './records-found';
import { modifies } from './table-words';
import { verbOfEventClause } from './verb-or-noun';
import { writtenOut } from './written-out';

/** The ledger's name when the word at `i` is a ledger word naming a kept table. */
function ledgerName(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  // "our payments register": after a determiner and a noun it is a noun, whatever the tagger says.
  const named = tokens[i - 1]?.pos === 'NOUN' && (tokens[i - 2]?.pos === 'DET' || POSSESSIVES.has(tokens[i - 2]?.lower ?? ''));
  if (
    !t ||
    !LEDGER_WORDS.has(t.lemma) ||
    (t.pos !== 'NOUN' && !named) ||
    logsIn(tokens, i) ||
    verbAfterSubject(tokens, i) ||
    verbOfEventClause(tokens, i)
  )
    return null;
  // "the event's feedback log doc": the log names the document it describes.
  if (modifies(tokens, i)) return null;
  // "upload … and our change log", "an error log I paste": handed over, no log kept;
  // "write the weekly activity log", "return the JD and a change log": a piece of writing.
  if (handedOver(tokens, i) || writtenOut(tokens, i)) return null;
  const owner = nounBefore(tokens, i);
  return owner ? `${owner} ${t.lemma}` : null;
}

export const ledgerCue: Cue = (tokens, i, _first, found) => {
  const ledger = ledgerName(tokens, i);
  if (ledger) {
    found.keeps = true;
    found.named ??= ledger;
  }
};
