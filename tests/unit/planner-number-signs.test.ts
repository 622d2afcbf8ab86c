/**
 * A number sign or "no" after a word is read as its number ("PO#", "engine no" → PO number, engine number): a list of fields with one
 * in it is read to its end, through the chat as a person types it.
 */
import { describe, expect, it } from 'vitest';
import { withNumberWords } from '../../agent/planner/number-signs';
import { newAppSpec, openEvalSession } from '../eval/planner/drive';
import { fieldsOf } from '../eval/planner/score-corpus';

describe('number signs', () => {
  it.each([
    ['pull confirmation #, carrier', 'pull confirmation number, carrier'],
    ['account #, account name, PO#, date', 'account number, account name, PO number, date'],
    ['case# / status', 'case number / status'],
    ['brand, model, engine no, chassis no and mileage', 'brand, model, engine number, chassis number and mileage'],
    ['extract invoice no., date, vendor', 'extract invoice number, date, vendor'],
  ])('reads "%s" as "%s"', (text, read) => {
    expect(withNumberWords(text)).toBe(read);
  });

  it.each(['post it to #support', 'a C# developer', 'item #3 on the list', 'the order no longer ships', 'answer yes or no, then save'])(
    'leaves a sign that is no number of a word: "%s"',
    (text) => {
      expect(withNumberWords(text)).toBe(text);
    },
  );

  it('names every field of a list that has one', async () => {
    const session = await openEvalSession();
    try {
      const spec = await newAppSpec(
        session,
        'guests forward their booking emails: pull booking #, airline, origin, destination and seat into the trip log',
      );
      expect(spec).not.toBeNull();
      // The fields the app shows, as the eval scores them: its form, its tables' columns and what it reads out.
      const names = fieldsOf(spec!).map((f) => f.name);
      expect(names).toEqual(expect.arrayContaining(['bookingNumber', 'airline', 'origin', 'destination', 'seat']));
    } finally {
      await session.close();
    }
  });
});
