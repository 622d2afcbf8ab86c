/**
 * How the corpus scorer judges a schedule: by what it means, not its cron text. A weekly label
 * with no day said (no list, or an empty one) accepts any one day; days said must all match.
 */
import { describe, expect, it } from 'vitest';
import { scheduleMatches } from '../eval/planner/score-corpus';

const weekly = (days?: ('monday' | 'friday')[]) => ({ every: 'week' as const, days, time: null, timezone: null });

describe('schedule scoring', () => {
  it('a week with no day said accepts any one day', () => {
    expect(scheduleMatches(weekly(), '0 9 * * 1', 'UTC')).toBe(true);
    expect(scheduleMatches(weekly([]), '0 9 * * 5', 'UTC')).toBe(true);
    expect(scheduleMatches(weekly([]), '0 9 * * 1-5', 'UTC')).toBe(false);
    expect(scheduleMatches(weekly([]), '0 9 * * *', 'UTC')).toBe(false);
  });

  it('days said must be the days run', () => {
    expect(scheduleMatches(weekly(['monday', 'friday']), '0 9 * * 1,5', 'UTC')).toBe(true);
    expect(scheduleMatches(weekly(['friday']), '0 9 * * 1', 'UTC')).toBe(false);
  });
});
