/**
 * Rows made from what arrives, with their columns: "Messages … should become Linear tickets:
 * title, summary, ideas". "Become" shortly before a colon, and a list of two commas or more after.
 */
import type { Token } from './language';
import { nounAfter, nounBefore } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { TABLE_WORDS } from './table-words';
import { WRITTEN } from './written-out';
import { IMAGE_NOUNS } from './image-output';
import { MADE_NOT_KEPT } from './keeping-verbs';

export const rowsBecomeCue: Cue = (tokens, i, _first, found) => {
  if (tokens[i]!.text !== ':' || !tokens.slice(Math.max(0, i - 4), i).some((x) => x.lemma === 'become')) return;
  const made = nounBefore(tokens, i);
  const columns = tokens.slice(i + 1).filter((x) => x.text === ',').length >= 2;
  if (made && columns) keepRows(found, made);
};

/** Determiners before what something becomes, one of a kind: "becomes a lead", "become purchase orders". */
const KIND = new Set(['a', 'an']);
/** What holds the rows rather than being one: "the roadmap … becomes a board". */
const HOLDS_ROWS = new Set([...TABLE_WORDS, 'board', 'list']);

/**
 * "each incoming email becomes a helpdesk ticket", "approved ones become purchase orders": what
 * arrives or is approved turns into a row of a kind. Not a text ("becomes the reply") or a value
 * ("must become 'indemniser'") or the table itself ("becomes a board"): a kind of thing, named
 * after "a" or as a plural.
 */
export const becomesRowCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  if (t.lemma !== 'become' || t.pos !== 'VERB') return;
  const next = tokens[i + 1];
  // "become leads in our CRM": the tagger may read the plural after "become" as a verb.
  const plural = (next?.pos === 'NOUN' || next?.pos === 'VERB') && next.lower !== next.lemma && next.lower.endsWith('s');
  if (!next || !(KIND.has(next.lower) || plural)) return;
  const made = nounAfter(tokens, i);
  const head = made?.split(' ').at(-1) ?? '';
  if (made && !WRITTEN.has(head) && !HOLDS_ROWS.has(head)) keepRows(found, made);
};

/** Verbs that make one thing into another: "turn every email into a ticket". */
const TURN_VERBS = new Set(['turn', 'convert']);
/** How far back in its clause the turning verb may be: "turn every email that hits our inbox into a ticket". */
const TURN_REACH = 10;

/**
 * "turn every email that hits our support address into a ticket", "convert approved quotes into
 * jobs": what arrives is made into a row of a kind. Not a text ("into a summary"), a picture or
 * the table itself ("into a spreadsheet"), a file or a message ("into a Google Doc", "into an SMS").
 */
export const turnedIntoRowCue: Cue = (tokens, i, _first, found) => {
  if (tokens[i]!.lower !== 'into') return;
  const next = tokens[i + 1];
  const plural = next?.pos === 'NOUN' && next.lower !== next.lemma;
  if (!next || !(KIND.has(next.lower) || plural)) return;
  let k = i - 1;
  while (k >= 0 && i - k <= TURN_REACH && tokens[k]!.pos !== 'PUNCT' && !TURN_VERBS.has(tokens[k]!.lemma)) k--;
  if (k < 0 || !TURN_VERBS.has(tokens[k]!.lemma) || tokens[k]!.pos !== 'VERB') return;
  const made = nounAfter(tokens, i);
  // "into a status update": the tagger may read the phrase's last word as a verb, so every word up to the
  // clause's end is looked at.
  const end = tokens.findIndex((t, e) => e > i + 1 && (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADP'));
  const phrase = tokens.slice(i + 1, end < 0 ? undefined : end);
  const notKept = (t: Token) =>
    [t.lemma, t.lower].some((w) => WRITTEN.has(w) || HOLDS_ROWS.has(w) || IMAGE_NOUNS.has(w) || MADE_NOT_KEPT.has(w));
  if (made && !phrase.some(notKept)) keepRows(found, made);
};
