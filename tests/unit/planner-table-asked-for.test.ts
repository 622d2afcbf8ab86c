import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('a table asked for, and what its rows are', () => {
  it.each([
    ['We want a shared sign-up sheet where parents give their name, phone and the dates they can drive.', 'parent'],
    ['Supplier onboarding portal: suppliers register with company name, VAT number and bank details.', 'supplier'],
    ['Each returned parcel from the warehouse goes into a table with the order number, reason and condition.', 'parcel'],
  ])('%s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords || d.recordsApp).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});

describe('a records app named as the tool keeps rows, whatever else it does', () => {
  it.each([
    ['Parts inventory for our repair shop: part, bin, quantity; the AI drafts a reorder note when stock is low.', 'part'],
    ['Tenant directory with flat, name, phone and move-in date, and a welcome letter written for each tenant.', 'tenant'],
  ])('%s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});

describe('what kept things are when the verb says "them"', () => {
  it('the object of the verb before', () => {
    const d = understandDescription('Gather customer quotes from the call notes and store them with the speaker and date.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('customer quote');
  });
  it('the subject of the "when" clause the sentence opens on', () => {
    const d = understandDescription('When an order comes in through the shop, check it and save it.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('order');
  });
});

describe('a noun the tagger misreads as a verb of keeping', () => {
  it('"drivers log trips …" keeps trips, not a "driver log"', () => {
    const d = understandDescription('Fleet app: drivers log trips with start, end, distance and fuel.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).not.toBe('driver log');
  });
});

describe('a product name in a table keeps its spelling', () => {
  it('"our YouTube uploads sheet" → "YouTube upload"', () => {
    expect(understandDescription('Write a description for each video and save it to our YouTube uploads sheet.').recordNoun).toBe(
      'YouTube upload',
    );
  });
});

describe('a CRM or a tracker alone says nothing of what a row is', () => {
  it('"save each supplier to our CRM" keeps suppliers', () => {
    expect(understandDescription('Score each supplier we meet and save each supplier to our CRM.').recordNoun).toBe('supplier');
  });
});
