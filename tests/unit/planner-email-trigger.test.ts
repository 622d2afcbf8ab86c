/**
 * Mail arriving starts an app by its email trigger: the description says so in many ways,
 * mail sent out or a webhook said outright does not, and the app composed has the inputs the
 * mailbox watcher fills (from, subject, text; attachments when documents come attached).
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { parseFollowUp } from '../../agent/planner/follow-ups';
import { detectEventTrigger } from '../../agent/planner/triggers';

const NO_MODELS = { text: null, image: null };

describe('the email trigger', () => {
  it.each([
    'Every email that lands in my inbox should get a one-line summary',
    'When a customer emails support@acme.test, draft a polite reply',
    'generate a summary for every incoming email as it arrives',
    'Read new emails in my Gmail inbox and create a reply for each one',
    'Give me an address I can forward vendor invoices to, and pull out the totals',
    'Read every reply to our cold email campaign and tell me who wants a meeting',
    'Whenever someone writes to sales@acme.test, log the lead with their company',
    'Watch our support mailbox and answer each new message politely',
    'Anything sent to invoices@acme.test gets its totals pulled out',
    // The particle after the things sent: mail sent in to us.
    'People email receipts in and they get attached to expense reports by the subject line',
    'Drivers email photos in, and we log each delivery',
    // An order to mail things in, opening the ask.
    'email in your signed timesheets and get the week’s totals back',
    // Mail named by nouns alone as the first link of the builders' shorthand.
    'homeowner warranty emails -> log home/unit, requester contact, issue; set priority and owner',
  ])('reads "%s" as a start by mail', (text) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'email' });
  });

  it.each([
    ['when a form is submitted, email me a summary of the answers', 'webhook'],
    ['when a new client submits my intake form (it posts to a webhook) send them a welcome email', 'webhook'],
    ['every Friday at 4pm email me a digest of the week', null],
    ['write a follow-up email after a sales call from my notes', null],
    ['summarise the report and send it to ops@acme.test', null],
    ['Our reps email quotes in the afternoon to customers', null],
    ['email in the morning and ask each rep for their numbers', null],
    // An act on one mail, not mail arriving.
    ['right click an email -> add it to our tasks as a new task', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(detectEventTrigger(text)?.kind ?? null).toBe(kind);
  });

  it('composes an app the watcher can fill: from, subject and text, attachments when documents come with the mail', () => {
    const plain = composeApp(understandDescription('When a new email arrives, draft a reply'), NO_MODELS);
    expect(plain.triggers!).toContainEqual({ kind: 'email' });
    expect(plain.triggers!.some((t) => t.kind === 'webhook')).toBe(false);
    expect(plain.inputs!.map((f) => f.name)).toEqual(['from', 'subject', 'text']);
    const step = plain.steps!.find((s) => s.kind === 'generate-text');
    expect(step && 'prompt' in step ? step.prompt : '').toContain('{{inputs.text}}');

    const invoices = composeApp(
      understandDescription('Vendor invoices come in as Gmail attachments (PDF). Pull out vendor, amount and due date.'),
      NO_MODELS,
    );
    expect(invoices.triggers!).toContainEqual({ kind: 'email' });
    expect(invoices.inputs!.find((f) => f.name === 'attachments')?.type).toBe('document');
    expect(invoices.inputs!.some((f) => f.name === 'document')).toBe(false);
  });

  it('follow-ups add and remove it', () => {
    expect(parseFollowUp('start it when an email arrives')).toEqual([{ op: 'add-event-trigger', trigger: { kind: 'email' } }]);
    expect(parseFollowUp('stop running it on incoming emails')).toEqual([{ op: 'remove-event-trigger', kind: 'email' }]);
    expect(parseFollowUp('remove the webhook')).toEqual([{ op: 'remove-event-trigger', kind: 'webhook' }]);
  });
});
