/**
 * Fields said in passing rather than in a plain list of nouns: the last item the tagger reads
 * as a verb, a name ending on its particle, a word for time among names, a criterion after
 * "summary by", the state a record moves through, labels written with their colons, what a
 * reworking verb acts on and the values read off a text.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('the last item of a list', () => {
  it('takes a last name the tagger reads as a verb as written', () => {
    expect(words('Scan each poster and read the title, venue, ticket link and supporting acts.')).toContain('supporting acts');
  });

  it('leaves a clause after the list alone', () => {
    const said = words('Log the title, venue, date and approve them.');
    expect(said).toEqual(['title', 'venue', 'date']);
  });
});

describe('names ending on a particle', () => {
  it('keeps "time in" beside "time out"', () => {
    expect(words('Each visit logs the time in and time out, the site and notes.')).toEqual(expect.arrayContaining(['time in', 'time out']));
  });
});

describe('words for time', () => {
  it('names a value among other names or when picked', () => {
    expect(words('Tell each volunteer their role and time, and keep the history.')).toContain('time');
    expect(words('Pick a day and get a summary of my meetings.')).toContain('day');
  });

  it('says when the tool runs otherwise', () => {
    expect(words('Send a report every day, week and month.')).toEqual([]);
  });
});

describe('criteria after a gathered figure', () => {
  it('reads "a summary by region" as a value, not "a summary by email"', () => {
    expect(words('Give me a weekly summary by region.')).toContain('region');
    expect(words('Send me a summary by email every day.')).not.toContain('email');
  });
});

describe('the state a record moves through', () => {
  it('gives the rows a status with the stages as choices', () => {
    const status = saidFields('Each order moves through New, Packed, Shipped or Returned.').find((f) => f.words === 'status');
    expect(status?.hint).toBe('New, Packed, Shipped, Returned');
  });

  it('reads a status from where a record is put', () => {
    expect(words('Fill in the expense and save it as a draft.')).toContain('status');
  });

  it.each([
    ['Let housekeeping flag each room as dirty, clean, inspected or under repair.', 'dirty, clean, inspected, under repair'],
    [
      'Tool loan log: staff mark each tool as available, on loan or in repair, with borrower and due date.',
      'available, on loan, in repair',
    ],
  ])('reads the states a person puts each row in: %s', (text, hint) => {
    expect(saidFields(text).find((f) => f.words === 'status')?.hint).toBe(hint);
  });

  it('leaves states told to the tool to the labels it sorts into', () => {
    expect(words('Flag each email as urgent, normal or low and draft a reply.')).not.toContain('status');
  });

  it('says each stage once', () => {
    const status = saidFields('Each task goes todo -> doing -> review -> doing -> done.').find((f) => f.words === 'status');
    expect(status?.hint).toBe('todo, doing, review, done');
  });
});

describe('labels written with their colons', () => {
  it('reads a run of labels as fields', () => {
    expect(words('The body has lines like Name:, Start Date:, Budget (k):, Owner: for each project.')).toEqual(
      expect.arrayContaining(['Name', 'Start Date', 'Budget', 'Owner']),
    );
  });

  it('leaves a single label alone', () => {
    expect(words('Note: we use Slack.')).toEqual([]);
  });
});

describe('what a text is reworked from and read for', () => {
  it('hands over what a reworking verb acts on', () => {
    const said = saidFields('Convert recipes from imperial to metric units.');
    expect(said.find((f) => f.words === 'recipes')?.given).toBe(true);
  });

  it('reads two or more things read off as values, not the file they are read from', () => {
    expect(words('Staff snap a receipt; read the total and date and file it.')).toEqual(expect.arrayContaining(['total', 'date']));
    expect(words('Read the invoice and summarise it.')).not.toContain('invoice');
  });
});
