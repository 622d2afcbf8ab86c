/**
 * Schedules said in other words: the part of the day said before the clock time, a business
 * day in the singular, the end of each day, and every 24 hours as once a day.
 */
import { describe, expect, it } from 'vitest';
import { parseSchedule, toSchedule } from '../../agent/planner/schedule';

const cron = (text: string) => {
  const parts = parseSchedule(text);
  return parts ? toSchedule(parts).cron : null;
};

describe('schedule phrasings', () => {
  it.each([
    ['Each evening at 7, write the shift handover.', '0 19 * * *'],
    ['Every afternoon at 3 check the build queue.', '0 15 * * *'],
    ['Every morning at 7, list the day’s meetings.', '0 7 * * *'],
    ['Each business day, summarise the new support tickets.', '0 9 * * 1-5'],
    ['On every work day at 8:15 send the standup reminder.', '15 8 * * 1-5'],
    ['At the end of every day, send me the open tickets.', '0 17 * * *'],
    ['Every 24 hours, check the sitemap for broken links.', '0 9 * * *'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(cron(text)).toBe(expected);
  });
});
