import { describe, expect, it } from 'vitest';
import { rowCandidates } from '../../agent/planner/learned/row-candidates';

describe('a verb in -s after a determiner of one thing is no part of a row noun', () => {
  it.each([
    ['When a new email lands, turn it into proposed tasks (one per action item).', 'email'],
    ['when an invoice PDF lands in the inbox, read it', 'invoice'],
  ])('%s', (text, noun) => {
    const nouns = rowCandidates(text).map((c) => c.noun);
    expect(nouns).toContain(noun);
    expect(nouns.some((n) => n.endsWith(' land'))).toBe(false);
  });

  it('a plural compound after "the" stays one noun: "the sales reports"', () => {
    expect(rowCandidates('keep the sales reports in a table').map((c) => c.noun)).toContain('sales report');
  });
});
