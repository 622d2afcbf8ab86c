/** A provider or gateway of ours posting to us, or a system of ours calling a URL, calls in; "every 24h" is a day. */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';
import { parseSchedule, toSchedule } from '../../agent/planner/schedule';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('who calls in, and how often', () => {
  it.each([
    'When a guest books a table through OpenTable, text them a confirmation.',
    'Our payment provider posts every refund to us; note the reason and tell finance.',
    'Our booking system calls an endpoint for every cancelled stay; write the apology.',
    'Our CRM tool calls us when a deal is lost; write the loss note.',
  ])('a named service or a provider posting to us calls in: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each(['every 24h check the price list', 'Every 24 hrs, scan the feed for new posts'])('"%s" runs daily', (text) => {
    expect(toSchedule(parseSchedule(text)!).cron).toBe('0 9 * * *');
  });

  it('the tool being built, called "our tool", is not another system', () => {
    expect(kind('Our tool sends it to Slack when done.')).toBeNull();
  });
});
