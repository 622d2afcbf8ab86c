/**
 * A new thing kept in a place of ours that does not arrive from outside ("each new recipe on my
 * site") is a record there; on a schedule, a "when"/"once" clause after its main clause is a
 * condition the run checks, not a second start.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('records of ours and conditions on a schedule', () => {
  it('a new thing on a place of ours is a record there', () => {
    expect(detectEventTrigger('For each new recipe on my cooking site, write a shopping list.')).toEqual({
      kind: 'record-created',
      noun: 'recipe',
    });
  });

  it('a new thing that arrives stays an arrival', () => {
    expect(detectEventTrigger('For every new booking on our site, write a welcome note.')?.kind).toBe('webhook');
  });

  it('on a schedule, a trailing clause of mail arriving is a condition', () => {
    expect(
      detectEventTrigger('Every Monday at 9 list unpaid invoices; an invoice leaves the list once its receipt email arrives.'),
    ).toBeNull();
  });
});
