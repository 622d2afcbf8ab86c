/**
 * Who acts and on whose data: mail among several channels is one way in, a mail word naming a
 * kind of thing or a mailbox the run writes to starts nothing, a change to a row of a table the
 * person names is a record of theirs, and things coming in to a text about our own inbox are mail.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('channels, own rows and inboxes', () => {
  it.each([
    'When a request lands in our desk (email, portal, phone or chat), classify it and route it to a team.',
    'We take orders from Gmail, Facebook messages and the shop form, so put every order in one shape.',
  ])('reads mail listed among other ways in as no mail start: "%s"', (text) => {
    expect(detectEventTrigger(text)?.kind).not.toBe('email');
  });

  it.each([
    'A support email helper that drafts polite answers to our members from what I paste.',
    'Our clients sheet has name, email and status. When a client reaches the Signed status, write a welcome letter and save it as an Outlook draft.',
  ])('starts no run by mail from "%s"', (text) => {
    expect(detectEventTrigger(text)?.kind).not.toBe('email');
  });

  it.each([
    ['When a project in the Projects table moves to Done, email the client a thank-you note.', 'project'],
    ['When someone ticks the approved box on a row in our expenses sheet, file the expense.', 'expense'],
    ['When a coach marks a player injured in our squad register, text the parents.', 'squad'],
    ['Our orders sheet has item, qty and status. When an order reaches the Shipped status, email a tracking note.', 'order'],
    ['As soon as the claim is saved, send the manager the details for approval.', 'claim'],
  ])('reads "%s" as a row of our own', (text, noun) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'record-created', noun });
  });

  it('reads incoming things in a text about our own inbox as mail', () => {
    expect(detectEventTrigger('My inbox is a mess. For each incoming message, sort it into a folder and tag it.')).toEqual({
      kind: 'email',
    });
  });
});

describe('a new thing that comes in', () => {
  it('is no thing made, and no one talking with a bot the text names', () => {
    expect(detectEventTrigger('When a new rating comes in, thank the guest. Ideally an AI chatbot writes the thank-you note.')).toEqual({
      kind: 'webhook',
    });
  });
});

describe('mail into a mailbox of ours', () => {
  it.each([
    'Purchase orders come into our sales email alias. Pull out the items and quantities.',
    'Supplier quotes hit our inbox as PDFs. Compare each one to the last price we paid.',
  ])('reads "%s" as a start by mail', (text) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'email' });
  });

  it('reads mail sent from our address as no start', () => {
    expect(detectEventTrigger('Send the reply from our support email address once it gets approved.')).toBeNull();
  });
});
