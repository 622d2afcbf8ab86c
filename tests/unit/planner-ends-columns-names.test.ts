/**
 * Three readings of fields said without a plain list: two ends of a span over one head
 * ("start/end time"), a column called by its name ("the city column"), and a person called
 * by name ("thank them by name"), which needs their name.
 */
import { describe, expect, it } from 'vitest';
import { readSentences } from '../../agent/planner/language';
import { namedColumns } from '../../agent/planner/named-columns';
import { saidFields } from '../../agent/planner/said-fields';
import { openEvalSession } from '../eval/planner/drive';

const words = (text: string) => saidFields(text).map((f) => f.words);

describe('two ends over one head', () => {
  it('reads one value for each end', () => {
    expect(words('Every shift logs the worker, start/end time and the site.')).toEqual(expect.arrayContaining(['start time', 'end time']));
    expect(words('Each stay has the guest, room, check-in/out dates and a note.')).toEqual(
      expect.arrayContaining(['check-in date', 'check-out date']),
    );
  });

  it('reads the ends joined by "and", "or" or "&" alike', () => {
    expect(words('Each lease has a tenant, start and end date, and the rent.')).toEqual(expect.arrayContaining(['start date', 'end date']));
    expect(words('Log the gate, entry or exit time, and the badge.')).toEqual(expect.arrayContaining(['entry time', 'exit time']));
    expect(words('Each job keeps the address, before & after photos and notes.')).toEqual(
      expect.arrayContaining(['before photo', 'after photo']),
    );
  });

  it('reads a list of two things over one head as it is', () => {
    expect(words('Each order has the name and email address of the buyer.')).not.toContain('name address');
  });

  it('leaves two names for one value as one value', () => {
    expect(words('Store the payer, reference/confirmation number and the sum.')).toContain('reference/confirmation number');
  });
});

describe('a column called by its name', () => {
  it('takes the nouns before a singular column or field word', () => {
    expect(words('Put the postcode into the region column for each row.')).toContain('region');
    expect(words('Our sheet has a Comments field that people fill in.')).toContain('Comments');
  });

  it('takes no kind of field and no group of fields', () => {
    const columns = (text: string) => readSentences(text).flatMap((s) => namedColumns(s.tokens).map((f) => f.words));
    expect(columns('Add a dropdown field to the form.')).toEqual([]);
    expect(columns('Copy the MLS fields over to the listing.')).toEqual([]);
  });
});

describe('people called by name', () => {
  it('needs their name', () => {
    expect(words('When a member joins, send a welcome note that greets them by name.')).toContain('name');
    expect(words('Welcome each attendee by first name at the door.')).toContain('first name');
  });

  it('leaves the name of a thing alone', () => {
    expect(words('Look each part up by name of the supplier.')).not.toContain('name');
  });
});

describe('building an app from them', () => {
  it('builds the app without a failed create_app', async () => {
    const session = await openEvalSession();
    try {
      for (const text of [
        'Track our shifts: worker, start/end time and site for every shift, kept in a table.',
        'Whenever a row is added to our sheet, look up the postcode and write it into the region column.',
        'When someone signs up for our newsletter, email them a welcome note addressed by name.',
      ]) {
        await session.newConversation();
        const turn = await session.say(text);
        const calls = turn.calls.filter((c) => c.name === 'create_app');
        expect(calls.length).toBeGreaterThan(0);
        expect(calls.every((c) => c.ok)).toBe(true);
      }
    } finally {
      await session.close();
    }
  }, 60_000);
});
