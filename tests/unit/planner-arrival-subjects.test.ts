/**
 * Arrivals said as a clause's subject keep being arrivals when the subject grows: a service before a
 * compound noun ("our Typeform survey responses"), a place after the arrival ("every signup on our
 * landing page"), or a relative clause saying how it came ("every invoice that lands in the mailbox").
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

  it('what each one holds is no start', () => {
    expect(kind('Every registration on our events page has a name and a seat.')).toBeNull();
  });
});
