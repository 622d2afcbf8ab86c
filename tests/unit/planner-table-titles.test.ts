import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('a title with a place or owner, then the columns of what it names', () => {
  it.each([
    ['Key loans at the front desk: key number, borrower, time out, time back.', 'key loan'],
    ['Seed stock for our allotment: variety, packet count, sow-by date, shelf.', 'seed stock'],
  ])('%s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it.each([
    'Menu descriptions for our bistro: dish, ingredients, mood.',
    'Weekly check of our landing pages: every Monday open each page, look for broken links, and report them.',
  ])('no table when the title names writing or a job: %s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });
});

describe('a table the answer is laid out in is no table kept', () => {
  it.each(['Compare three vendor quotes I upload and show the prices in a table.', 'List the pros and cons of each option in a table.'])(
    '%s',
    (text) => {
      expect(understandDescription(text).keepsRecords).toBe(false);
    },
  );
});

describe('a job and its inputs after a colon is no title', () => {
  it('"Categorise invoices: from the vendor, the lines and the total, …" keeps nothing', () => {
    const text = 'Categorise invoices: from the vendor, the lines and the total, pick one cost centre with a confidence.';
    expect(understandDescription(text).keepsRecords).toBe(false);
  });
});
