/**
 * What a bracket after a word holds: after a determiner ("rate each (clarity, tone)") the values
 * asked for; after a name, describing words or sizes ("length (short 500w, long 2000w)") are
 * its choices, and a bracket trailing off ("…") gives examples, never fields. A choice field's
 * examples are its choices; an infinitive after a noun is part of its name.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';

const fields = (text: string) => understandDescription(text).fields;
const names = (text: string) => fields(text).map((f) => f.name);

describe('brackets in a description', () => {
  it('reads a bracket after a determiner as the values asked for', () => {
    expect(names('Grade each essay I paste and rate each (clarity, originality) from 1 to 5.')).toEqual(
      expect.arrayContaining(['clarity', 'originality']),
    );
  });

  it('reads describing words and sizes in a bracket as choices, not fields', () => {
    const f = fields('Newsletter form: subject, voice (warm, formal, playful), size (short 300w, long 1200w), audience.');
    expect(f.map((x) => x.name)).toEqual(['subject', 'voice', 'size', 'audience']);
    expect(f.find((x) => x.name === 'voice')?.options).toEqual(['warm', 'formal', 'playful']);
    expect(f.find((x) => x.name === 'size')?.type).toBe('select');
  });

  it('still reads a bracket of nouns after a name as its columns', () => {
    expect(names('Keep a record of each visitor: contact details (name, phone, email), host, purpose.')).toEqual(
      expect.arrayContaining(['name', 'phone', 'email', 'host', 'purpose']),
    );
  });

  it('makes no fields of a bracket that trails off into examples', () => {
    expect(names('Event form: venue, mood (cosy, lively, elegant…), guest count.')).not.toContain('cosy');
  });

  it('gives a choice field its examples as choices ("a category (Rent, Food, Fun…)")', () => {
    const category = fields('Upload a bank statement, pull out payee and amount, put each in a category (Rent, Food, Fun…).').find(
      (f) => f.name === 'category',
    );
    expect(category?.options).toEqual(['Rent', 'Food', 'Fun']);
  });

  it('keeps an infinitive after a noun in its name ("questions to ask")', () => {
    expect(names('Interview prep form: role, seniority, topics to probe, notes.')).toContain('topicsToProbe');
  });
});
