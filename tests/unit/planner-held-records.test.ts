/**
 * A helpdesk's tickets are records it holds, whichever way they reached it: a new one starts a run on
 * a new record, unless the words say how it reaches the tool instead (by mail, through a webhook).
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('records held by a system of their own', () => {
  it.each([
    'Each new ticket should be translated to English and tagged with a product area.',
    'Give every incoming ticket a severity and a one-line summary.',
    'Whenever a ticket is created from the chat widget or the phone line, suggest a reply.',
    'When a new ticket arrives in our support desk, route it to billing or tech.',
  ])('a new ticket is a new record: "%s"', (text) => {
    expect(kind(text)).toBe('record-created');
  });

  it.each([
    ['For each new ticket (our desk sends it to a webhook), suggest a reply.', 'webhook'],
    ['Every incoming ticket comes in by email; suggest a reply.', 'email'],
  ])('a ticket said to reach us by mail or webhook comes that way: "%s"', (text, want) => {
    expect(kind(text)).toBe(want);
  });

  it('someone opening a ticket is that person acting, not a new ticket the clause is about', () => {
    expect(kind('When a visitor opens a ticket and types their question, show related help pages.')).not.toBe('record-created');
  });
});
