/** The speaker making or changing a record of theirs ("when I add…", "when I tick … in my tracker") starts a run on it. */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe("the speaker's own records", () => {
  it.each([
    ['Whenever I create a support case, suggest three likely causes.', 'case'],
    ['When we close a deal in our sales tracker, draft the handover note.', 'sale'],
    ['When I tick a task as finished in my chores spreadsheet, log the time it took.', 'chore'],
  ])('"%s" → a record of %s', (text, noun) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'record-created', noun });
  });

  it.each(['When I run it, go through the open tickets and rank them.', 'When I need a slogan, I type the product and it suggests five.'])(
    'an occasion of use is not: "%s"',
    (text) => {
      expect(detectEventTrigger(text)).toBeNull();
    },
  );
});
