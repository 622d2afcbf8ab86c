/**
 * A lead time before a date ("7 days before the due date", "two weeks ahead of the renewal", "1 day
 * prior to each booking"): something is owed that long before a date the tool keeps, so the tool
 * looks every day for what falls due. Only a tool nothing else starts runs on it.
 */
import { readSentences } from './language';

/** Units of a lead time. */
const UNITS = new Set(['day', 'week', 'month']);
/** Words that put the lead time before the date. */
const BEFORE = new Set(['before', 'ahead', 'prior']);

/** True when `text` says something is due a number of days, weeks or months before a date. */
export function saysLeadTime(text: string): boolean {
  return readSentences(text).some(({ tokens }) =>
    tokens.some((t, i) => t.pos === 'NUM' && !t.negated && UNITS.has(tokens[i + 1]?.lemma ?? '') && BEFORE.has(tokens[i + 2]?.lower ?? '')),
  );
}
