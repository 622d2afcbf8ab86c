/**
 * A "whose" clause tests a value of each row ("tenants whose lease end date falls this month"):
 * what it tests is a field, however the tagger reads the word right after "whose".
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('values tested by a "whose" clause', () => {
  it('reads the noun a "whose" clause tests as a value', () => {
    expect(words('Each Friday, list the volunteers whose badge expiry is within a month.')).toContain('badge expiry');
  });
});
