/**
 * Words that belong to a field's name though the tagger reads them otherwise: a participle
 * before its noun, an adverb-tagged describing word, whatever is hyphened to a word.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('words of a field name', () => {
  it('keeps a participle before its noun in the name, and makes no value of it', () => {
    const said = saidFields('I enter the client, the agreed fee, the revised estimated date and a note.');
    expect(said.map((f) => f.words)).toEqual(['client', 'agreed fee', 'revised estimated date', 'note']);
    expect(said.some((f) => f.returned)).toBe(false);
  });

  it('keeps whatever is hyphened to a word', () => {
    expect(words('Return the verdict and the follow-up questions.')).toContain('follow-up questions');
  });

  it('keeps a hyphened word before a word for time as one name', () => {
    expect(words('Rooms (number, check-out time, nightly rate).')).toContain('check-out time');
  });

  it('takes slash-joined describing words after a name for its choices', () => {
    const said = saidFields('Each visit (visit kind new/repeat/urgent, date, doctor).');
    expect(said.map((f) => f.words).slice(0, 3)).toEqual(['visit kind', 'date', 'doctor']);
    expect(said[0]!.hint).toBe('new, repeat, urgent');
  });

  it('takes a name set to a value for the name', () => {
    expect(words('A webhook posts jobs (title, budget, state=OPEN).').slice(0, 3)).toEqual(['title', 'budget', 'state']);
  });

  it('keeps one thing named two ways when the second name has a describing word', () => {
    expect(words('Log the hourly rate or agreed fee and the client.')).toEqual(['hourly rate or agreed fee', 'client']);
  });

  it('keeps "attributes" after a describing word, and drops it after a name', () => {
    expect(words('Rubric: the clarity, positive attributes and areas for improvement.')).toContain('positive attributes');
    expect(words("Track each customer's Renewal Date column and Owner field.")).toEqual(expect.arrayContaining(['Renewal Date', 'Owner']));
  });
});
