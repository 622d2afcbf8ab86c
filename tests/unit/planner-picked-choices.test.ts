/**
 * Choices and additions said around a list: "one tag from: A, B, C" names one field and its
 * choices, never fields of their own; "plus a mood (…)" adds a field even as a sentence of its
 * own; after a colon, a short item the grammar cannot read does not end the list.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const said = (text: string) => saidFields(text);
const words = (text: string) => said(text).map((f) => f.words);

describe('one thing picked from a list', () => {
  it('reads the thing picked as a field and the list after the colon as its choices', () => {
    const fields = said('Mark each expense with exactly one bucket from: Travel costs, Office supplies, Meals.');
    expect(fields.find((f) => f.words === 'bucket')?.hint).toBe('Travel costs, Office supplies, Meals');
    expect(fields.map((f) => f.words)).not.toContain('Meals');
  });
});

describe('"plus" opening a sentence', () => {
  it('adds its one field', () => {
    expect(words('Each photo gets a caption. Plus a mood (happy/calm/tense).')).toContain('mood');
  });
});

describe('an enumerated list after one item', () => {
  it('goes on past a short item read as written', () => {
    expect(words('Weekly stats for the store: number of orders, builds shipped, visitors from ads, and repeat buyers.')).toEqual(
      expect.arrayContaining(['builds shipped', 'visitors']),
    );
  });
});

describe('one value said of each row', () => {
  it('takes the one thing "with" names when it is said for each row', () => {
    expect(words('Every Monday mail the coach the players who missed training, with the excuse code for each one.')).toContain(
      'excuse code',
    );
  });
});
