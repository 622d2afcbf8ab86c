/**
 * Lists written other ways than with commas: numbered ("1) name 2) email"), with bars
 * ("Name | Email | Plan columns"); a list ends where a new clause starts (", and managers
 * approve them", "; when the status changes, …").
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('list separators and ends', () => {
  it('reads a numbered list', () => {
    expect(words('The intake form asks for: 1) company name 2) website 3) team size 4) main goal.')).toEqual([
      'company name',
      'website',
      'team size',
      'main goal',
    ]);
  });

  it('reads a list separated by bars and drops the word "columns"', () => {
    expect(words('The sheet has Title | Owner | Due Date columns.')).toEqual(['Title', 'Owner', 'Due Date']);
  });

  it('ends a list where "and" starts a new clause with its own subject', () => {
    expect(words('Drivers log the route, the mileage and the fuel used, and supervisors check them weekly.')).not.toContain('supervisors');
  });

  it('does not read a condition after a semicolon as a value', () => {
    const said = words('Each ticket has a subject, a requester and a status; when the status changes to closed, email the requester.');
    expect(said.some((w) => w.startsWith('when'))).toBe(false);
  });
});
