/**
 * Placeholders in a message template name the values the tool fills in: each is a field,
 * with its underscores read as spaces; a long run in braces is not a name.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('template placeholders', () => {
  it('reads each placeholder in single or double braces as a field', () => {
    expect(words('When a parcel ships, text the buyer: "Hello {{buyer_name}}, order {order_id} leaves on {ship_date}."')).toEqual(
      expect.arrayContaining(['buyer name', 'order id', 'ship date']),
    );
  });

  it('takes no field from a run of five words in braces, and one of four', () => {
    expect(words('Text the guest: "See you soon, {guest first name at arrival}."')).not.toContain('guest first name at arrival');
    expect(words('Text the guest: "See you soon, {guest first name here}."')).toContain('guest first name here');
  });

  it('reads placeholders in angle brackets, even in an example of the text made', () => {
    expect(words("An attendance report per student, titled like 'Attendance Report for <student> in <grade> for <year>'.")).toEqual(
      expect.arrayContaining(['student', 'grade', 'year']),
    );
    expect(words('Flag orders where total < 100 and quantity > 5.')).toEqual([]);
  });
});
