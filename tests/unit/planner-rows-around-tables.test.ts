import { describe, expect, it } from 'vitest';
import { coordinatedTables } from '../../agent/planner/coordinated-tables';
import { understandDescription } from '../../agent/planner/description';
import { saidTables } from '../../agent/planner/said-tables';

describe('what the rows are, read around a table or an app', () => {
  it('a word after a determiner is a noun, whatever the tagger says', () => {
    const d = understandDescription('Each support agent logs their calls: caller, reason, length and follow-up.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('call');
  });

  it('the app named before its tables is no table of its own', () => {
    const tables = saidTables('Parking app: spaces (number, level, covered), badges (plate, holder, expiry).');
    expect(tables.map((t) => t.noun)).toEqual(['space', 'badge']);
  });

  it('a sheet where people put things in is a table kept', () => {
    const d = understandDescription('Our sign-up sheet where volunteers add their name, a phone number and the shift they take.');
    expect(d.keepsRecords).toBe(true);
  });

  it('a records app "with" plural things holds each in a table', () => {
    expect(coordinatedTables('A small CRM with companies, contacts and deals, for our two-person agency.')).toEqual([
      'company',
      'contact',
      'deal',
    ]);
  });

  it('"a sheet of" names its rows, the words before only the kind of table', () => {
    const d = understandDescription('Score each new enquiry and add a row to our Google Sheet of enquiries.');
    expect(d.recordNoun).toBe('enquiry');
  });

  it('a calendar asked for is a records app, one only mentioned is not', () => {
    expect(
      understandDescription('Set up a shared content calendar for the newsletter: issue date, theme, writer, status.').keepsRecords,
    ).toBe(true);
    expect(understandDescription('Read my calendar and write a short plan for tomorrow.').keepsRecords).toBe(false);
  });

  it('a ledger is named with the noun before it, like a log', () => {
    const d = understandDescription('I photograph each fuel receipt; read the litres and price and add it to my mileage ledger.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('mileage ledger');
  });

  it('the product a sheet is kept in names no rows', () => {
    const d = understandDescription('Every morning read the new rows of our Excel sheet and log each delivery with driver and stop count.');
    expect(d.recordNoun).toBe('delivery');
  });

  it('a schedule of something named is a records app; a schedule alone is when it runs', () => {
    const rota = understandDescription('We need a cleaning rota schedule where staff sign up for weeks, with name, week and area.');
    expect(rota.keepsRecords).toBe(true);
    expect(rota.recordNoun).toBe('cleaning rota');
    expect(understandDescription('Make a schedule: every Friday at 4pm, write a short team update from my notes.').keepsRecords).toBe(
      false,
    );
  });

  it('a thing added "as a" kind of row makes one', () => {
    const d = understandDescription('When a supplier invoice email arrives, read it and add it as a bill for me to approve.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('bill');
  });

  it('added as a file it makes none', () => {
    expect(understandDescription('Write the summary and add it as an attachment to the reply I send.').keepsRecords).toBe(false);
  });
});
