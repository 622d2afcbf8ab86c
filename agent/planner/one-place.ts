/**
 * One place for things: "one place for all temporary road closures", "we need one place for
 * bookings with the artist, deposit paid or not", "one place for all our agency's listings". A
 * single place asked for the things named keeps them as rows; a place to do something ("one place
 * to upload purchase order files") is left to the verb's own reading.
 */
import { nounAfter } from './record-nouns';
import type { Cue } from './records-found';

/** Words before "place" that make it the one place all of them are kept. */
const ONE_PLACE = new Set(['one', 'single', 'central']);

export const onePlaceCue: Cue = (tokens, i, _first, found) => {
  if (tokens[i]!.lemma !== 'place' || !ONE_PLACE.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower !== 'for') return;
  // "one place for all our agency's listings", "for the business side": past "all".
  const at = tokens[i + 2]?.lower === 'all' ? i + 2 : i + 1;
  const rows = nounAfter(tokens, at);
  if (!rows) return;
  // What the place is for names the rows only when nothing else does, as a records app's own noun.
  found.keeps = true;
  found.appNoun ??= rows;
};
