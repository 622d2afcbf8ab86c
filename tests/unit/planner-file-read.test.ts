/** A file-like document the tool goes over closely is handed to it, upload said or not; one it writes is not. */
import { describe, expect, it } from 'vitest';
import { givenInputs } from '../../agent/planner/given-inputs';

describe('a document the tool goes over', () => {
  it.each([
    'Summarise a signed lease into the dates and amounts that matter.',
    'Screen incoming résumés for the must-have skills.',
    'Go through a supplier agreement and list what we owe them.',
    'Review an NDA and flag anything one-sided.',
    'Read the credit card statement and group the spending.',
  ])('is given: "%s"', (text) => {
    expect(givenInputs(text).document).toBe(true);
  });

  it.each([
    'Draft a lease for a new tenant from their name and the rent.',
    'Review the contract clause I paste and suggest a fairer wording.',
    'Check the invoice total I type against the order amount.',
  ])('is not: "%s"', (text) => {
    expect(givenInputs(text).document).toBe(false);
  });
});
