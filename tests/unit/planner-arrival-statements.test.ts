/**
 * Starts read from how a sentence is built rather than from its words: things said to keep coming
 * in ("Requests come in from our website"), a mailbox named by its alias alone ("support@"), a
 * capitalised "New" inside a sentence that names a page or a stage, and a clause saying something
 * did not happen (a condition, not an arrival).
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('arrivals said as statements and by sentence shape', () => {
  it('things said to come in from somewhere start a run on each', () => {
    expect(kind('Support requests come in from our website. Classify each one.')).toBe('webhook');
    expect(kind('Messages come in from our website form and two social channels. Classify each one.')).toBe('webhook');
    expect(kind('I want every reaction to come in and be stored in a feedback table.')).toBe('webhook');
    expect(kind('Invoices come in by email. Extract the total.')).toBe('email');
  });

  it('the speaker coming in, one thing that came, or a schedule looking back is no such start', () => {
    expect(kind('We come in every morning and check the list.')).toBeNull();
    expect(kind('Results come in from the lab; I paste them here and want a summary.')).toBeNull();
    expect(kind('Status updates come in from our suppliers every week; summarise them each Friday.')).toBeNull();
    // Said by the files they are, with no channel: material the person hands over.
    expect(kind('Bills of lading come in from carriers as PDFs or scans. Pull the shipper and check them.')).toBeNull();
  });

  it('a time before the verb says when the run keeps something, not who put it there', () => {
    expect(kind('every day save the weather to a google sheet')).toBeNull();
    expect(kind('each week log our hours into the timesheet')).toBeNull();
  });

  it('a mailbox named by its alias alone receives mail', () => {
    expect(kind('When a customer writes to support@ our domain, make a ticket with the email body in it.')).toBe('email');
    expect(kind('Let our team create deals by email: they send to dealbyemail@ with the deal name as subject.')).toBe('email');
    expect(kind('Send the summary to team@ every Friday.')).toBeNull();
  });

  it('a capitalised "New" inside a sentence names a page or a stage, not something new', () => {
    expect(kind('On the New Order page I want an AI Form option that fills the fields from a photo.')).toBeNull();
    expect(kind('Orders move New request -> Active -> Completed.')).toBeNull();
  });

  it('something not happening is a condition, not an arrival', () => {
    expect(kind("When a receiving order doesn't come in at the ordered quantities, produce a discrepancy report.")).toBeNull();
  });
});

describe('more services that call in', () => {
  it.each([
    'when my strava activity gets updated, analyse the data and send me coaching feedback',
    'just reply to every comment that comes in on my instagram photos',
    'for each etsy order, fetch the packing slip pdf and queue it to print',
  ])('%s → webhook', (text) => {
    expect(detectEventTrigger(text)?.kind).toBe('webhook');
  });
});

describe('changes to code come from their host', () => {
  it.each([
    "on every PR, check our release calendar and flag it if we're in a freeze period",
    'check every pull request: fail it if a migration is mixed in with other code changes',
    'block any PR that edits an existing migration file',
    'for each new commit, look for secrets and tell the author',
  ])('%s → webhook', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it('a scheduled run going over them starts nothing of theirs', () => {
    expect(kind('every monday, list every merged PR of last week')).toBeNull();
  });
});

describe('people writing in over a chat service', () => {
  it('citizens sending complaints over WhatsApp call in from it', () => {
    expect(kind('citizens send complaints over whatsapp. classify each one by category and priority')).toBe('webhook');
  });
});
