/**
 * Values the tool finds with a phrasal verb: the particle ("pull up", "dig out") is part of the
 * verb, and what follows it names the values found.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const said = (text: string) => saidFields(text);

describe('values found with a phrasal verb', () => {
  it('reads what the tool pulls up as a value handed back', () => {
    const field = said('A clerk scans the badge and the app pulls up the visitor permissions.').find(
      (f) => f.words === 'visitor permissions',
    );
    expect(field?.returned).toBe(true);
  });

  it('reads what the tool digs out', () => {
    expect(said('For every filing it digs out the reporting period and the auditor.').map((f) => f.words)).toEqual(
      expect.arrayContaining(['reporting period', 'auditor']),
    );
  });
});
