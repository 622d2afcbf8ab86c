/**
 * Another system may be one the planner has no name for: arrivals from a place said by its proper
 * name ("Tickets via Deskpro", "receive orders from Ecwid") come from that system, as a clause's
 * subject or as what we receive. Things from a person, or handed over to be worked on, are not.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('systems named by their proper name', () => {
  it.each([
    'Tickets via Deskpro get a priority and a first answer.',
    'Receive orders from Ecwid and write a packing note for each.',
    'Bookings from Fresha should get a reminder text the day before.',
  ])('arrivals from them are calls in: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each(['Translate messages from Maria into Spanish.', 'Compare the orders from Ecwid that I paste with last month.'])(
    'things only worked on are no start: "%s"',
    (text) => {
      expect(kind(text)).toBeNull();
    },
  );
});
