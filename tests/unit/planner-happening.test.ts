/**
 * An event said as a clause of its own: "when" / "whenever" / "as soon as", a subject and a verb
 * of something happening (active or passive), answered by an order to the tool. The verb and the
 * system need not be known words; states, thresholds, hand-ins through the tool's own form and
 * clauses answered by a statement stay conditions.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('something happening, said as a clause', () => {
  it.each([
    'Whenever a warranty claim is approved in Odoo, write the customer a short confirmation.',
    'As soon as a parcel is flagged as lost, draft a message to the courier.',
    'When a subscriber downgrades their plan, send a short survey asking why.',
    'When a webinar finishes in Livestorm, thank every attendee.',
    'Once a quote gets accepted, prepare the kickoff checklist.',
    'When vendors confirm a delivery slot, update the warehouse rota and notify the dock team.',
  ])('is an event from elsewhere: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    'When the invoice total is above 2,000, ask for a second approval.',
    'When stock drops below 5 units, highlight the product.',
    'When a review mentions delivery, tag it as logistics.',
    'When a contract expires, show it at the top of the list.',
    'When a trainee submits a quiz, grade the answers against the key.',
    'When a budget line goes over plan, I want to see it in red.',
    'When a shopper changes their size, you confirm the new one.',
    'When the customer sounds upset, open with an apology.',
  ])('stays a condition or an occasion: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it('on a schedule, is a condition the run checks', () => {
    expect(kind('Every Monday at 8, list the open deals; when a deal gets stuck, add it to a separate section.')).toBeNull();
  });
});

describe('something happening, more shapes', () => {
  it.each([
    'When our booking engine reports a no-show, write the guest a rebooking offer.',
    'After a visitor completes the quiz on our site, send them a tailored reading list.',
    'Every time a licence expires in our admin console, email the account owner a renewal link.',
    'When a volunteer gives through our fundraising page, send a personal thank-you letter.',
    'When a tenant renews their lease, prepare the updated welcome pack.',
  ])('reads an owner, "after", a place for time passing, a verb read as a noun: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it('a passive of what the person hands over stays a condition on the input', () => {
    expect(kind('When a deadline is given, plan backwards from it.')).toBeNull();
  });
});

describe('the speaker acting after the clause', () => {
  it('makes the clause the occasion of their act, not a start', () => {
    expect(kind('When a prospect replies with interest, we call them the same day; keep name, company and status.')).toBeNull();
  });

  it('a wish of the speaker, or a relative clause, leaves the start as it is', () => {
    expect(kind('When a customer emails us, I want a draft reply ready.')).toBe('email');
    expect(kind('For each new contact that gets imported into our address book, suggest a group I confirm.')).toBe('record-created');
  });
});

describe('"the moment" opens an event clause', () => {
  it('as "when" does', () => {
    expect(kind('The moment a Shopify order is refunded, tell the warehouse.')).toBe('webhook');
    expect(kind('The minute an invoice gets paid, thank the client.')).toBe('webhook');
  });
});
