/**
 * Mail from people outside the team starts a run however it is said: they mail or reply ("a client
 * emails asking for …", "buyers reply to our order notices"), they send to a mailbox of ours, or the
 * tool is told to watch a mailbox. Mail we send, and someone emailed by the run, start nothing.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('mail from people outside the team', () => {
  it.each([
    'If a client emails asking to reschedule, offer three free slots.',
    'Buyers reply to our order notices with questions; draft an answer to each.',
    'Vendors send credit notes to our finance mailbox; match each to its invoice.',
    'Monitor the bookings inbox and pull the dates out of each request.',
  ])('is mail coming in: "%s"', (text) => {
    expect(kind(text)).toBe('email');
  });

  it.each(['Buyers reply in WhatsApp with questions; draft an answer to each.'])(
    'a reply carried by another service is that service calling in: "%s"',
    (text) => {
      expect(kind(text)).toBe('webhook');
    },
  );

  it.each([
    'Pick the overdue loans and have each borrower emailed a reminder.',
    'Every Friday monitor the bookings inbox and list what is still unanswered.',
  ])('someone mailed by the run, or a mailbox a scheduled run looks at, starts nothing: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });
});
