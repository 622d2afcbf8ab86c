/**
 * Quoted examples joined by "or", "and" or a comma are one run of examples: the list they sit in
 * goes on after the last of them.
 */
import { describe, expect, it } from 'vitest';
import { withoutExamples } from '../../agent/planner/example-mask';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('quoted examples in a row', () => {
  it('reads the item after two quoted examples joined by "or"', () => {
    expect(words("Buyers enter a keyword like 'oak' or 'walnut', optionally a price limit, and get matching tables.")).toContain(
      'price limit',
    );
  });

  it('leaves every joined quoted example out of the text', () => {
    expect(withoutExamples("Suggest a title like 'Spring sale', 'Last chance' or 'New in' for each mail.")).not.toMatch(
      /Last chance|New in/,
    );
  });
});
