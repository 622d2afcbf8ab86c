/**
 * Something happening elsewhere, read whatever its subject's shape: a noun phrase joined by "of"
 * ("one of our servers", "a member of staff"), and an order that opens with an adverb
 * ("…, immediately page the on-call engineer").
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('something happening, said with longer subjects', () => {
  it.each([
    'When one of our servers goes offline, immediately open an outage note for the team.',
    'When a member of staff resigns, draft the exit checklist for their manager.',
  ])('a subject joined by "of" still says something happening: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it('an order opening with an adverb still answers the clause', () => {
    expect(kind('When an invoice gets paid, quickly thank the client.')).toBe('webhook');
    expect(kind('When a parcel goes missing, immediately draft an apology to the buyer.')).toBe('webhook');
  });

  it('a state of such a subject is a condition, not a start', () => {
    expect(kind('When one of our servers is over 90% full, add a warning to the report.')).toBeNull();
  });
});
