/**
 * Period words and clock times: one thing delivered each period is a run each period, a
 * period adjective describing a measure gives way to a schedule said otherwise, and a time
 * written with a leading zero is read on the 24-hour clock.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { deliveredPerPeriod, withoutPeriodMeasures } from '../../agent/planner/period-words';
import { parseSchedule, toSchedule } from '../../agent/planner/schedule';

const cronOf = (text: string) => understandDescription(text).schedule?.cron ?? null;

describe('period words', () => {
  it.each([
    ['Send me one recap a day of the tickets we closed.', 'daily'],
    ['I want a single summary per week of what the sales team logged.', 'weekly'],
    ['Post one short update a month about new hires to the intranet.', 'monthly'],
    ['Write a newsletter each week from the links I save.', 'weekly'],
    ['one short-form email a day about the sites that went down', 'daily'],
  ])('reads "%s" as %s', (text, frequency) => {
    expect(deliveredPerPeriod(text)).toBe(frequency);
    expect(parseSchedule(text)?.frequency).toBe(frequency);
  });

  it.each(['We get about 40 invoices a day; pull out the totals.', 'Give me a summary of this article.'])(
    'reads no delivery per period in "%s"',
    (text) => {
      expect(deliveredPerPeriod(text)).toBeNull();
    },
  );

  it('lets a period adjective that describes a measure give way to the schedule said', () => {
    expect(withoutPeriodMeasures('compare spend with the monthly budget')).not.toContain('monthly');
    expect(withoutPeriodMeasures('suppliers send their weekly price lists')).not.toContain('weekly');
    expect(withoutPeriodMeasures('post a weekly digest')).toContain('weekly');
    expect(withoutPeriodMeasures('set up a nightly job')).toContain('nightly');
    expect(cronOf('Check costs against our monthly limit and every Thursday send the finance team a report.')).toBe('0 9 * * 4');
    // With nothing else said, the period word still sets the schedule.
    expect(cronOf('A weekly digest of our support tickets')).toBe('0 9 * * 1');
    // Things sent anew each period, "update" read as a verb by the tagger too.
    expect(cronOf('a weekly scorecard of our app store ratings')).toBe('0 9 * * 1');
    expect(cronOf('daily traffic update in the team channel: incidents and delays')).toBe('0 9 * * *');
  });

  it('reads a time with a leading zero on the 24-hour clock', () => {
    expect(toSchedule(parseSchedule('every day at 04:30 UTC')!).cron).toBe('30 4 * * *');
    expect(toSchedule(parseSchedule('every day at 4:30')!).cron).toBe('30 16 * * *');
  });
});
