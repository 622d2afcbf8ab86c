import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('the table is named for what one row is', () => {
  it.each([
    // A group noun the tagger misreads stays the subject when "each"/"every" opens the object.
    ['An app for the gym where staff record each class they teach: trainer, room, attendees.', 'class'],
    ['A place where crew log every voyage with harbour, skipper and hours at sea.', 'voyage'],
    // A group's rows are its members: a truck fleet keeps trucks, a sheep flock keeps sheep.
    ['A tracker for our truck fleet: registration, driver, odometer, last inspection.', 'truck'],
    ['A register of our goat herd with ear tag, breed, birth date and weight.', 'goat'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords || d.recordsApp).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it('names the table of a fleet tracker for the vehicles in it', () => {
    const d = understandDescription('A tracker for our bus fleet: registration, driver, odometer, last inspection.');
    expect(d.tables.map((t) => t.noun)).not.toContain('bus fleet');
    expect(d.recordNoun).toBe('bus');
  });

  it('reads one of many that people enter as the row ("a"/"each" before it)', () => {
    expect(understandDescription('Our members submit an expense claim with date, amount, and category.').recordNoun).toBe('expense claim');
  });

  it('leaves a log noun a noun when a determiner opens its phrase', () => {
    expect(understandDescription('Summarise the sales log each week and email me the totals.').recordNoun).not.toBe('week');
  });
});
