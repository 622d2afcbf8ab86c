import { describe, expect, it } from 'vitest';
import { cronProblem, timeZoneProblem } from '../../agent/spec/schedule-rule';
import { describeSchedule, parseSchedule, toSchedule } from '../../agent/planner/schedule';
import { findTimeZone } from '../../agent/planner/time-zones';

function schedule(text: string, previous?: { cron: string; timezone: string }) {
  const parts = parseSchedule(text);
  if (!parts) throw new Error(`no schedule in "${text}"`);
  return toSchedule(parts, previous);
}

describe('planner schedules in plain words → cron + IANA zone', () => {
  it('reads several days of the month back as ordinals', () => {
    expect(describeSchedule(schedule('on the 1st, 2nd, 3rd and 22nd at 9'))).toBe(
      'on the 1st, 2nd, 3rd and 22nd of every month at 09:00 (UTC)',
    );
    expect(describeSchedule(schedule('on the 11th at 9'))).toBe('on the 11th of every month at 09:00 (UTC)');
  });

  it.each([
    ['every Monday at 9am', '0 9 * * 1', 'UTC'],
    ['every Monday at 9', '0 9 * * 1', 'UTC'],
    ['daily at 8', '0 8 * * *', 'UTC'],
    ['every hour', '0 * * * *', 'UTC'],
    ['hourly', '0 * * * *', 'UTC'],
    ['on weekdays at 17:30 Berlin time', '30 17 * * 1-5', 'Europe/Berlin'],
    ['every weekday morning in New York', '0 8 * * 1-5', 'America/New_York'],
    ['every 15 minutes', '*/15 * * * *', 'UTC'],
    ['every 2 hours', '0 */2 * * *', 'UTC'],
    ['twice a day', '0 9,17 * * *', 'UTC'],
    ['Mondays and Thursdays at 10:30 Pacific time', '30 10 * * 1,4', 'America/Los_Angeles'],
    ['monthly on the 15th at 6pm', '0 18 15 * *', 'UTC'],
    ['on the first of every month at 6pm', '0 18 1 * *', 'UTC'],
    ['twice a month, on the 1st and 15th at 9', '0 9 1,15 * *', 'UTC'],
    ['the 5th, 12th and 20th of each month at 8am', '0 8 5,12,20 * *', 'UTC'],
    ['every morning at 7.45 London time', '45 7 * * *', 'Europe/London'],
    ['each Sunday evening', '0 18 * * 0', 'UTC'],
    ['weekly', '0 9 * * 1', 'UTC'],
    ['every day at 5', '0 17 * * *', 'UTC'],
    ['nightly at 11pm Tokyo time', '0 23 * * *', 'Asia/Tokyo'],
    ['every Wednesday at noon Paris time', '0 12 * * 3', 'Europe/Paris'],
    ['at 9 every day Europe/Paris', '0 9 * * *', 'Europe/Paris'],
    ['monday to thursday at 8:15 CET', '15 8 * * 1-4', 'Europe/Berlin'],
  ])('"%s" → %s (%s)', (text, cron, timezone) => {
    const s = schedule(text);
    expect(s).toEqual({ cron, timezone });
    expect(cronProblem(s.cron)).toBeNull();
    expect(timeZoneProblem(s.timezone)).toBeNull();
  });

  it('finds no schedule in sizes, volumes or prices', () => {
    for (const text of [
      'summarise 800-page contracts',
      'what would 2,000 images a month cost?',
      'a lead tracker with fields name and email',
      'every 0 minutes',
      'every 1000 hours',
    ]) {
      expect(parseSchedule(text)).toBeNull();
    }
  });

  it('keeps what a follow-up leaves unsaid from the previous schedule', () => {
    const previous = { cron: '30 9 * * 1', timezone: 'Europe/Berlin' };
    expect(schedule('run it every Friday instead', previous)).toEqual({ cron: '30 9 * * 5', timezone: 'Europe/Berlin' });
    expect(schedule('at 10 instead', previous)).toEqual({ cron: '0 10 * * 1', timezone: 'Europe/Berlin' });
    expect(schedule('run it daily', previous)).toEqual({ cron: '30 9 * * *', timezone: 'Europe/Berlin' });
    expect(schedule('same time but Tokyo time', previous)).toEqual({ cron: '30 9 * * 1', timezone: 'Asia/Tokyo' });
  });

  it('reads a schedule back in words', () => {
    expect(describeSchedule({ cron: '0 9 * * 1', timezone: 'UTC' })).toBe('every Monday at 09:00 (UTC)');
    expect(describeSchedule({ cron: '30 17 * * 1-5', timezone: 'Europe/Berlin' })).toBe('on weekdays at 17:30 (Europe/Berlin)');
    expect(describeSchedule({ cron: '0 * * * *', timezone: 'UTC' })).toBe('every hour (UTC)');
  });

  it('maps only named places to zones and leaves the rest to UTC', () => {
    expect(findTimeZone('send it at 9 Berlin time')).toBe('Europe/Berlin');
    expect(findTimeZone('at 8am ET')).toBe('America/New_York');
    expect(findTimeZone('for our team in São Paulo')).toBe('America/Sao_Paulo');
    expect(findTimeZone('the central dashboard')).toBeNull();
    expect(findTimeZone('every Monday at 9')).toBeNull();
  });
});
