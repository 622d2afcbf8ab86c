/** A waiting list named is a table of its own, beside whatever else is kept, and no writing handed back. */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { namedWaitlist } from '../../agent/planner/waitlists';

describe('a waiting list named', () => {
  it.each([
    ['put callers on a waitlist when every table is taken', 'waitlist'],
    ['parents can add their child to the waiting list for next term', 'waiting list'],
    ['keep a standby list for cheaper seats', 'standby list'],
  ])('%s → %s', (text, name) => {
    expect(namedWaitlist(text)).toBe(name);
  });

  it('is none when said away: "no waitlist, just say the class is full"', () => {
    expect(namedWaitlist('no waitlist, just say the class is full')).toBeNull();
  });

  it('is a table beside the rows a title names', () => {
    const d = understandDescription('pottery class booking for our studio: class, name, phone; a waitlist once a class is full');
    expect(d.recordNoun).toBe('pottery class booking');
    expect(d.joined).toContain('waitlist');
  });

  it('keeps its people where nothing else is kept, and a notice sent from it is still writing', () => {
    const d = understandDescription('people join a waitlist for sold-out tours, and when a seat frees up the first one gets a text');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('waitlist');
    expect(d.structured).toBe(false);
  });
});
