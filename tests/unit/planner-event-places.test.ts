/**
 * Where a start comes from, read from who does what to which place: others writing to an address
 * of ours is mail coming in; new rows of a named table are records; things fetched from a service
 * by a scheduled run are looked back at, not sent in.
 */
import { describe, expect, it } from 'vitest';
import { detectEventTrigger } from '../../agent/planner/triggers';
import { understandDescription } from '../../agent/planner/description';

const kind = (text: string) => detectEventTrigger(text)?.kind ?? null;

describe('where a start comes from', () => {
  it.each([
    'Tenants write to repairs@flats.test; sort each request by urgency.',
    'Our wholesalers send price sheets to prices@shop.test. Pull out product and new price.',
  ])('others writing to an address of ours is mail coming in: "%s"', (text) => {
    expect(kind(text)).toBe('email');
  });

  it.each([
    'each time someone submits our contact form (FormCrafts) make a trello card out of it with their name',
    'When someone fills in our Gravity Forms signup, add them to the newsletter list.',
    'When I publish a blog post on my WordPress site, post the first 250 words to LinkedIn.',
    'When we add a deal in Pipedrive, draft a welcome email to the contact.',
    'whenever I publish a video on our youtube channel, tweet it from our twitter account',
  ])('a form product, or the speaker acting in a product named, calls in: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    'each time someone submits our enquiry form, sort it by urgency and keep it in a table',
    'When I upload a photo, remove the background.',
  ])('our own form, or the speaker handing something over, starts no run from elsewhere: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it.each([
    'Staff keep asking the same things. I want them to ask in Slack and get a plain answer from our handbook.',
    'Our warehouse operators send a photo of the damaged pallet to our Telegram bot and it writes the damage report.',
    'When I send a photo of a receipt in chat, read it and log the expense to my sheet.',
    'text a photo of something to my bot on telegram and get an ebay listing back',
    // Writing to the bot itself, with the service said in another sentence.
    'log my spending by just messaging a telegram bot things like "12 lunch"',
    'A whatsapp bot for our choir. When anyone messages the bot, translate it for the other members.',
  ])('people writing to the tool in a chat service start it from there: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    'Every morning take yesterday’s orders, find the top customer, and post a clean digest to our sales channel in Slack.',
    'Vacation approval: an employee enters the dates; we post a message to Slack asking the approver to validate it.',
  ])('the tool or the team posting into a chat is where a result goes, no start: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it.each([
    'watch a slack channel for certain keywords or bad sentiment so i can gauge team mood',
    "watch a scanner folder: every image that lands there gets converted to PDF, OCR'd and saved to an export folder",
    'I want it to monitor our billing system and flag every invoice that bounces.',
    'keep watching the exports folder and tell me which files are new',
    'watch for new and cancelled bookings and keep the roster right',
    'watch our shared receipts/bills folders for new scans and file them',
  ])('an order to watch a place elsewhere starts a run from what turns up there: "%s"', (text) => {
    expect(kind(text)).toBe('webhook');
  });

  it.each([
    'Quiz maker: form with a YouTube video URL. Watch the video and write ten questions.',
    'watch our Discord channels for support requests and at the end of each day write a summary.',
  ])('watching no place, or on a schedule, starts nothing from elsewhere: "%s"', (text) => {
    expect(kind(text)).toBeNull();
  });

  it('we sending to an address is ours going out', () => {
    expect(kind('Summarise the notes and we send the result to ops@team.test.')).toBeNull();
  });

  it.each([
    ['New entries in the suppliers table get a risk rating.', 'supplier'],
    ['New rows in our events spreadsheet need a short promo blurb.', 'event'],
  ])('new rows of a named table are records: "%s"', (text, noun) => {
    expect(detectEventTrigger(text)).toEqual({ kind: 'record-created', noun });
  });

  it('new rows with no table named say nothing of a start', () => {
    expect(kind('New entries start as drafts until someone approves them.')).toBeNull();
  });

  it.each(['Inbound enquiries from our site get a first answer drafted.', 'New bookings from our app should get a confirmation text.'])(
    'fresh things that arrive, said as a plural noun phrase: "%s"',
    (text) => {
      expect(kind(text)).toBe('webhook');
    },
  );

  it.each([
    'Every morning at 8, pull the overnight orders from Shopify and email me a summary.',
    "Each Thursday at 3pm, list last week's tickets from Zendesk by topic.",
  ])('on a schedule, things from a service are fetched, not sent in: "%s"', (text) => {
    const d = understandDescription(text);
    expect(d.event).toBeNull();
    expect(d.schedule).not.toBeNull();
  });

  it.each(['Jotform submissions should be checked for missing fields and the owner told.', 'Shopify orders get a gift-note suggestion.'])(
    'what a service sends, as a clause\'s subject, comes in: "%s"',
    (text) => {
      expect(kind(text)).toBe('webhook');
    },
  );

  it('a service thing the speaker hands over stays the form', () => {
    expect(kind('Shopify orders need a packing note; I paste the order and get one.')).toBeNull();
  });
});

describe('the clause of the event, and chains', () => {
  it('a row added after the event verb is the run adding it, not the start', () => {
    expect(kind('when a buyer pays on Gumroad send them the download link and add them to the buyers list')).toBe('webhook');
  });

  it('a row added as the event stays a record', () => {
    expect(kind('When a new lead gets added to the prospects sheet, find their company size.')).toBe('record-created');
  });

  it("a service's thing as the first link of a chain starts it", () => {
    expect(kind('Calendly booking -> research the guest -> brief -> email the host')).toBe('webhook');
  });
});

describe('things from a public place of ours', () => {
  it.each(['Leads from the pricing page get a follow-up email.', 'Volunteers from our site should be matched to a shift.'])(
    'as a clause\'s subject, come in: "%s"',
    (text) => {
      expect(kind(text)).toBe('webhook');
    },
  );

  it('as an object of the run, are what it reads', () => {
    expect(kind('Summarise the comments from our website.')).toBeNull();
  });
});

describe('each arrival as a subject', () => {
  it.each(['Each contact form submission gets a reply drafted.', 'Every signup should be scored for fit.'])(
    'doing or undergoing something, starts a run: "%s"',
    (text) => {
      expect(kind(text)).toBe('webhook');
    },
  );

  it.each(['Each registration needs a name, email and ticket type.', 'Each application includes a CV and a cover letter.'])(
    'saying what one holds, describes the form: "%s"',
    (text) => {
      expect(kind(text)).toBeNull();
    },
  );
});
