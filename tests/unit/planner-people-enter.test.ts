import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

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
