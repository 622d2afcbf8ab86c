/**
 * A sentence end inside a bracket ("(e.g. 3.OA.A.1)") reads on to where the bracket closes; a
 * bracket never closed does not join every sentence after it. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readSentences } from '../../agent/planner/language';

describe('sentences and brackets', () => {
  it('reads on through dots inside a short bracket', () => {
    expect(readSentences('Tag each lesson with its standard (e.g. 4.NF.B.3) and a grade.')).toHaveLength(1);
  });

  it('does not join sentences after a bracket left open', () => {
    expect(readSentences('Rate each call (1-5. Then email me the worst one. Keep a log of the scores.').length).toBeGreaterThan(1);
  });
});
