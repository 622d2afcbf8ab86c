/**
 * Workloads against lengths of what is written: a cap or rounding on a length ("under 80
 * words", "at most 300 words", "~100 word") and the length of a part ("lines of 7-9 words")
 * shape the writing, a clock time ("1 PM") is no amount, and a range written as one token
 * ("5-20 leads per batch") counts its upper end.
 */
import { describe, expect, it } from 'vitest';
import { statedWorkloads } from '../../agent/planner/stated-workload';

describe('workload phrasings', () => {
  it.each([
    'Write a bio of no more than 150 words from my CV notes.',
    'Draft a product blurb, maximum 60 words.',
    'Give me a ~200 word summary of the call.',
    'Keep paragraphs of 3-4 sentences and bullets of 8-12 words.',
    'Every Monday at 9 AM post the standup agenda.',
  ])('reads no workload in "%s"', (text) => {
    expect(statedWorkloads(text)).toEqual([]);
  });

  it.each([
    ['Typically 10-40 tickets per run.', { amount: 40, unit: 'tickets', per: 'run' }],
    ['Our filings run to 250 pages each.', { amount: 250, unit: 'pages', per: 'document' }],
    ['We handle around 30 claims a day.', { amount: 30, unit: 'claims', per: 'day' }],
  ])('reads "%s"', (text, workload) => {
    expect(statedWorkloads(text)).toContainEqual(workload);
  });
});
