/**
 * Ways of saying what a row is that the planner read wrongly before: a passive "is recorded"
 * (the verb is no row), "store each X as a Y" (the kind after "as a" is the row), "see everything:
 * A, B and C" (the list spells out what is kept), "Per X: a, b, c" opening a clause (X's columns),
 * and one thing made said in the passive ("the order is created when …", "a ticket should get
 * created"), had made ("get an expense item created") or turned into ("turn every email into a ticket").
 */
import { describe, expect, it } from 'vitest';
import { coordinatedTables } from '../../agent/planner/coordinated-tables';
import { keptRecords } from '../../agent/planner/record-tables';
import { saidTables } from '../../agent/planner/said-tables';
import { detectEventTrigger } from '../../agent/planner/triggers';

describe('row kinds said in passing', () => {
  it('a thing that "is recorded" is the new row, not "record"', () => {
    expect(detectEventTrigger('When a payment is recorded, email the member a receipt.')).toEqual({
      kind: 'record-created',
      noun: 'payment',
    });
  });

  it('in the builders\' arrow shorthand, "recorded" is no row either', () => {
    expect(detectEventTrigger('New recorded call → summary → CRM')?.kind).not.toBe('record-created');
  });

  it('stored "as a" kind of row names the rows', () => {
    expect(keptRecords('Read each incoming message and store every message as a lead.').noun).toBe('lead');
  });

  it('a file kept "as a" format names no rows', () => {
    expect(keptRecords('Summarise each call and save every summary as a PDF.').noun).not.toBe('pdf');
  });

  it('a list spelled out after "see everything:" is kept', () => {
    expect(coordinatedTables('Managers should see everything: all vendors, contracts and invoices.')).toEqual([
      'vendor',
      'contract',
      'invoice',
    ]);
  });

  it('"Per X:" opening a clause gives X its columns', () => {
    expect(saidTables('We track site visits. Per visit: inspector, date, findings, score.')).toEqual([
      expect.objectContaining({ noun: 'visit' }),
    ]);
  });

  it('one thing made, said in the passive, is a row; one made in another system is not', () => {
    expect(keptRecords('Customers pick a date and the reservation is created when they confirm.').noun).toBe('reservation');
    expect(keptRecords('When an issue is created in our tracker, post it to the team channel.').keeps).toBe(false);
  });
});

describe('rows made from what arrives, said in other ways', () => {
  it.each([
    ['turn each voicemail that reaches the hotline into a callback request', 'callback request'],
    ['convert approved quotes into jobs for the crew', 'job'],
    ['when a driver texts a photo, a damage claim should get created from it', 'damage claim'],
    ['staff forward a supplier email and get a purchase order created', 'purchase order'],
  ])('%s → %s', (text, noun) => {
    const kept = keptRecords(text);
    expect(kept.keeps).toBe(true);
    expect(kept.noun).toBe(noun);
  });

  it.each([
    'turn my meeting notes into a summary for the team',
    'turn the answers into a Google Doc and share it',
    'turn each alert into an SMS to the on-call phone',
    'turn the product photos into a collage image',
  ])('a text, file, message or picture made is no row: %s', (text) => {
    expect(keptRecords(text).keeps).toBe(false);
  });
});
