/**
 * Fields said in running sentences rather than in a tidy list: what a form asks for, what
 * someone wants to know said as clauses, items joined by articles instead of commas, and
 * every noun in a bracket of columns.
 */
import { describe, expect, it } from 'vitest';
import { saidFields } from '../../agent/planner/said-fields';

const said = (text: string) => saidFields(text);
const words = (text: string) => said(text).map((f) => f.words);

describe('fields said in a sentence', () => {
  it('reads what a form asks for as given', () => {
    const f = said('The booking page asks for the guest count, the arrival day and any allergies.');
    expect(f.map((x) => x.words)).toEqual(['guest count', 'arrival day', 'allergies']);
    expect(f.every((x) => x.given)).toBe(true);
  });

  it('reads clauses after a verb of knowing as values', () => {
    // "which room was cleaned" asks for a room, "who cleaned it" for the person (clause-values.ts).
    expect(words('The manager wants to see which room was cleaned and who cleaned it.')).toEqual(['room', 'cleaned by']);
  });

  it('splits items an article starts when the list ends on "and"', () => {
    expect(words('Each parcel has a weight a destination and a courier.')).toEqual(['weight', 'destination', 'courier']);
  });

  it('leaves a single thing with its article whole', () => {
    expect(words('Each parcel has a weight and a destination.')).toEqual(['weight', 'destination']);
  });

  it('keeps every noun of a bracket of columns, even one that names a model elsewhere', () => {
    expect(words('Register each bike (brand, model, frame size).').slice(0, 3)).toEqual(['brand', 'model', 'frame size']);
  });

  it('reads "along with" and "as well as" as joining one more item', () => {
    expect(words('Store the patient name along with the ward number.')).toEqual(['patient name', 'ward number']);
    expect(words('Keep the title and the venue as well as the start time.')).toEqual(['title', 'venue', 'start time']);
  });

  it('reads clauses after "keep track of" as values', () => {
    // "when each bin was emptied" asks for the date it was (clause-values.ts).
    expect(words('Keep track of when each bin was emptied and who emptied it.')).toEqual(['emptied date', 'emptied by']);
  });

  it('reads what a thing needs as its fields, not what a person needs', () => {
    expect(words('Each shift needs a start time and a supervisor.')).toEqual(['start time', 'supervisor']);
    expect(words('We need a summary and a reply.')).toEqual([]);
  });

  it('keeps a word for time when a noun before it names the moment', () => {
    expect(words('Log every visit: the arrival time, the host and the purpose.')).toContain('arrival time');
  });

  it('reads the one thing a kind of row has as its field', () => {
    expect(words('Suppliers have a payment term.')).toEqual(['payment term']);
    expect(words('The tool has a form.')).toEqual([]);
  });

  it('reads a whether-clause after a verb of marking or saying as a value', () => {
    expect(words('For each expense it marks whether it is refundable.')).toEqual(['whether it is refundable']);
  });

  it('reads three dots as a list trailing off, not the end of a sentence', () => {
    expect(words('I enter the guest, the cause (late flight, lost bag, sick...) and any refund.')).toEqual(['guest', 'cause', 'refund']);
  });
});

describe('one or two fields said in passing', () => {
  it('reads two names a verb takes as fields, not two things a person wants', () => {
    expect(words('When it does, take the post title and excerpt and render a card.')).toEqual(['post title', 'excerpt']);
    expect(words('We need a summary and a reply.')).toEqual([]);
  });

  it('reads what a holder of fields, or rows named, come with', () => {
    expect(words('Also an unsubscribe form with the reason.')).toEqual(['reason']);
    expect(words('Each report with a location goes into a list.')).toEqual(['location']);
  });

  it('reads what the tool picks among things kept, named in the singular', () => {
    expect(words('Suggest which of our teams should handle it.')).toEqual(['team']);
    expect(words('Add it as a new task in one of our projects.')).toEqual(['project']);
  });

  it('reads quoted names of boxes and snake_case columns', () => {
    const f = said("Keep a 'done' checkbox.");
    expect(f.map((x) => [x.words, x.hint])).toContainEqual(['done', 'yes/no']);
    expect(words('Fill in a short ticket_summary, a sentiment and tags.')).toContain('short ticket summary');
  });
});
