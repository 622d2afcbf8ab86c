/** When a tool runs is never what its rows are: "every morning," names no table. Wording written for this test. */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('time nouns are not record nouns', () => {
  it.each(['Every morning, send me the overdue library loans.', 'Each weekend, collect what the volunteers logged.'])('%s', (text) => {
    const noun = understandDescription(text).recordNoun;
    expect(noun === null || !['morning', 'weekend'].includes(noun)).toBe(true);
  });
});
