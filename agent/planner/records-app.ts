/**
 * The tool described as a records app: "Room booking system for our space", "we need a parts
 * inventory", "Vendor onboarding portal". A records-app noun that is not only describing
 * another noun, handed over or written out; when it is the description's title or asked for,
 * the tool itself keeps rows.
 */
import { askedFor } from './asked-for';
import { handedOver } from './handed-over';
import { logsIn } from './keep-sense';
import { opensWith } from './opening-title';
import { namedFor, RECORDS_APP_NOUNS } from './record-nouns';
import type { Cue } from './records-found';
import { modifies, ofFollows } from './table-words';
import { verbOfEventClause } from './verb-or-noun';
import { madeInto, writtenOut } from './written-out';

/** Records-app nouns that name the app only as its opening words or when asked for ("Editorial calendar for…", "set up a content calendar", not "check my calendar"). */
const OPENING_ONLY = new Set(['calendar', 'schedule', 'list']);
/** A list is the app only as its opening words ("Guest list for our wedding: …", not "store them in my reading list"). */
const TITLE_ONLY = new Set(['list']);
/**
 * Records-app nouns only with what they hold named before them: "a shift schedule", not "make a
 * schedule: every Friday …"; "a room booking system", not "check whether they exist in our system".
 */
const NAMED_ONLY = new Set(['schedule', 'system', 'list']);

export const recordsAppCue: Cue = (tokens, i, first, found) => {
  const t = tokens[i]!;
  // "set up a content calendar" asks for one as surely as an opening names it.
  const placed = !OPENING_ONLY.has(t.lemma) || (first && i <= 3) || (!TITLE_ONLY.has(t.lemma) && askedFor(tokens, i));
  const names =
    (RECORDS_APP_NOUNS.has(t.lemma) || TITLE_ONLY.has(t.lemma)) && placed && (!NAMED_ONLY.has(t.lemma) || namedFor(tokens, i) !== null);
  // "staff upload a client's completed intake form": one handed over, not the app.
  const app =
    names && !modifies(tokens, i) && !madeInto(tokens, i) && !logsIn(tokens, i) && !writtenOut(tokens, i) && !handedOver(tokens, i);
  if (app && (t.pos !== 'VERB' || ofFollows(tokens, i)) && !verbOfEventClause(tokens, i)) {
    found.recordsApp = true;
    // "Vendor onboarding portal": what the app is named for, when nothing else says what a row is.
    found.appNoun ??= namedFor(tokens, i);
    // "Room booking system for our space: …", "we need a parts inventory": the tool itself is the records app.
    if ((first && opensWith(tokens, i)) || askedFor(tokens, i)) found.keeps = true;
  }
};
