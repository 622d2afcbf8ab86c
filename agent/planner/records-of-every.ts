/**
 * A holder of every one of a thing: "a record of every delivery", "a log of all calls", "a
 * history of all returns". The holder keeps rows over time; what follows the quantifier is one.
 */
import { handedOver } from './handed-over';
import { QUANTIFIERS } from './keep-sense';
import { nounAfter } from './record-nouns';
import { type Cue, keepRows } from './records-found';

/** Nouns that hold rows over time: "a record of every delivery", "a history of all returns". */
const HOLDERS = new Set(['record', 'log', 'history', 'archive', 'register', 'ledger']);

export const recordsOfEveryCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  const ofEvery = t.text === 'of' && tokens[i + 1] && QUANTIFIERS.has(tokens[i + 1]!.lower);
  if (ofEvery && HOLDERS.has(tokens[i - 1]?.lemma ?? '') && tokens[i - 1]!.pos === 'NOUN' && !handedOver(tokens, i - 1)) {
    const held = nounAfter(tokens, i);
    if (held) keepRows(found, held);
  }
};
