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

/** Parts of speech of the words naming a ledger when its name opens the sentence: "Lab calibration register". */
const NAMING = new Set(['NOUN', 'PROPN', 'ADJ']);
/** What may follow a ledger's name that opens the sentence as a title: "… register: name, …", "… register (paper)". */
const AFTER_TITLE = new Set([':', '.', ',', '(', '-', '—', '–']);

/**
 * "Complaints register: name of complainant, …", "Complaints register for our centre.": nouns
 * opening the sentence, then the ledger word, then a colon, the sentence's end, "for" our place,
 * or a place before a colon ("Hardware register for IT: …"), with no other verb before a colon,
 * name the ledger, though the tagger reads the word as the nouns' verb (as it does for
 * "register", not for "log"). "Customers register for classes and pay at the door" keeps its verb.
 */
function opensAsTitle(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1]!.pos === 'ADJ' || !tokens.slice(0, i).every((t) => NAMING.has(t.pos))) return false;
  const next = tokens[i + 1];
  if (!next || AFTER_TITLE.has(next.lower)) return true;
  const colon = tokens.findIndex((t, k) => k > i && t.text === ':');
  // "… register for our centre", "… register for IT: asset tag, …": whose or where the ledger is.
  const place =
    (next.lower === 'for' && POSSESSIVES.has(tokens[i + 2]?.lower ?? '')) || (next.pos === 'ADP' && next.lower !== 'of' && colon >= 0);
  const title = tokens.slice(i + 1, colon < 0 ? undefined : colon);
  return place && !title.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** The ledger's name when the word at `i` is a ledger word naming a kept table. */
function ledgerName(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  // "our payments register": after a determiner and a noun it is a noun, whatever the tagger says.
  const named = tokens[i - 1]?.pos === 'NOUN' && (tokens[i - 2]?.pos === 'DET' || POSSESSIVES.has(tokens[i - 2]?.lower ?? ''));
  if (
    !t ||
    !LEDGER_WORDS.has(t.lemma) ||
    (t.pos !== 'NOUN' && !named && !opensAsTitle(tokens, i)) ||
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
