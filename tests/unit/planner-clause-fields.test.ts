/**
 * Values named by a clause instead of a noun: in a list of what a person fills in, or of what a
 * tool reads out, "what I did today" or "who signs it off" is one field; a lone "why" asks
 * for a reason; a clause alone opens no list.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { saidFields } from '../../agent/planner/said-fields';

const words = (text: string) => saidFields(text).map((f) => f.words);
const names = (text: string) => understandDescription(text).fields.map((f) => f.name);

describe('fields named by a clause', () => {
  it('reads a clause amid a list of things the person enters', () => {
    expect(words('Every Friday each volunteer enters the hours worked, what went well and what blocked them.')).toEqual(
      expect.arrayContaining(['what went well', 'what blocked them']),
    );
  });

  it('reads a clause as the object of a giving verb', () => {
    expect(names('Recipe helper: I type what I have in the fridge and it suggests a dinner.')).toContain('whatIHaveInTheFridge');
  });

  it('reads a clause among values read out of a document', () => {
    expect(names('Upload a purchase order and pull out the supplier, the total and who approved it.')).toEqual(
      expect.arrayContaining(['supplier', 'total', 'approvedBy']),
    );
  });

  it('names the person a "who" clause asks for as a column, labelled as said', () => {
    const fields = understandDescription(
      "Incident log: date, department, who reported it, who it's assigned to, who's responsible and a description.",
    ).fields;
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('reportedBy')).toMatchObject({ label: 'Who reported it', type: 'text' });
    expect(byName.get('assignedTo')).toMatchObject({ type: 'text' });
    expect(byName.get('responsiblePerson')).toMatchObject({ type: 'text' });
  });

  it('names a lone "why" a reason', () => {
    expect(words('Paste a pull request; get back a verdict, the riskiest change and why.')).toEqual(
      expect.arrayContaining(['verdict', 'reason']),
    );
  });

  it('starts no list at a clause that is not in one', () => {
    expect(words('Snap the wine list and tell me what to pick for dinner — two guests, one vegan')).not.toContain(
      'what to pick for dinner',
    );
  });

  it('leaves a noun after an interrogative to the noun phrases ("which plan, seats")', () => {
    expect(words('The form asks for the company, which plan and the seats.')).not.toContain('which plan');
  });
});

describe('types of clause fields', () => {
  it('types a "whether" clause as yes/no and a "how many" clause as a number', () => {
    const f = understandDescription('Log each delivery: the driver, how many boxes were left, and whether it was signed for.');
    expect(f.fields.find((x) => x.name.startsWith('whether'))?.type).toBe('boolean');
    expect(f.fields.find((x) => x.name.startsWith('howMany'))?.type).toBe('number');
  });

  it('ends a column on its particle ("date out")', () => {
    expect(words('Key loans: the borrower, the date out, the time in and the key number.')).toEqual(
      expect.arrayContaining(['date out', 'key number']),
    );
  });
});

describe('counts asked with "how many"', () => {
  it('reads "how many" and a noun as one value, with no verb after it', () => {
    expect(words('Seating planner: the venue, the date, how many tables -> a seating chart.')).toContain('how many tables');
  });

  it('ends a clause item at an arrow', () => {
    expect(words('Quiz maker: the subject, the level, how many questions we need -> a printable quiz.')).toContain(
      'how many questions we need',
    );
  });
});

describe('clauses that ask for a thing, a moment or an amount', () => {
  it('reads each noun a "which" picks as a column of its own', () => {
    expect(words('Bike share log: which bikes are rented to which member, and the station.')).toEqual(
      expect.arrayContaining(['bikes', 'member', 'station']),
    );
  });

  it('names the moment a "when" clause asks for a date', () => {
    expect(names('Library loans: the book, the borrower, and when it is due back.')).toContain('dueDate');
    expect(names('Parcel log: the sender, the carrier and when it was delivered.')).toContain('deliveredDate');
  });

  it('names what "how much" asks for an amount', () => {
    expect(words('Donor notes: the donor, the campaign and how much they have pledged so far.')).toContain('amount pledged');
  });

  it('keeps a clause that asks for no thing as written', () => {
    expect(words('Every Friday each volunteer enters the hours worked, what went well and what blocked them.')).toContain('what went well');
  });
});
