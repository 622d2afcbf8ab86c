/**
 * Events said in many ways: the same start (a request from another system, mail coming in, a
 * new row or file in a watched place) read from different grammar — nouns, participles,
 * passives, subjects that are systems or outside people — and the same words not read as a
 * start when the person hands the material over themselves or the run only keeps its results.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('events said in other words', () => {
  it.each([
    'Once a shopper finishes checkout, suggest one add-on product.',
    'On every signup, write a short welcome note.',
    'Upon each new booking, draft the confirmation text.',
    'Kicked off by a form submission, it writes a thank-you reply.',
    'Every completed survey should trigger a short summary for the team.',
    'Each submitted expense claim gets checked against the policy.',
    'Quote requests submitted through our pricing page need a first estimate.',
    'Each Calendly booking should get a short prep brief.',
    'Connect it to our Shopify shop: for every order, write a packing note.',
    'Leads reach us through Zapier from our ads; qualify each one.',
    'every inbound lead from the site: dedupe, assign an owner round-robin, log it with a timestamp and ping slack',
  ])('reads an arrival said as a noun, a participle or a trigger verb: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    "one slack command that tells anyone who's on call right now, read straight from pagerduty",
    'a command in our Teams channel that posts the lunch menu',
    // Named with its slash, or a bot's.
    'discord /thread command: take the last N messages and turn them into a clean github issue',
    'a /remind [who] [what] [when] command for the repo',
    'chat bot command: meme <search> <top text> <bottom text>',
  ])('reads a command typed in a chat service as that service calling in: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it('reads no command in a slash between two words', () => {
    expect(kind('track income/expense per month in a table with a category command')).toBeNull();
  });

  it.each([
    'send me an email whenever a product in the shop goes out of stock or is running low',
    'notify me when the fridge or freezer temperature gets too high or too low',
    'whenever a sensor goes offline, text me the sensor name',
    'sort parent messages that come in and route them: lost property to facilities, bullying worries to the counsellor',
  ])('reads a thing of a place, a state a thing turns into, things that come in as a start: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it('reads a state of the run’s own text as no start', () => {
    expect(kind('when the report gets long, split it into sections')).toBeNull();
  });

  it('reads things tracked as incoming as kept by hand, no start', () => {
    expect(kind('track incoming customer support calls and the requests each caller made')).toBeNull();
  });

  it('reads a watched mailbox as mail coming in', () => {
    expect(kind('Watch our support gmail and draft an answer to each customer question.')).toBe('email');
  });

  it.each([
    'Our CRM POSTs each closed deal to a URL and we want a one-paragraph account brief.',
    'Give me a webhook URL our shop can call with each refund request.',
    'Our billing platform pings us when a dispute opens; draft a response.',
    'The warehouse app will call this with a shipment and gets back a status message.',
    "We'll send it the cart as JSON from our backend; it writes the reminder text.",
    'Give me an API that takes a job title and returns three interview questions.',
    'Visitors register on our event page, and each one gets a tailored agenda.',
    'a url i can hit with a prompt in the query string that sends back an image right away',
  ])('reads a system or people of ours calling in: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each(['send me a link you can click to approve', 'I want a link i can share with clients'])(
    'a link to click or share is no call in: "%s"',
    (text) => {
      expect(kind(text)).toBeNull();
    },
  );

  it.each([
    'Customers mail us photos of their receipts; pull out the totals.',
    'Partners email their monthly reports to reports@acme.test, and we need the key numbers.',
    'Price updates come in by email from our wholesalers; extract product and new price.',
    'Mail that reaches our returns inbox should be sorted by reason.',
    'As messages come in to the shared mailbox, tag each one by team.',
    'When patients write to our clinic address, triage the request.',
    'Prospects contact us by email; rate each one as hot, warm or cold.',
    'New orders arrive by email at shop@acme.test; write the packing list.',
  ])('reads mail coming in: "%s"', (text) => {
    expect(kind(text)).toBe('email');
  });

  it.each([
    'When a signed lease is dropped into our Leases folder, list the key dates.',
    'Our accountants upload receipts to a shared folder; read each new one.',
    'We dump scanned invoices into a Dropbox folder; total each one.',
  ])('reads a new file in a watched folder as a call from the service holding it: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    ['Whenever we add a supplier to the vendors table, write a risk note.', 'supplier'],
    ['New bugs added to our triage list should get a severity.', 'bug'],
    ['Any time a new row shows up in the orders sheet, write a packing slip.', 'order'],
    ['Every new entry in our visitors table gets a welcome message.', 'visitor'],
  ])('reads a new row in a watched table: "%s"', (text, noun) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'record-created', noun });
  });

  it.each([
    ['Orders pile up in our sales inbox today. Shopify sends a webhook for each one; write the packing note.', 'webhook'],
    ['Our booking form POSTs the guest name and dates; write a confirmation.', 'webhook'],
    ['When a ticket is opened in our helpdesk it calls a webhook; route it by ticket type.', 'webhook'],
  ])('lets a call said outright win over an inbox mentioned before it: "%s"', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it.each([
    ['For each new expense that gets imported into the ledger, suggest a category.', 'expense'],
    ['New row in the hiring sheet → draft an offer letter → email it to me', 'hiring'],
  ])('reads rows imported or named in the builders\' shorthand: "%s"', (text, noun) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'record-created', noun });
  });

  it.each([
    ['Zendesk forwards each new ticket here; suggest a reply.', { kind: 'webhook' }],
    ['Whatever lands in our jobs inbox should be screened.', { kind: 'email' }],
    ['When a new supplier lands in our vendors table, write a risk note.', { kind: 'record-created', noun: 'supplier' }],
    ['Every scan that lands in that folder should be filed as a new note.', { kind: 'webhook' }],
    ['Resize the images that land in our Google Drive.', { kind: 'webhook' }],
  ])('reads a present-tense verb the tagger took for a noun or an adverb: "%s"', (text, trigger) => {
    expect(detectEventTrigger(text)).toEqual(trigger);
  });

  it.each([
    'When a client complains, I paste their message here and get a calm answer.',
    'After each interview I type my notes and it writes the feedback email.',
    'Paste an incoming support message and get a suggested category.',
    'We fill in a form with the listing details and it writes the advert.',
    'Every applicant is saved in an applicants sheet after the screening.',
    'Save each finished summary to our Reports folder.',
    'Once a week, write a recap of what changed in the roadmap.',
    'We send the invoices to clients by email, so draft the covering note.',
    'Call an API to look up the weather and write a forecast blurb.',
    'Every Friday at 4, write the team recap. List new signups and incoming orders of the week.',
    'Help our reps when prospects ask about discounts: they type the question and get a suggested answer.',
    'When a guest asks for a late checkout, the receptionist enters the room number and gets a yes or no.',
    'Whenever I need to answer a tricky email, help me draft a reply from the email text.',
    'Explain a webhook payload I paste, field by field, for our developers.',
    'Write webhook documentation for our public API from the event names I list.',
  ])('reads no start in: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });
});
