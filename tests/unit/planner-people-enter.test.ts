import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { readTokens } from '../../agent/planner/language';
import { peopleEnterAt } from '../../agent/planner/people-enter';

/** Whether the first token written `verb` is read as other people entering a row. */
function entersAt(text: string, verb: string): boolean {
  const tokens = readTokens(text);
  return peopleEnterAt(
    tokens,
    tokens.findIndex((t) => t.lower === verb),
  );
}

describe('rows other people enter, under a title naming them', () => {
  it.each([
    ['Stock deliveries: warehouse workers add the supplier, the boxes received, the date and a photo.', 'stock delivery'],
    ['Maintenance requests for our flats: tenants submit the flat, the problem, photos and urgency.', 'maintenance request'],
  ])('%s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it.each([
    'Sales reps enter the prospect name, company and pain point and get a cold email.',
    'Cold email writer: I add the prospect name, company and pain point and it drafts the email.',
    'Team wiki search: employees log in, type a question and get an answer.',
  ])('a form filled for one answer keeps nothing: %s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });
});

describe('a particle after the verb', () => {
  it('"fill in" is entering a row, not getting in', () => {
    const text = 'Volunteer shifts: volunteers fill in their name, the shift, the hours and a phone number.';
    expect(entersAt(text, 'fill')).toBe(true);
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('volunteer shift');
  });

  it.each([
    ['Drivers log in, then add the route, the stops and the mileage.', 'log'],
    ['Parents sign out, the school keeps the pickup time, the child and the adult.', 'sign'],
  ])('"log"/"sign" with in/out is getting in or out: %s', (text, verb) => {
    expect(entersAt(text, verb)).toBe(false);
  });
});

describe('a verb joined to another shares its subject', () => {
  it('"each volunteer logs in and adds …" is other people entering rows', () => {
    expect(entersAt('Each volunteer logs in and adds their name, shift and phone.', 'adds')).toBe(true);
  });

  it('under a title the tagger read as an imperative, the title names the rows', () => {
    const d = understandDescription(
      'Training requests for our nurses. Each nurse logs in and submits a training request, it goes to the ward manager, who approves it.',
    );
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('training request');
  });
});

describe('a record of every one of a thing', () => {
  it.each([
    ['We need a record of every site visit: engineer, site, date and findings.', 'site visit'],
    ['I want a history of all refunds with amount and reason.', 'refund'],
  ])('%s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });
});
