import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('rows kept as "a record" are named for what they are', () => {
  it.each([
    ['every time a candidate applies, keep it as a record and send them a thank-you note', 'candidate'],
    ['a new parcel at reception: save it as a record and text the person it is for', 'parcel'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});
