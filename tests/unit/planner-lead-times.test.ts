/**
 * A lead time before a date ("two days before the deadline") says the tool must look every day for
 * what falls due, when nothing else starts it; said beside an event, it is a step of that run.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

const schedule = (text: string) => understandDescription(text).schedule;

describe('lead times before a date', () => {
  it.each([
    'Library loans: book, borrower email, return date. Mail the borrower 2 days before the return date.',
    'Car service plan: remind each owner one week ahead of the next service date.',
  ])('with nothing else starting it, the tool runs daily: "%s"', (text) => {
    expect(schedule(text)?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('an event tool with a lead-time step keeps no schedule', () => {
    expect(schedule('When a new loan is added to the loans table, mail the borrower 2 days before the return date.')).toBeNull();
  });

  it('a span of days that is no lead time says nothing about when it runs', () => {
    expect(schedule('Plan a 5 day trip to Lisbon with a budget and a list of sights.')).toBeNull();
  });
});
