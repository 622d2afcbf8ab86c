/** Nouns that name a stretch of time ("every morning", "each year"): when a tool runs, never what a row is. */
import { WEEKDAY_WORDS } from './weekdays';
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'minute',
  'hour',
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'week',
  'month',
  'year',
  'quarter',
  'time',
  'today',
  // "every Monday", "Fridays at 6pm": the days a tool runs on.
  ...WEEKDAY_WORDS,
]);

/** "every week", "each morning": a stretch of time opened at `i` by every or each. */
export const periodSaidAt = (tokens: readonly { lower: string; lemma: string }[], i: number): boolean =>
  (tokens[i]?.lower === 'every' || tokens[i]?.lower === 'each') && TIME_NOUNS.has(tokens[i + 1]?.lemma ?? '');
