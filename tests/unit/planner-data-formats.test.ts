import { describe, expect, it } from 'vitest';
import { handsBackData } from '../../agent/planner/result-shape';

describe('a result asked for in a data format', () => {
  it.each([
    // A CSV holds rows, whatever the result is called.
    ['every Friday email me the weekly sales report as a CSV', true],
    ['summarise the week and export it to CSV', true],
    // A CSV the person hands over is input: the writing asked is still handed back.
    ['I export our reviews to CSV and upload it; write a reply to each', false],
    ['write a friendly reply to each review', false],
  ])('%s → data %s', (text, data) => {
    expect(handsBackData(text, 0, false)).toBe(data);
  });
});
