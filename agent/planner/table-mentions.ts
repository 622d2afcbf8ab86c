/**
 * A table word in the description and what it says of the rows: "a CRM for sales leads", "our
 * invoices sheet", "keep them in a table", "a sheet where volunteers give their name, …". A
 * table word that is the shape of the answer, an idiom, describes another noun or is handed
 * over keeps nothing.
 */
import { partOfAnswer } from './answer-parts';
import { askedFor } from './asked-for';
import { handedOver } from './handed-over';
import { KEEP_VERBS, keepStores, PLACES, QUANTIFIERS } from './keep-sense';
import type { Token } from './language';
import { GENERIC_TABLES, nounAfter, rowsBefore } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { shownIn } from './shown-in';
import { modifies, ofFollows, TABLE_WORDS, tableIdiom, verbBeforeObject } from './table-words';
import { TIME_NOUNS } from './time-nouns';
import { verbOfEventClause } from './verb-or-noun';
import { writtenOut } from './written-out';

/**
 * "the report as a three column table", "list them in a table", "show: …, and a table of each
 * comment": the shape of what is handed back, not a table kept.
 */
function answerShape(tokens: readonly Token[], i: number): boolean {
  return (
    tokens.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'as') ||
    shownIn(tokens, i) ||
    writtenOut(tokens, i) ||
    partOfAnswer(tokens, i)
  );
}

export const tableMentionCue: Cue = (tokens, i, _first, found) => {
  const t = tokens[i]!;
  if (
    !TABLE_WORDS.has(t.lemma) ||
    (t.pos === 'VERB' && !ofFollows(tokens, i)) ||
    verbOfEventClause(tokens, i) ||
    answerShape(tokens, i) ||
    tableIdiom(tokens, i) ||
    modifies(tokens, i) ||
    handedOver(tokens, i) ||
    verbBeforeObject(tokens, i)
  )
    return;
  // "a CRM for sales leads", "a list of equipment": what follows names the rows.
  const after = tokens[i + 1]?.lower === 'for' || tokens[i + 1]?.lower === 'of' ? nounAfter(tokens, i + 1) : null;
  if (after) keepRows(found, after);
  // "our editorial plan in Airtable": the table is what is kept in the tool; "our Google Sheet of
  // leads": what follows names the rows, the words before only the kind of table.
  const before =
    after && tokens[i + 1]?.lower === 'of'
      ? null
      : rowsBefore(tokens, tokens[i - 1]?.lower === 'in' && GENERIC_TABLES.has(t.lemma) ? i - 1 : i, t);
  if (before) {
    found.keeps = true;
    found.named ??= before;
    if (!found.tables.includes(before)) found.tables.push(before);
  }
  // "keep them in a table", "a table of …": a table to put rows in, not "search the catalog", "for the table"
  // or "keep the tables intact" (keep-sense.ts).
  const start = Math.max(0, i - 3);
  const into = tokens
    .slice(start, i)
    .some((x, k) => PLACES.has(x.lower) || (KEEP_VERBS.has(x.lemma) && x.pos === 'VERB' && keepStores(tokens, start + k)));
  if ((tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'ADJ') && (into || i <= 2)) {
    found.keeps = true;
    // "Every new review … goes into a table": the sentence's subject is the row.
    // "Every night pull … into a sheet": a stretch of time opening the sentence is when, not a row (keepRows),
    // nor is the order after it ("every hour check the store …", which the tagger reads as an "hour check").
    if (into && QUANTIFIERS.has(tokens[0]?.lower ?? '') && !TIME_NOUNS.has(tokens[1]?.lemma ?? '')) keepRows(found, nounAfter(tokens, 0));
  }
  if (askedFor(tokens, i)) found.keeps = true;
  // "a sheet where volunteers give their name, …": the things that fill it, one a row.
  const filler = tokens[i + 1]?.lower === 'where' ? tokens[i + 2] : undefined;
  if (filler && (filler.pos === 'NOUN' || filler.pos === 'VERB') && filler.lower !== filler.lemma && filler.lower.endsWith('s')) {
    keepRows(found, filler.lemma);
  }
};
