/**
 * Sorting things into groups gives each thing a value: a category (or the group word said),
 * and the groups listed are that value's choices rather than fields.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('values named by sorting into groups', () => {
  it('gives each thing a category when the verb says to categorise', () => {
    expect(words('Paste a list of purchases and have each one categorized.')).toContain('category');
  });

  it('takes the groups after "one of" for choices, not fields', () => {
    const said = words('Put every donation in just one of Schools, Health, Housing or Other.');
    expect(said).toContain('category');
    expect(said).not.toContain('Schools');
  });

  it('names the value after the group word said', () => {
    expect(words('Read each deal note and move it into the right stage.')).toContain('stage');
  });

  it('reads nothing from the noun "categories" or a negated sorting', () => {
    expect(words('Show the categories on the home page.')).not.toContain('category');
    expect(words("Don't categorise anything.")).not.toContain('category');
  });
});
