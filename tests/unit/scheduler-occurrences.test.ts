import { describe, expect, it } from 'vitest';
import { dueOccurrence, nextOccurrences, ScheduleRuleError } from '../../server/scheduler/occurrences';

const mondayNineBerlin = { cron: '0 9 * * 1', timezone: 'Europe/Berlin', missed: 'run-once' as const };

describe('schedule occurrences', () => {
  it('fires Monday 09:00 Europe/Berlin at the right UTC instants across the October DST change', () => {
    // CEST (UTC+2) until 2026-10-25, CET (UTC+1) after.
    const runs = nextOccurrences(mondayNineBerlin, new Date('2026-10-12T00:00:00Z'), 4);
    expect(runs.map((d) => d.toISOString())).toEqual([
      '2026-10-12T07:00:00.000Z',
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-11-02T08:00:00.000Z',
    ]);
  });

  it('fires at the right UTC instants across the March DST change', () => {
    const runs = nextOccurrences(mondayNineBerlin, new Date('2027-03-21T00:00:00Z'), 2);
    // 2027-03-28 is the last Sunday of March: Monday 22nd is CET, Monday 29th is CEST.
    expect(runs.map((d) => d.toISOString())).toEqual(['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z']);
  });

  it('runs an on-time occurrence and nothing before it is due', () => {
    const last = new Date('2026-10-19T07:00:00Z');
    expect(dueOccurrence(mondayNineBerlin, last, new Date('2026-10-26T07:59:59Z'))).toEqual({ fireAt: null, missed: 0, latest: null });
    expect(dueOccurrence(mondayNineBerlin, last, new Date('2026-10-26T08:00:10Z'))).toEqual({
      fireAt: new Date('2026-10-26T08:00:00Z'),
      missed: 0,
      latest: new Date('2026-10-26T08:00:00Z'),
    });
  });

  it('runs missed occurrences once, or skips them, as the spec says', () => {
    const last = new Date('2026-10-05T07:00:00Z');
    const later = new Date('2026-10-28T12:00:00Z'); // three Mondays missed while down
    expect(dueOccurrence(mondayNineBerlin, last, later)).toEqual({
      fireAt: new Date('2026-10-26T08:00:00Z'),
      missed: 3,
      latest: new Date('2026-10-26T08:00:00Z'),
    });
    expect(dueOccurrence({ ...mondayNineBerlin, missed: 'skip' }, last, later)).toEqual({
      fireAt: null,
      missed: 3,
      latest: new Date('2026-10-26T08:00:00Z'),
    });
  });

  it('refuses an invalid cron or time zone with a sentence', () => {
    expect(() => nextOccurrences({ cron: '61 9 * * 1', timezone: 'Europe/Berlin' }, new Date())).toThrow(ScheduleRuleError);
    expect(() => nextOccurrences({ cron: '0 9 * * 1', timezone: 'Mars/Olympus' }, new Date())).toThrow(/IANA time zone/);
  });
});
