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
