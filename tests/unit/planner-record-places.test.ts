/**
 * Something new made or showing up in a place that keeps records (a CRM, a board, a tracker, a base,
 * a list) is a new record there; in a place of ours that is not named for records, only what does not
 * arrive from outside is.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('new things in a place that keeps records', () => {
  it.each([
    'Whenever a new customer appears in our CRM, write them a short hello.',
    'When a new card is created on the roadmap board, suggest acceptance criteria.',
    'For each new lead in our Notion base, guess the company size.',
    'When a new bug is logged in our issue tracker, suggest who should look at it.',
    'Whenever a new recipe is published on my cooking site, draft a newsletter blurb.',
  ])('starts a run on that record: "%s"', (text) => {
    expect(kind(text)).toBe('record-created');
  });

  it('a new order in a shop of ours still comes from outside', () => {
    expect(kind('When a new order shows up in our Shopify store, write a packing slip.')).toBe('webhook');
  });
});

describe('what comes from outside stays an arrival', () => {
  it('mail landing in a queue is mail coming in', () => {
    expect(kind('When a new email lands in our help queue, suggest a reply.')).toBe('email');
  });

  it('something arriving in an account of ours came from elsewhere', () => {
    expect(kind('When a new bill arrives in our accounting account, read the amount due.')).not.toBe('record-created');
  });
});
