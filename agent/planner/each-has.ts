/**
 * Rows said by what each one has: "each client has its own timezone, recipients and template",
 * "every visit gets a short badge code", "each event can have several quotes". What every one of
 * a kind has are its columns, so the kind is a table. Not a stretch of time ("every morning has"),
 * a choice made per row ("each category has its own flow": a column's values), any row at all
 * ("each item has a price") or a text made ("each blurb has a headline": its parts), an obligation
 * ("every flyer has to look alike"), a text each one is sent ("every donor gets a thank-you email")
 * or a thing handed over.
 */
import { ANY_ROW } from './column-owners';
import { CHOICE_FIELDS } from './field-nouns';
import { handedOver } from './handed-over';
import { nounBefore } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { namesTheTool } from './said-tables';
import { TIME_NOUNS } from './time-nouns';
import { WRITTEN } from './written-out';

/** Verbs of having: has, gets, needs, carries, includes. */
const HAVE_VERBS = new Set(['have', 'get', 'need', 'carry', 'include']);
/** What is sent to each one, not had: "each user gets a weekly email". */
const SENT = new Set([
  'email',
  'message',
  'reminder',
  'notification',
  'alert',
  'text',
  'sms',
  'newsletter',
  'digest',
  'letter',
  'update',
  'recap',
  'summary',
]);
/** Words picking out every one of a kind. */
const EVERY = new Set(['each', 'every']);

export const eachHasCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  if (!HAVE_VERBS.has(t.lemma) || t.negated || (t.pos !== 'VERB' && t.pos !== 'AUX')) return;
  // "has to look", "gets approved": an obligation or a passive, nothing had.
  const next = tokens[i + 1];
  if (!next || next.lower === 'to' || next.lower.endsWith('ed')) return;
  // "every donor should get a thank-you email": a text sent to each, not a column of theirs.
  if (t.lemma === 'get' && tokens.slice(i + 1, i + 7).some((x) => SENT.has(x.lemma) || SENT.has(x.lower))) return;
  // "each event can have": past the modal.
  let k = i - 1;
  while (tokens[k]?.pos === 'AUX') k--;
  const noun = nounBefore(tokens, k + 1);
  if (!noun) return;
  const words = noun.split(' ').length;
  // "each new book", "every incoming issue": a describing word may come between.
  let d = k - words;
  if (tokens[d]?.pos === 'ADJ' || (tokens[d]?.pos === 'VERB' && tokens[d]!.lower.endsWith('ing'))) d--;
  if (!EVERY.has(tokens[d]?.lower ?? '')) return;
  const head = noun.split(' ').at(-1)!;
  if (TIME_NOUNS.has(head) || CHOICE_FIELDS.has(head) || ANY_ROW.has(head) || WRITTEN.has(head) || handedOver(tokens, k)) return;
  if (namesTheTool(tokens[k]!, head)) return;
  keepRows(found, noun);
};
