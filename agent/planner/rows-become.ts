/**
 * Rows made from what arrives, with their columns: "Messages … should become Linear tickets:
 * title, summary, ideas". "Become" shortly before a colon, and a list of two commas or more after.
 */
import { nounBefore } from './record-nouns';
import { type Cue, keepRows } from './records-found';

export const rowsBecomeCue: Cue = (tokens, i, _first, found) => {
  if (tokens[i]!.text !== ':' || !tokens.slice(Math.max(0, i - 4), i).some((x) => x.lemma === 'become')) return;
  const made = nounBefore(tokens, i);
  const columns = tokens.slice(i + 1).filter((x) => x.text === ',').length >= 2;
  if (made && columns) keepRows(found, made);
};
