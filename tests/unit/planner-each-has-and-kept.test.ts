/**
 * Descriptions written for this test, in wording unlike the corpus: rows said by what each one
 * has (each-has.ts), a second thing kept by a keeping verb (keeping-verbs.ts), and verbs the
 * tagger reads as nouns after their subject, which must not make row candidates
 * (learned/row-candidates.ts).
 */
import { describe, expect, it } from 'vitest';
import { describeByRules } from '../../agent/planner/description';
import { rowCandidates } from '../../agent/planner/learned/row-candidates';
import { keptRecords } from '../../agent/planner/record-tables';

describe('rows said by what each one has', () => {
  it.each([
    ['Each boat has a name, a berth number and an owner. Remind owners when the fee is due.', 'boat'],
    ['For the choir: every rehearsal gets a date, a venue and a set list.', 'rehearsal'],
    ['each workshop can have several sessions, and we email attendees the night before', 'workshop'],
  ])('%s', (text, noun) => {
    const kept = keptRecords(text);
    expect(kept.keeps).toBe(true);
    expect(kept.noun).toBe(noun);
  });

  it.each([
    'Every morning has a different theme; write a short quote for it.',
    'Each category has its own tone. Write the product blurb in it.',
    'Every poster has to look like the same brand: make three for the fair.',
    'Every guest should get a warm welcome email from the manager.',
  ])('keeps none: %s', (text) => {
    expect(keptRecords(text).keeps).toBe(false);
  });
});

describe('a second thing kept', () => {
  it.each([
    ['Track every bike loan, and keep a repair history for the bikes.', 'bike loan', 'repair'],
    ['Log each visitor at the front door, and keep a list of parcels left for staff.', 'visitor', 'parcel'],
  ])('is a table of its own: %s', (text, noun, beside) => {
    const d = describeByRules(text);
    expect(d.recordNoun).toBe(noun);
    expect(d.joined).toContain(beside);
  });

  it.each([
    'Log each call with the caller and topic, and save the transcript as a PDF.',
    'Track each order and save the summary on the order row.',
    'Store every invoice, and keep the photo of the receipt.',
  ])('not when kept elsewhere or a file or text: %s', (text) => {
    expect(describeByRules(text).joined).toEqual([]);
  });
});

describe('row candidates', () => {
  it.each([
    ['Each booking picks who cleans the room.', 'booking'],
    ['the caretaker marks the boiler as serviced', 'caretaker'],
    ['volunteers sign the sheet when they arrive', 'volunteer'],
  ])('leave out a verb read as a noun: %s', (text, noun) => {
    const nouns = rowCandidates(text).map((c) => c.noun);
    expect(nouns).toContain(noun);
  });

  it('name a tool for its rows: "a mileage app"', () => {
    expect(rowCandidates('A mileage app for our drivers.').map((c) => c.noun)).toContain('mileage');
  });

  it('keep compounds before a clause or a count', () => {
    const nouns = rowCandidates('We check about 40 supplier invoices a week against the purchase orders we raise.').map((c) => c.noun);
    expect(nouns).toContain('supplier invoice');
    expect(nouns).toContain('purchase order');
  });
});
