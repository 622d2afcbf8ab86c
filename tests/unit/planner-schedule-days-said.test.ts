/**
 * The days a schedule runs on are the days said as runs: not days left out ("skipping Sundays"),
 * a span looked back over ("covering last Monday to Sunday"), a grouping ("listed by weekday"),
 * nor "week day by day"; and "every Monday" outweighs a "monthly" that describes a figure.
 */
import { describe, expect, it } from 'vitest';
import { parseSchedule, toSchedule } from '../../agent/planner/schedule';

const cron = (text: string) => {
  const parts = parseSchedule(text);
  return parts ? toSchedule(parts).cron : null;
};

describe('the days a schedule runs on', () => {
  it.each([
    ['at 7am every day pull yesterday’s sales into one email to the ops team, skipping Sundays', '0 7 * * *'],
    ['emailed to the owner on Monday mornings at 6:00 covering last Monday to Sunday', '0 6 * * 1'],
    ['Every Friday I want a weekly attendance summary, listed by weekday and grouped by form group', '0 9 * * 5'],
    ['Every Monday at 9am post who is on call and the rotation for the rest of the week day by day', '0 9 * * 1'],
    ['Every Monday at 6am: pull last week’s traffic, compare with the previous week and the monthly average', '0 6 * * 1'],
    // Unchanged: days said as runs.
    ['every weekday at 8 send the standup digest', '0 8 * * 1-5'],
    ['on the 1st of every month at 9 send the monthly report', '0 9 1 * *'],
    ['every Tuesday to Thursday at 10am check the queue', '0 10 * * 2-4'],
  ])('%s → %s', (text, expected) => {
    expect(cron(text)).toBe(expected);
  });
});
