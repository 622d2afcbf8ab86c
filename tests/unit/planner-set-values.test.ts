/**
 * Setting a value: the object of "set", "update" or "change" names a value of the record,
 * whoever sets it; a verb with its particle ("set up") or a pronoun alone ("set it") names none.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('values that are set', () => {
  it('reads what is set, past an owner named with a possessive', () => {
    expect(words("When a parcel is scanned, set the parcel's delivery state and notify the buyer.")).toContain('delivery state');
  });

  it('reads what is updated or changed', () => {
    expect(words('Staff update the booking date and change the room number when guests move.')).toEqual(
      expect.arrayContaining(['booking date', 'room number']),
    );
  });

  it('names nothing for a verb and its particle or a lone pronoun', () => {
    expect(words('Set up a webhook for the shop and set it to run at night.')).toEqual([]);
  });

  it('reads the -s form of a setting verb after its subject, though tagged a plural noun', () => {
    expect(words('Scanning a shelf label changes its stock level.')).toContain('stock level');
    expect(words('The dispatcher updates the pickup window for each van.')).toContain('pickup window');
  });
});
