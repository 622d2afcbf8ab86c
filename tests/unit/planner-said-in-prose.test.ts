/**
 * Fields said in prose rather than in a list: a name whose choices are set off by dashes, a
 * "whether" clause with its alternatives, a name the tagger reads as a proper noun before
 * "I list", and "into the right queue", which names the kind of group, not the groups.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { saidFields } from '../../agent/planner/said-fields';

const said = (text: string) => saidFields(text);
const words = (text: string) => said(text).map((f) => f.words);

describe('choices between dashes', () => {
  it('read the name before them as one field with those choices, and what "and" adds after', () => {
    const fields = said('Each new ticket gets labels from our label set, a priority - low, normal, high or urgent - and a team.');
    expect(fields.find((f) => f.words === 'priority')?.hint).toBe('low, normal, high, urgent');
    expect(fields.map((f) => f.words)).toEqual(expect.arrayContaining(['priority', 'team']));
    expect(fields.map((f) => f.words)).not.toContain('low');
  });
});

describe('a "whether" clause with alternatives', () => {
  it('takes the alternatives into the clause as its choices, so the list goes on after them', () => {
    const fields = said(
      'I give the topic, the date, whether it is in person, remote or hybrid, and how many people are coming -> it writes an agenda',
    );
    expect(fields.map((f) => f.words)).toEqual(expect.arrayContaining(['topic', 'date', 'how many people are coming']));
    expect(fields.find((f) => f.words.startsWith('whether'))?.hint).toBe('in person, remote, hybrid');
  });
});

describe('choices said with "or" after a name', () => {
  it('are the choices of that name, and "plus" after a comma adds the next item', () => {
    const fields = said('Teachers submit lesson plans (title, date range, plan type weekly or monthly, plus objectives, homework).');
    expect(fields.find((f) => f.words === 'plan type')?.hint).toBe('weekly, monthly');
    expect(fields.map((f) => f.words)).toContain('objectives');
  });
});

describe('what the writing draws on', () => {
  it('is handed to the tool', () => {
    expect(words('Prepare three reply drafts. Each draft uses the order number and their latest message.')).toEqual(
      expect.arrayContaining(['order number', 'latest message']),
    );
  });
});

describe('stages joined by arrows', () => {
  it('are the choices of the one field named before them', () => {
    const fields = said(
      'Residents submit a description and photos. statuses submitted -> acknowledged -> resolved -> closed, every change timestamped.',
    );
    expect(fields.find((f) => f.words === 'status')?.hint).toBe('submitted, acknowledged, resolved, closed');
    expect(fields.map((f) => f.words)).not.toContain('submitted');
  });
});

describe('what the person lists or sets', () => {
  it('names a field even when the tagger reads its noun as a proper noun', () => {
    expect(words('Every Monday, for the campaign IDs I list, pull the KPIs and post a summary.')).toContain('campaign IDs');
  });

  it('names what each of us sets, with both of its slashed names', () => {
    expect(words('Watch new papers for the keywords/topics each of us sets, and send a weekly digest.')).toContain('keywords/topics');
    expect(words('Score each pitch on the criteria we define and email the results.')).toContain('criteria');
  });
});

describe('a range in brackets after a clause item', () => {
  it('is passed over, so the list goes on', () => {
    expect(words('I set a main research topic, how far back to look (1-30 days) and which channel.')).toContain('channel');
  });
});

describe('sorted into "the right" group', () => {
  it('lists no labels, so the values said after it stay fields', () => {
    const d = understandDescription(
      'Whenever a new request record is created, classify it into the right queue, suggest tags and a priority level, and write a short summary.',
    );
    expect(d.labels).toBeNull();
    expect(d.fields.map((f) => f.name)).toContain('priorityLevel');
  });
});

describe('what a decision is made with', () => {
  it('is a value kept on the row decided on', () => {
    expect(words('Teachers submit lesson plans; the coordinator approves first with notes.')).toContain('notes');
    expect(words('Managers approve or reject with a comment.')).toContain('comment');
  });
});

describe('what each one is told', () => {
  it('comes back as a value of each', () => {
    const fields = said('Each week build the roster, fill vacancies, tell each person their role, and keep the history.');
    expect(fields.find((f) => f.words === 'role')?.returned).toBe(true);
  });
});
