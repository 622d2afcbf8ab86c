import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('"keep" stores rows only when its clause says where, how many or what for', () => {
  it.each([
    'Polish my cover letter and keep the original voice.',
    'Turn these bullet points into a tweet; keep it to 280 characters and keep the hashtags.',
    'Translate the product page into Spanish and keep the headings and links.',
    'Summarise the paper for a newsletter, keep in mind our readers are not scientists.',
  ])('leaves as it is: %s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });

  it.each([
    ['Score each sales call and keep the scores in a sheet.', true],
    ['Visitors sign in at the front desk and we keep all of them.', true],
    ['Keep track of the parcels that arrive for residents.', true],
    ['Guests book a table online and the bot keeps the bookings so the host can see them.', true],
  ])('stores: %s', (text, keeps) => {
    expect(understandDescription(text).keepsRecords).toBe(keeps);
  });
});
