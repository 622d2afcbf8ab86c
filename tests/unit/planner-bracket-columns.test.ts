/**
 * A bracket listing a table's columns is read column by column: a column the grammar cannot
 * read ("seats how many", "pets allowed", "check-in time") is taken as written when it is a
 * short run of words, a long remark is passed over, and the columns after it are still read.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/field-lists';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('columns in a bracket', () => {
  it('takes unreadable short columns as written and reads on', () => {
    expect(words('Campsite bookings: pitches (number, seats how many, pets allowed, check-in time, nightly rate, photo).')).toEqual(
      expect.arrayContaining(['seats how many', 'pets allowed', 'check-in time', 'nightly rate', 'photo']),
    );
  });

  it('passes over a long remark among the columns', () => {
    const said = words('We keep our orders (item, the thing we always forget to ask about, quantity, price).');
    expect(said).toEqual(expect.arrayContaining(['item', 'quantity', 'price']));
    expect(said.some((w) => w.includes('forget'))).toBe(false);
  });
});
