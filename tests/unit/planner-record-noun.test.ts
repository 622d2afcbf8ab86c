import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

describe('what kind of record a description keeps', () => {
  it.each([
    ['translate customer emails into German and keep a log', null],
    ['keep the log of every ticket with its priority', 'ticket'],
    ['a bug tracker', 'bug'],
    ['a mileage logger for my car: date, km, purpose', 'mileage'],
    ['keep each lead with name and email', 'lead'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});

describe('a row noun is a noun', () => {
  it.each([
    ['sort incoming mail into orders, questions or spam; orders go into a sheet, ignore the rest', 'order'],
    ['every friday ask each volunteer to log the hours they worked in the sheet', 'volunteer'],
  ])('%s → %s, not a leftover or a particle', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });
});

describe('what is owned, not its owner, is kept', () => {
  it.each([
    ["every day save my town's weather conditions to a google sheet", 'weather condition'],
    ["keep track of each package's order number, tracking number and status", 'package'],
    ["when a stripe charge succeeds, add the buyer's email to my spreadsheet", 'buyer'],
  ])('%s → %s', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });
});

describe('a kind of work names no rows', () => {
  it.each([
    ['add each card transaction to our accounting table', 'card transaction'],
    ['extract the invoice fields and save the invoice in a staging table', 'invoice'],
  ])('%s → %s', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });
});

describe('a contraction, a measure or a column names no rows', () => {
  it.each([
    ["for our society's members: I drop in a friend's photo and type their details", null],
    ['one photo of my dog or cat -> a 3x3 sticker sheet plus png chat stickers', 'sticker'],
    ["add each animal's weight as a column in the shelter's medical book", 'weight'],
  ])('%s → %s', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });

  it('"i\'m" is the speaker, not a kind of record added', () => {
    expect(understandDescription("when i'm adding drugs to a supplier return, highlight the expired ones").event).toBeNull();
  });
});

describe('a value of a row is never one', () => {
  it.each([
    ['log the details of each email in a google sheet', 'email'],
    ['auto-message my ebay buyers: once the order is placed, when the tracking number is added, and a thank-you X days later', null],
    ['take our master list of voters in a google sheet and let volunteers canvass them one at a time', null],
  ])('%s → %s', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });

  it.each([
    'sign-in for my open houses that logs the timestamp, contact details and consent of each visitor',
    "log each day's totals so i can see the whole month at a glance",
  ])('%s names no rows of timestamps or totals', (text) => {
    expect(['timestamp', 'total']).not.toContain(understandDescription(text).recordNoun);
  });
});

describe('whose the rows are is not what they are', () => {
  it.each([
    'church directory: family names, address, phone, email, photo',
    'Business directory: company name, category, tagline, description, website',
  ])('%s names no rows', (text) => {
    expect(understandDescription(text).recordNoun).toBeNull();
  });
});

describe('one place for things keeps them', () => {
  it.each([
    ['one place for all temporary road closures (paving, utility work, fairs) with what, where and when', 'road closure'],
    ["one place for all our agency's listings: address, city, price, photos", 'listing'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it('a part of the work is no thing kept', () => {
    expect(understandDescription('I need one place for the business side of my studio').recordNoun).not.toBe('business side');
  });
});

describe('bookings people make keep a row each', () => {
  it.each([
    ['students book a study room for a time slot of up to 3 hours, get a confirmation and can cancel', 'booking'],
    ['customers can reserve a table at our cafe for a specific date and time', 'reservation'],
    ['members should be able to pre-book one of the 6 hot desks for a day', 'booking'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it.each([
    'when someone books one of our lab instruments, email them a confirmation with a calendar invite',
    'when a lead books a call through my Calendly link, message them a confirmation',
    'text members who missed a class they booked',
    'I book the venue for our yearly party',
  ])('%s keeps no bookings', (text) => {
    const noun = understandDescription(text).recordNoun;
    expect(noun === 'booking' || noun === 'reservation').toBe(false);
  });
});

describe("the speaker's own place or body is no row", () => {
  it.each([
    'packages come in every day - let my team log each one with the date, carrier and tracking info',
    'add a new member to my coworking space with their plan and start date, and email them an invite',
  ])('%s', (text) => {
    expect(['team', 'space']).not.toContain(understandDescription(text).recordNoun);
  });
});

describe('asked which or how much of them, the things come after "of"', () => {
  it.each([
    ['keep track of which of our samples still have dna left in the freezer', 'sample'],
    ['keep count of how much of each medication i have on hand', 'medication'],
    ["keep track of our coaches' required certifications with an expiry date", 'certification'],
  ])('%s → %s', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });
});
