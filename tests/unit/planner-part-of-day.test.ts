/** A clock time said with a part of the day in the plural ("Sunday nights at 8") is in that part of the day. */
import { describe, expect, it } from 'vitest';
import { parseSchedule, toSchedule } from '../../agent/planner/schedule';

const cron = (text: string) => toSchedule(parseSchedule(text)!).cron;

describe('part of the day in the plural', () => {
  it.each([
    ["Thursday evenings at 7, send the volunteers next week's rota.", '0 19 * * 4'],
    ['Saturday nights at 10, post the party playlist.', '0 22 * * 6'],
    ['Weekday afternoons at 3, nudge whoever has overdue tasks.', '0 15 * * 1-5'],
  ])('"%s" → %s', (text, want) => {
    expect(cron(text)).toBe(want);
  });
});
