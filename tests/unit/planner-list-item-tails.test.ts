/**
 * What may follow a name inside a list and still belong to it or be passed over: a clause of its
 * own person ("the course they took"), a participle with its particle ("the post applied for"),
 * a range of values ("a score from 0 to 10"); a kind named by "type of" keeps its head word.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('list item tails', () => {
  it('passes over a range of values and reads on', () => {
    expect(words('A survey form: the team, a score from 0 to 10, a mood out of 5 and any remarks.')).toEqual(
      expect.arrayContaining(['team', 'score', 'mood', 'remarks']),
    );
  });

  it('keeps a clause of its own person in the name, and starts no list at its verb', () => {
    const said = words('Alumni form: the course they took, graduation year and current employer.');
    expect(said).toEqual(expect.arrayContaining(['course they took', 'graduation year', 'current employer']));
    expect(said).not.toContain('took');
  });

  it('keeps a participle with its particle "for"', () => {
    expect(words('Store the applicant, the post applied for, notice period and salary.')).toEqual(
      expect.arrayContaining(['post applied', 'notice period', 'salary']),
    );
  });

  it('keeps "type" in "the type of rooms" after a giving verb', () => {
    expect(words('I enter a city and the type of rooms I want, and it lists hotels.')).toContain('type of rooms I want');
  });
});
