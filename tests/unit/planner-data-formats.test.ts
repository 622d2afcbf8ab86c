import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
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

describe('a file of values asked for, whatever the learned model leans to', () => {
  it.each([
    'every monday at 3am turn the weekly sales report printout into a clean csv and email it to the execs',
    'when a purchase order webhook comes in, build the PO as XML, store it and email it to the vendor',
  ])('is data: %s', (text) => {
    expect(handsBackData(text, 0, false)).toBe(true);
    expect(understandDescription(text).structured).toBe(true);
  });
});
