/**
 * The speaker choosing or writing the material themselves ("I pick a thread", "I write a rough idea")
 * hands it over by hand, so the event said around it is an occasion, not a start; others choosing
 * among options ("the slot they pick") hand nothing over.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('material the speaker picks or writes', () => {
  it.each([
    'I pick an email thread from Gmail and get a three-line recap.',
    'When I create a new sprint task I write two lines about it; expand them into a full spec.',
  ])('is handed over by hand: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it('a choice others make among options hands nothing over', () => {
    expect(kind('Guests message us on WhatsApp; the helper offers free tables and books the one they pick.')).toBe('webhook');
  });
});
