/**
 * A table as the shape of the answer, not a table kept: "list the differences in a table",
 * "see them in a table", "Return: status, eligibility, …". Read from a verb of handing back
 * that governs the phrase.
 */
import { KEEP_VERBS } from './keep-sense';
import { isVerbAt, type Token } from './language';
import { handsToPerson } from './written-out';

/** Verbs that hand a result back laid out some way: "list the differences in a table". */
const SHOWING_VERBS = new Set([
  'list',
  'show',
  'present',
  'display',
  'return',
  'format',
  'output',
  'lay',
  'compare',
  'rank',
  'summarize',
  'see',
  'view',
]);

/** "Return: status, eligibility, …", "Output: title, summary": a verb of handing back, alone before a colon, says what the answer holds. */
export function answerHeading(tokens: readonly Token[], colon: number): boolean {
  const word = tokens[colon - 1];
  const start = colon - 1 === 0 || tokens[colon - 2]?.pos === 'PUNCT';
  return !!word && start && word.lower === word.lemma && SHOWING_VERBS.has(word.lemma);
}

/** How far before "in a table" its showing verb may come, past the object and what qualifies it. */
const SHOWN_REACH = 10;
/** Marks that end the clause a showing verb governs. */
const CLAUSE_MARKS = new Set([',', ';', '.', ':']);

/**
 * "lists the differences in a table", "summarise the emails into a table", "see them in a table":
 * the shape of the answer, not a table kept. A verb of a relative clause between is passed over
 * ("list the clauses that differ in a table"), and so is a participle describing a noun ("each
 * returned parcel goes into a table"); a keeping verb is not ("show the top ones and save them in
 * a sheet"). A verb handing the thing to the person counts too ("gives me five leads in a table").
 */
export function shownIn(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.pos === 'DET' ? i - 2 : i - 1;
  if (tokens[k]?.lower !== 'in' && tokens[k]?.lower !== 'into') return false;
  for (let v = k - 1; v >= 0 && v >= k - SHOWN_REACH && !CLAUSE_MARKS.has(tokens[v]!.text); v--) {
    const t = tokens[v]!;
    const describes = t.lower.endsWith('ed') && tokens[v + 1]?.pos === 'NOUN';
    if ((!isVerbAt(tokens, v) && t.pos !== 'VERB') || describes) continue;
    if (SHOWING_VERBS.has(t.lemma) || handsToPerson(tokens, v)) return true;
    if (KEEP_VERBS.has(t.lemma)) return false;
  }
  return false;
}
