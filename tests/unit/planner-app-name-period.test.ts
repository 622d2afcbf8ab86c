/**
 * An app's name never says a schedule the app does not have: a template title's "Daily" follows
 * the schedule the person gave, and goes when they gave none. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { appName } from '../../agent/planner/app-name';
import { understandDescription } from '../../agent/planner/description';

const named = (text: string, title: string) => appName(understandDescription(text), title);

describe('a template title’s period word follows the app’s schedule', () => {
  it.each([
    ['Every Monday at 9, sum up what customers told us last week.', 'Weekly news and feedback digest'],
    ['On the first of each month at 8, sum up what customers told us.', 'Monthly news and feedback digest'],
    ['Each weekday at 7:30, sum up what customers told us yesterday.', 'Weekday news and feedback digest'],
    ['Every morning at 8, sum up what customers told us.', 'Daily news and feedback digest'],
    ['Sum up the customer comments I paste in.', 'News and feedback digest'],
  ])('%s → %s', (text, want) => {
    expect(named(text, 'Daily news and feedback digest')).toBe(want);
  });

  it('leaves a title without a period word alone', () => {
    expect(named('Every Monday at 9, draft replies to the reviews I paste.', 'Review reply drafter')).toBe('Review reply drafter');
  });
});
