/**
 * Bookings people make through the tool: "students book a study room for up to 3 hours", "let
 * customers reserve a table by choosing the day and time", "members should be able to pre-book
 * one of the hot desks". Each booking is a row, named for the verb, when nothing else names the
 * rows. One made in another service ("a lead books a call through my Calendly link") comes in
 * from there, and the speaker booking something ("I book the venue") keeps nothing.
 */
import { isService } from './event-words';
import { verbAfterSubject } from './keep-sense';
import type { Token } from './language';
import { isOutsider } from './outside-people';
import type { Cue } from './records-found';

/** Verbs of booking in the present, and what one of their rows is called ("a class they booked" is one had already). */
const BOOKED: Readonly<Record<string, string>> = {
  book: 'booking',
  books: 'booking',
  'pre-book': 'booking',
  prebook: 'booking',
  reserve: 'reservation',
  reserves: 'reservation',
};
/** Words opening a clause of something happening: "when someone books …, email them" starts a run, it keeps nothing. */
const EVENT_OPENERS = new Set(['when', 'whenever', 'once', 'after', 'if']);
/** Other people at large, and "them" after "let". */
const PEOPLE = new Set(['anyone', 'everyone', 'someone', 'people', 'they', 'them']);
/** Words between a subject and its verb: "can", "should be able to", "to". */
const BETWEEN = new Set(['AUX', 'PART', 'ADV']);
/** Words that open what is booked: "book a room", "pre-book one of the desks". */
const OBJECT_OPENS = new Set(['DET', 'NUM']);

/** Where the subject of the verb at `i` is, past helping words ("should be able to book"). */
function subjectBefore(tokens: readonly Token[], i: number): Token | undefined {
  let k = i - 1;
  while (k >= 0 && (BETWEEN.has(tokens[k]!.pos) || tokens[k]!.lower === 'able' || tokens[k]!.lower === 'to')) k--;
  return tokens[k];
}

/** The word at `i` is said as a verb: so tagged, or read as a noun before what is booked ("students book a room"). */
const saidAsVerb = (tokens: readonly Token[], i: number) =>
  tokens[i]!.pos === 'VERB' || verbAfterSubject(tokens, i) || OBJECT_OPENS.has(tokens[i + 1]?.pos ?? '');

export const bookedByPeopleCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  const row = BOOKED[t.lower];
  if (!row || t.negated || !saidAsVerb(tokens, i)) return;
  const subject = subjectBefore(tokens, i);
  const people =
    !!subject && (PEOPLE.has(subject.lower) || isOutsider(subject) || (subject.pos === 'NOUN' && subject.lower !== subject.lemma));
  if (!people || tokens.some((x) => isService(x))) return;
  const from = subject ? tokens.indexOf(subject) : i;
  if (tokens.slice(Math.max(0, from - 3), from).some((x) => EVENT_OPENERS.has(x.lower))) return;
  found.keeps = true;
  found.appNoun ??= row;
};
