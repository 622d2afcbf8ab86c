/**
 * "Sort X by Y": what follows a sorting verb's "by" names the values to sort on (fields), never
 * the labels to sort into; labels still come after "into" or "as".
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('sorting criteria', () => {
  it('reads the criteria after "by" as fields, not labels', () => {
    const d = understandDescription('Each week, rank the new suppliers by delivery reliability, price level and region.');
    expect(d.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['deliveryReliability', 'priceLevel', 'region']));
    expect(d.labels).toBeNull();
  });

  it('still reads labels after "into"', () => {
    const d = understandDescription('Sort incoming emails into sales, support or spam.');
    expect(d.labels).toEqual(['sales', 'support', 'spam']);
  });
});
