/**
 * Where a clause saying when something happens stops, and what it names: with no comma the main
 * clause opens where the speaker follows the event ("when someone approves a startup we send the
 * founder an email" is no mail coming in); things arriving "as each message arrives" are what the
 * sentence works on; a thing kept "on each ticket" is where it sits, not a start.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('the main clause opens where the speaker follows the event', () => {
  it('mail sent in the main clause is not mail coming in', () => {
    expect(kind('When a manager approves a volunteer we note it and send them a welcome email.')).toBe(null);
  });

  it('an event with its comma left out still reads as one', () => {
    expect(kind('When a customer emails us we want a draft reply ready.')).toBe('email');
  });
});

describe('what arrives "as each one arrives" is what the sentence works on', () => {
  it('a message arriving where the sentence names the inbox is mail', () => {
    expect(kind('As each message arrives, sort it into a folder and clear it out of the inbox.')).toBe('email');
  });

  it('without mail words it is a call from elsewhere', () => {
    expect(kind('As each order arrives, write a packing note.')).toBe('webhook');
  });
});

describe('"on each" after a thing kept says where it sits', () => {
  it('a note kept on each order is no start', () => {
    expect(kind('Keep our orders in a table with a packing note on each order.')).toBe(null);
  });

  it('a thing an order makes on each one that comes is still a start', () => {
    expect(kind('Draft a reply on every booking.')).toBe('webhook');
    expect(kind('Give me a summary on each registration.')).toBe('webhook');
  });

  it('an event said as a noun still starts a run', () => {
    expect(kind('Send a Slack message on every new order.')).toBe('webhook');
    expect(kind('On every signup, write a short welcome note.')).toBe('webhook');
  });
});

describe('"when" after a verb of knowing asks a question', () => {
  it('seeing when something was last done is no start', () => {
    expect(kind('Keep our orders with their status. I need to see when each order was last updated.')).toBe(null);
  });

  it('"tell me when" still waits for the event', () => {
    expect(kind('Send me a summary when a new order arrives from Shopify.')).toBe('webhook');
  });
});

describe('where things are kept today is no start', () => {
  it('things tracked on a whiteboard and a chat app', () => {
    expect(kind('Our cleaning jobs are tracked on a whiteboard and WhatsApp. I want one list of every job with its status.')).toBe(null);
  });
});
