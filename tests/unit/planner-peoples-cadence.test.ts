/**
 * How often people do their own part is no schedule of the tool's (peoples-cadence.ts); a period
 * said with a wish, an order to the tool, a chore to take over or something happening by itself is.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

const schedule = (text: string) => understandDescription(text).schedule?.cron ?? null;

describe("people's own cadence", () => {
  it.each([
    'we move books from our main library to an outreach branch once a week. i want to record each transfer and get a receipt',
    "i want something simple to log each day's totals so i can see the whole month at a glance",
    'every week I will enter the invoice totals, give me a chart of them',
    'the courier sends us a settlement csv every week. let me upload it and match it against our deliveries',
  ])('%s has no schedule', (text) => {
    expect(schedule(text)).toBeNull();
  });

  it.each([
    ['every friday i want a summary of the week’s sales', '0 9 * * 5'],
    ['every morning, remind me to drink water', '0 8 * * *'],
    ['every morning at 09:00 scan the subreddits we care about and send me a brief', '0 9 * * *'],
    ['every day around 5:30am I have to make the weather call myself. I want a go/no-go for the pours', '30 5 * * *'],
    ['invoices for our members so they go out automatically each month', '0 9 1 * *'],
  ])('%s runs on %s', (text, cron) => {
    expect(schedule(text)).toBe(cron);
  });
});

describe('roles on a team and things arriving', () => {
  it('an inspector doing the rounds, or bills coming in, say when they act', () => {
    expect(schedule('the inspector scans it each month and records the date and the equipment status')).toBeNull();
    expect(schedule('packages come in every day - let my team log each one with the date and carrier')).toBeNull();
  });

  it('renewals coming up are no arrival', () => {
    expect(schedule('log vendor contracts; weekly alert for renewals coming up')).not.toBeNull();
  });
});
