/**
 * Schedules said in other words: the part of the day said before the clock time, a business
 * day in the singular, the end of each day, and every 24 hours as once a day. A single date
 * ("next Tuesday") or a point to look back to ("since Friday") is no day the tool runs on, and
 * an amount per day ("hours per day") is no schedule.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
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

  it.each([
    ['Every Wednesday at 10, list what changed since Monday.', '0 10 * * 3'],
    ['Our offsite is next Thursday; every morning at 8 send me the open prep tasks.', '0 8 * * *'],
    ['After the Sunday service, every Monday at 9 draft the volunteer thank-you email.', '0 9 * * 1'],
  ])('reads "%s" as %s, the other day named being no run day', (text, expected) => {
    expect(cron(text)).toBe(expected);
  });

  it.each([
    'A new starter joins this Friday: plan their first week from their role and team.',
    'Staff enter hours per day against each client.',
    // A day that names a thing held on it is no run day.
    'Sunday school check-in: the teacher checks each kid in and picks which parent dropped them off.',
    'Our Saturday market stall: log every sale with item, price and payment method.',
    "Turn Sunday's sermon notes I paste into a discussion guide.",
  ])('reads no schedule in "%s"', (text) => {
    expect(understandDescription(text).schedule).toBeNull();
  });

  it.each([
    ['9:25am post every in-progress issue: number, title, assignee', '25 9 * * *'],
    ['8am pacific morning report: weather, urgent unread email, today’s calendar', '0 8 * * *'],
    ["monthly treasurer's report for the board from our P&L", '0 9 1 * *'],
    ['every midnight send a status email with yesterday’s sales', '0 0 * * *'],
    ['email them every calendar day at 9:00 AM until they submit it', '0 9 * * *'],
    ['Send me a morning briefing on Telegram at 9am Rome time', '0 9 * * *'],
  ])('reads "%s" as %s: a time the ask opens on, a period before an owner of the thing made', (text, expected) => {
    expect(understandDescription(text).schedule?.cron).toBe(expected);
  });

  it('reads no schedule in a morning brief asked for on the spot', () => {
    expect(understandDescription('I paste in my calendar and get one morning brief back').schedule).toBeNull();
  });

  it('reads a period said as such before one said as an adjective', () => {
    expect(understandDescription('Once a week check each site and log issues for the monthly review.').schedule?.cron).toBe('0 9 * * 1');
    expect(understandDescription('Every day at 6pm collect the new leads for the weekly report.').schedule?.cron).toBe('0 18 * * *');
  });
});

/**
 * The days a schedule runs on are the days said as runs: not days left out ("skipping Sundays"),
 * a span looked back over ("covering last Monday to Sunday"), a grouping ("listed by weekday"),
 * nor "week day by day"; and "every Monday" outweighs a "monthly" that describes a figure.
 */
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

describe('days said in passing', () => {
  it.each([
    ['every friday post a slack recap of what everyone is scheduled to work on monday', '0 9 * * 5'],
    ["mondays 8am send me last week's covers, with the POS csv that arrives sunday night", '0 8 * * 1'],
    ['every monday and thursday at 9 post the menu', '0 9 * * 1,4'],
    ['Tuesdays, Thursdays and saturdays at 7 send a reminder', '0 7 * * 2,4,6'],
    ['send the report on Monday and Thursday', '0 9 * * 1,4'],
  ])('%s → %s', (text, want) => {
    expect(cron(text)).toBe(want);
  });

  it('working days counted are a span, not the days it runs', () => {
    expect(cron('every morning at 6 warn the assigned handler 5 working days before the legal deadline')).toBe('0 6 * * *');
    expect(cron('each working day at 8 send the list')).toBe('0 8 * * 1-5');
  });

  it('a day named in passing gives a daily run no days', () => {
    expect(cron("Every day, email the team a summary of what's due, with Monday's planning first")).toBe('0 9 * * *');
    expect(cron('daily on weekdays at 8 send the list')).toBe('0 8 * * 1-5');
  });
});
