/**
 * Criteria things are filtered, searched or matched by are values, as criteria things are
 * sorted by ("group answers by theme").
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('criteria after "by"', () => {
  it('reads what things are filtered by', () => {
    expect(words('Let the desk filter parcels by arrival week.')).toContain('arrival week');
  });

  it('reads what records are matched by', () => {
    expect(words('Write each grade back to its row in the class sheet (match by student number).')).toContain('student number');
  });
});
