/**
 * "time" alone names no field ("save time", "at any time"), but a time said beside a date
 * ("date and time", "date & time") is a value a booking or an event keeps.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('a time beside a date', () => {
  it('reads "date and time" as two values', () => {
    expect(words('Coaches set date and time, then both players get an email.')).toEqual(expect.arrayContaining(['date', 'time']));
  });

  it('keeps the time of "date & time" in the name', () => {
    expect(words('Renters give their name, the van size, and date & time.')).toContain('date&time');
  });

  it('still takes no field from "time" said alone', () => {
    expect(words('Clients book at any time and we save time on calls.')).not.toContain('time');
  });
});
