/**
 * A bracket listing a table's columns is read column by column: a column the grammar cannot
 * read ("seats how many", "pets allowed", "check-in time") is taken as written when it is a
 * short run of words, a long remark is passed over, and the columns after it are still read.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

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

describe('parts and compounds in lists', () => {
  it('reads parts added together in a bracket as parts', () => {
    expect(words('I paste a recipe (ingredients + steps) and it writes a shopping list.')).toEqual(
      expect.arrayContaining(['ingredients', 'steps']),
    );
  });

  it('reads a compound of nouns amid a list, but not a table named there', () => {
    const said = words('Shifts: nurse, start time, ward, break minutes. Model: a rota table, a staff table and a calendar table.');
    expect(said).toEqual(expect.arrayContaining(['start time', 'ward']));
    expect(said).not.toContain('calendar table');
  });

  it('keeps a name apart from the list that holds it', () => {
    expect(words('Get back each item as name, size and price in an editable list.')).toContain('price');
  });
});

describe('the owner of a bracket of columns', () => {
  it('reads a plural owner as the rows, not as one more column', () => {
    expect(words('We keep our vehicles (plate, model, mileage) in one place.')).not.toContain('vehicles');
  });
});
