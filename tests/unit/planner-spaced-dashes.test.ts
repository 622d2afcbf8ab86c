/**
 * A hyphen typed between spaces is a dash, as "—" is: it joins no words into one name, and
 * describing words between two such dashes after a name are that name's choices.
 */
import { describe, expect, it } from 'vitest';
import { isDash } from '../../agent/planner/list-marks';
import { readSentences } from '../../agent/planner/language';
import { saidFields } from '../../agent/planner/said-fields';

describe('hyphens typed as dashes', () => {
  it('tells a spaced hyphen from one inside a word', () => {
    const tokens = readSentences('A check-in form - quick to fill.')[0]!.tokens;
    const hyphens = tokens.filter((t) => t.text === '-').map(isDash);
    expect(hyphens).toEqual([false, true]);
  });

  it('reads describing words between two spaced hyphens as the choices of the name before them', () => {
    const fields = saidFields('Log each visit with a mood - calm, tense or angry - and the visitor name.');
    expect(fields.map((f) => [f.words, f.hint])).toEqual([
      ['mood', 'calm, tense, angry'],
      ['visitor name', null],
    ]);
  });
});
