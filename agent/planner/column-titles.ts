/**
 * A title and the columns of its rows after a colon or an equals sign: "Each claim: ref,
 * customer, …", "candidate = name, email, …", "Stock levels for our café: item, …". The noun the
 * columns belong to is what a row is; a title naming the tool ("Expense claims app: …") names
 * the rows by the word before it.
 */
import type { Token } from './language';
import { answerHeading } from './shown-in';
import { nounBefore, nounLemma, NOT_RECORDS } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { titledUntil } from './opening-title';
import { hasRecurrence, parseSchedule } from './schedule';
import { TOOL_NOUNS } from './tool-nouns';
import { WRITTEN } from './written-out';

/** Where the title before the mark at `i` ends, or -1 when no title comes before it. */
function titleEnd(tokens: readonly Token[], i: number, first: boolean): number {
  // "Categorise receipts: from …" is a job and its inputs: the noun is a verb's object, no title.
  if (tokens.slice(0, i).some((x) => x.pos === 'VERB')) return -1;
  // "Stock levels for our café: item, …": a longer title names its rows before its "for".
  return i <= 3 ? i : first ? titledUntil(tokens, i) : -1;
}

/** Titles saying when, not what: "End of each month: occupancy, ADR, …", "Start of the week: …". */
const WHEN_TITLES = new Set(['end', 'start', 'beginning', 'middle', 'close']);

/** Titles naming parts of a form or a document, or choices: "Inputs: app name, …", "Labels: Urgent, …", "header: vendor name, …". */
const PART_TITLES = new Set(['input', 'label', 'option', 'choice', 'header', 'footer']);

export const columnTitleCue: Cue = (tokens, i, first, found) => {
  const t = tokens[i]!;
  if ((t.text !== ':' && t.text !== '=') || !tokens[i + 1]) return;
  const end = titleEnd(tokens, i, first);
  if (end <= 0) return;
  const owner = answerHeading(tokens, i) ? null : nounBefore(tokens, end);
  if (owner !== null && WHEN_TITLES.has(owner)) return;
  const isTool = owner !== null && TOOL_NOUNS.has(owner.split(' ').pop()!);
  // "Expense claims app: …": the app is named for what it keeps.
  const kept = isTool ? tokens[i - 2] : undefined;
  if (kept && (kept.pos === 'NOUN' || kept.pos === 'PROPN') && kept.kind === 'word' && !NOT_RECORDS.has(kept.lemma)) {
    found.noun ??= kept.lemma;
    // "Expense claims app:" — an app for many of a thing keeps them.
    if (kept.lower !== kept.lemma) found.recordsApp = true;
  }
  // "Input per transaction: supplier, …": the form's fields for each run, not a table; nor are a form's or a document's parts.
  const perRun = tokens[i - 2]?.lower === 'per' || PART_TITLES.has(nounLemma(tokens[i - 1]!));
  // The columns follow the colon at once: "Procurement: paste the …, …" is a job, not a row.
  const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
  // After a longer title the first column is a short name too: not "every monday screenshot each page in …".
  // and the title names no writing ("Product descriptions for our shop: name, …" lists a writer's inputs).
  const short = end === i || (comma - i <= 4 && !WRITTEN.has(owner?.split(' ').pop() ?? ''));
  // "Food bank: once a day, tell …", "Garden club: every Sunday, …": when it runs opens a clause, not a column.
  const when = hasRecurrence(
    parseSchedule(
      tokens
        .slice(i + 1, comma)
        .map((x) => x.text)
        .join(' '),
    ),
  );
  // "For our clinic: from the clinician's notes, …" lists where it reads from; "For each photo: a short
  // caption, what the damage is, …" lists what it writes for each (a column is named bare: "reviewer notes").
  const lead = tokens.slice(i + 1, comma);
  const written = lead[0]?.pos === 'DET' && lead.some((x) => x.pos === 'NOUN' && WRITTEN.has(x.lemma));
  const notColumns = lead[0]?.pos === 'ADP' || written;
  const columns = comma > i && short && !when && !notColumns && !lead.some((x) => x.pos === 'VERB');
  if (owner && !isTool && !perRun && columns && tokens.slice(i + 1).filter((x) => x.text === ',').length >= 2) keepRows(found, owner);
};
