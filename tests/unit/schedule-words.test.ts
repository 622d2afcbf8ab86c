import { describe, expect, it } from 'vitest';
import { nextRuns, scheduleSentence, zoneInWords } from '../../agent/spec/schedule-words';

describe('schedules in words', () => {
  it('says the schedule, its zone and the next three runs in that zone', () => {
    const from = new Date('2026-12-01T12:00:00Z');
    expect(scheduleSentence({ cron: '0 16 * * 5', timezone: 'Europe/Berlin' }, from)).toBe(
      'At 16:00, only on Friday, Berlin time — next: Fri 4 Dec, 16:00; Fri 11 Dec, 16:00; Fri 18 Dec, 16:00',
    );
  });
  it('names zones as people do', () => {
    expect(zoneInWords('America/New_York')).toBe('New York time');
    expect(zoneInWords('UTC')).toBe('UTC');
  });
  it('computes runs in the schedule’s zone across a DST change', () => {
    // 09:00 in New York on the Monday before and after the November 2026 change (1 Nov).
    expect(nextRuns({ cron: '0 9 * * 1', timezone: 'America/New_York' }, new Date('2026-10-25T00:00:00Z'), 2)).toEqual([
      'Mon 26 Oct, 09:00',
      'Mon 2 Nov, 09:00',
    ]);
  });
});
