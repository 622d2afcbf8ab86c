/**
 * Which table a new row belongs to, named by its noun: "a new expense record" → expense,
 * "a new row in our campaigns sheet" → campaign, else "record".
 */
import type { Token } from './language';
import { singular } from './words';

/** Words for a whole table of rows. */
export const TABLE_WORDS = new Set(['table', 'sheet', 'spreadsheet', 'list', 'database', 'log', 'tracker', 'register']);

/** "… in our expenses table": the noun before a table word, else "record". */
export function tableOwner(words: readonly Token[]): string {
  const k = words.findIndex((t) => TABLE_WORDS.has(t.lemma));
  const before = words[k - 1];
  if (k <= 0 || !before) return 'record';
  // "the hiring sheet", "our onboarding list": a gerund names the table as a noun would.
  if (before.pos === 'VERB' && before.lower.endsWith('ing')) return before.lower;
  // "the Projects table": a name keeps its plural in the tagger's lemma.
  if (before.pos === 'PROPN') return singular(before.lower);
  return before.pos === 'NOUN' ? before.lemma : 'record';
}

/** "a new expense record": the noun before "record". */
export function recordOwner(clause: readonly Token[], record: Token): string {
  const k = clause.indexOf(record);
  const before = clause[k - 1];
  // "a new row … in the orders sheet": else the table it is in names it.
  return before && before.pos === 'NOUN' ? before.lemma : tableOwner(clause.slice(k + 1));
}
