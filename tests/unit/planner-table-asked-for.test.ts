import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('a table asked for, and what its rows are', () => {
  it.each([
    ['We want a shared sign-up sheet where parents give their name, phone and the dates they can drive.', 'parent'],
    ['Supplier onboarding portal: suppliers register with company name, VAT number and bank details.', 'supplier'],
    ['Each returned parcel from the warehouse goes into a table with the order number, reason and condition.', 'parcel'],
  ])('%s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords || d.recordsApp).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});
