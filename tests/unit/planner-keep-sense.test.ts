import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('"keep" stores rows only when its clause says where, how many or what for', () => {
  it.each([
    'Polish my cover letter and keep the original voice.',
    'Turn these bullet points into a tweet; keep it to 280 characters and keep the hashtags.',
    'Translate the product page into Spanish and keep the headings and links.',
    'Summarise the paper for a newsletter, keep in mind our readers are not scientists.',
    'Read each supplier invoice PDF (keep the tables intact) and pull the invoice date and total.',
    'Rewrite our release notes for customers and keep the formatting the same.',
  ])('leaves as it is: %s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });

  it.each([
    ['Score each sales call and keep the scores in a sheet.', true],
    ['Visitors sign in at the front desk and we keep all of them.', true],
    ['Keep track of the parcels that arrive for residents.', true],
    ['Guests book a table online and the bot keeps the bookings so the host can see them.', true],
    ['Keep every new lead in a table with name and email.', true],
  ])('stores: %s', (text, keeps) => {
    expect(understandDescription(text).keepsRecords).toBe(keeps);
  });
});

describe('other verbs of keeping read in their sense', () => {
  it.each(['Record a thirty-second voiceover for the launch video.', 'Save hours on reporting: turn my rough notes into a status update.'])(
    'no rows kept: %s',
    (text) => {
      expect(understandDescription(text).keepsRecords).toBe(false);
    },
  );

  it.each([
    ['Record inbound support calls with caller, topic and resolution.', 'support call'],
    ['Log parcels for residents with flat number, courier and arrival time.', 'parcel'],
    ['Store customer refunds as they happen: order, amount, reason.', 'customer refund'],
  ])('an opening keeping verb before plural things: %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});

describe('a keeping verb that only describes', () => {
  it.each([
    'Sort incoming supplier mail; I want a short report, not just saved attachments.',
    'Score each insurance claim so that simple ones can be fast-tracked to the right handler.',
  ])('%s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });
});
