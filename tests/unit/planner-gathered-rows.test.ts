/**
 * Things gathered "in one place" are rows kept; "keep" going on or staying stores nothing; lists,
 * queues and times said with a colon are no tables of their own.
 */
import { describe, expect, it } from 'vitest';
import { keptRecords } from '../../agent/planner/record-tables';
import { saidTables } from '../../agent/planner/said-tables';
import { singular } from '../../agent/planner/words';

describe('rows gathered in one place', () => {
  it('what is gathered is a row', () => {
    const kept = keptRecords('Pull every new review into one queue and draft a reply to each.');
    expect(kept.keeps).toBe(true);
    expect(kept.noun).toBe('review');
  });

  it('nouns between "one" and the holder name the rows', () => {
    expect(keptRecords('Pull them all into one ticket list with the same fields.').noun).toBe('ticket');
  });

  it('the rows gathered name them over a choice said before', () => {
    expect(keptRecords('Put every inquiry in one place and ask follow-up questions.').noun).toBe('inquiry');
  });
});

describe('keep that stores nothing', () => {
  it('keep going on doing something', () => {
    expect(keptRecords('I keep writing matching cover letters in Word.').keeps).toBe(false);
  });

  it('kept staying some way', () => {
    expect(keptRecords('Get three shirt designs, kept print-friendly (short text, simple composition).').keeps).toBe(false);
  });

  it('an owner before a participle is no subject', () => {
    expect(keptRecords('At 4am run my saved searches and email me the results.').keeps).toBe(false);
  });

  it('pages saved to a site are no rows', () => {
    expect(keptRecords('Write a new post and save it to WordPress as a draft.').keeps).toBe(false);
  });
});

describe('said tables', () => {
  it('a list with columns names no table "list"', () => {
    expect(saidTables('Keep our company vehicles in one list with VIN, unit name, plate and odometer.').map((t) => t.noun)).not.toContain(
      'list',
    );
  });

  it('choices said after a capitalised plural are no table', () => {
    expect(saidTables('Statuses: Pending, Approved, Rejected, Cancelled.')).toEqual([]);
  });

  it('a Latin plural folds to its singular', () => {
    expect(singular('statuses')).toBe('status');
    expect(singular('causes')).toBe('cause');
  });
});
