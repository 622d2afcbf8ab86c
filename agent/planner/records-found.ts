/**
 * What the cues of one description have read of the records it keeps so far. Each cue looks at
 * one word in its sentence and adds to it; the first row noun or table name read stays.
 */
import type { Token } from './language';
import { TIME_NOUNS } from './time-nouns';

interface RecordsFound {
  /** What one row is, read from what is kept ("log every question" → question), when said. */
  noun: string | null;
  /** A table the person named ("our invoices sheet" → invoice): it says what a row is better than `noun`. */
  named: string | null;
  /** The person named a table or asked to keep rows. */
  keeps: boolean;
  /** The tool is described as a records app (a tracker, a directory, a portal). */
  recordsApp: boolean;
  /** What a records app is named for ("Vendor onboarding portal" → vendor), when nothing else says what a row is. */
  appNoun: string | null;
  /** Other people enter rows ("agents add the address, price and photos"). */
  entered: boolean;
  /** Every table named by a table word, singular, in order. */
  tables: string[];
  /** What each keeping verb keeps, in order ("keep a payment history", "log every check-out"): each is a table. */
  keptByVerb: string[];
}

/** One reading of the word at `i` of a sentence (`first`: the description's opening sentence). */
export type Cue = (tokens: readonly Token[], i: number, first: boolean, found: RecordsFound) => void;

export function nothingFound(): RecordsFound {
  return { noun: null, named: null, keeps: false, recordsApp: false, appNoun: null, entered: false, tables: [], keptByVerb: [] };
}

/**
 * Rows are kept; `noun` is what one is, when nothing said so before. A stretch of time kept
 * ("members log their hours", "save the whole day") is a column of the rows, not what one is;
 * named for what it is spent on ("log volunteer hours") it names an hours log.
 */
export function keepRows(found: RecordsFound, noun: string | null): void {
  found.keeps = true;
  if (!TIME_NOUNS.has(noun ?? '')) found.noun ??= noun;
}
