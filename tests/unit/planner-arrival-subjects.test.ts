/**
 * Arrivals said as a clause's subject keep being arrivals when the subject grows: a service before a
 * compound noun ("our Typeform survey responses"), a place after the arrival ("every signup on our
 * landing page"), or a relative clause saying how it came ("every invoice that lands in the mailbox"); and
 * new people outside the team said the same way ("New subscribers to our podcast get …").
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('arrivals as longer subjects', () => {
  it('a service before a compound noun sends what the compound names', () => {
    expect(kind('Our Jotform survey responses should be grouped into themes.')).toBe('webhook');
  });

  it('each arrival stays the subject when a place follows it', () => {
    expect(kind('Every registration on our events page should get a seat number.')).toBe('webhook');
  });

  it('a relative clause can say that mail reaches a mailbox', () => {
    expect(kind('Sort every message that lands in the shared mailbox by urgency.')).toBe('email');
  });

  it('new people outside the team, doing or undergoing something as the subject, have joined somewhere that tells us', () => {
    expect(kind('New subscribers to our podcast get a short welcome note.')).toBe('webhook');
    expect(kind('New Patreon members should be tagged by the tier they picked.')).toBe('webhook');
  });

  it('what each one holds, or new people only kept, is no start', () => {
    expect(kind('Every registration on our events page has a name and a seat.')).toBeNull();
    expect(kind('New clients have a name, an email and a budget.')).toBeNull();
    expect(kind('A simple list to keep track of new clients and their projects.')).toBeNull();
  });
});
