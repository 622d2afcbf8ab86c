/**
 * After a colon, commas part the items: once two items are read, an item the grammar cannot read
 * is taken as written when it is short and plain, and passed over to the next comma otherwise,
 * so the items after it are still read.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('lists after a colon', () => {
  it('goes on past an item with a tail it cannot read', () => {
    expect(words('Each report shows: the driver, the route, is it late or early by more than an hour, the fuel used.')).toEqual(
      expect.arrayContaining(['driver', 'route', 'fuel used']),
    );
  });

  it('takes a short plain item the grammar cannot read as written', () => {
    expect(words('Asset register: asset tag, serial number, last serviced, warranty end, status.')).toContain('last serviced');
  });

  it('does not pass over what a sentence after a colon says, before two items are read', () => {
    expect(words('Daily log per depot: each driver adds what they delivered, what broke, any delays; managers read them.')).toEqual(
      expect.arrayContaining(['what they delivered', 'what broke']),
    );
  });
});
