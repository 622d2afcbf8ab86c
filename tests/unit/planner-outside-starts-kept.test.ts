/**
 * Outside starts said plainly stay starts: a hand-over in another sentence vetoes only a start with
 * no named source and only when it is the way the material comes in ("sometimes I paste one in" is
 * a way besides); picking a person or a setting hands no material over; "we"/"I" right after the
 * event's noun opens a relative clause, not the main one; "know when X happens" waits for X.
 * (What is still vetoed or still a question: planner-who-starts-it and planner-event-clause-bounds.)
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('a hand-over in another sentence', () => {
  it.each([
    'When a new order comes in from Shopify, write a packing note. Sometimes I paste an order in myself.',
    'When a tenant reports a problem through our form, log it and write a reply. I type in the phone ones myself.',
    'When a booking comes in through our website, send the guest a confirmation. We type in phone bookings too.',
    'Whenever a new lead comes in from HubSpot, draft an intro email. I will paste in leads from events.',
  ])('leaves a start with a named source: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });
});

describe('picking a person or a setting hands nothing over', () => {
  it.each([
    'For every new signup on our site, send a welcome email. I pick which template to use.',
    'When a form is submitted I choose a reviewer and it emails them.',
    'Ask me when a new invoice arrives and I pick the approver.',
    'When a new order comes in from Shopify, write a thank-you note. We choose the tone.',
  ])('"%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });
});

describe('the speaker right after the event noun opens a relative clause', () => {
  it.each([
    'When an invoice I sent gets paid on Stripe, thank the customer.',
    'When a form we host on Typeform is submitted, score the answers.',
    'When a ticket I opened is closed in Jira, post a note in Slack.',
    'When a contract we sent gets signed in DocuSign, file it.',
    "When an invoice we've sent gets paid on Stripe, thank the customer.",
  ])('"%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });
});

describe('"know when" something happens waits for it', () => {
  it.each([
    'I want to know when a customer leaves a bad review on our site so I can reply fast.',
    'I would like to know when a new review comes in.',
    'I want to know when a payment fails in Stripe and get a short summary.',
  ])('"%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });
});
