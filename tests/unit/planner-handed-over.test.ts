import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('a log or a spreadsheet handed over is a file to read, not a table kept', () => {
  it.each([
    'Look through a server log I paste and point out the lines that explain the crash.',
    'Go through a spreadsheet of course evaluations we upload and list the most common complaints.',
    'Attach our deployment log and get a plain-English timeline of the outage.',
    'Write a table of contents for a handbook from its chapter titles.',
  ])('%s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });

  it.each([
    ['Upload receipts, read the totals and add them to our expenses sheet.', 'expense'],
    ['Every refund we approve goes into our refunds log.', 'refund log'],
  ])('kept: %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});
