import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { saidTables } from '../../agent/planner/said-tables';
import { templateFits } from '../../agent/planner/template-fit';
import type { AppSpec } from '../../agent/spec/app-spec';

describe('names of records apps and ledgers read by their grammar', () => {
  it('an intake keeps what it takes in', () => {
    const d = understandDescription('Repair intake for our bike shop: customer, bike, fault, photos, promised date.');
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe('repair');
  });
  it('"Register of …" is a noun though the tagger reads a verb', () => {
    const d = understandDescription('Register of our suppliers for the audit: supplier, contact email, certificate, expiry date.');
    expect(d.keepsRecords).toBe(true);
  });
  it('a log naming a document keeps no rows', () => {
    expect(understandDescription('Summarise each call and add the summary to the team call log doc.').recordNoun).not.toBe('team call log');
  });
});

describe('what a message carries is no table', () => {
  it.each([
    'If the error rate jumps, post an alert in #ops-alerts with the service, error count, threshold and a link.',
    'Our phone system sends each finished call to a webhook with caller, duration, outcome and transcript; summarise it.',
  ])('%s', (text) => {
    expect(saidTables(text)).toEqual([]);
  });
  it('choices of a writing are no tables', () => {
    const text = 'Newsletter form: topic, tone (friendly, formal, playful), length (short, medium, long), call to action.';
    expect(saidTables(text)).toEqual([]);
  });
  it('examples of an upload are no table', () => {
    expect(saidTables('Upload photos (people, pets, products) and a colour (white, grey, navy); cut out the subject.')).toEqual([]);
  });
});

describe('a template with tables of its own does not hold the tables a person describes', () => {
  const digest = {
    steps: [{ kind: 'generate-text' }],
    inputs: [],
    collections: [
      { name: 'updates', fields: [] },
      { name: 'digests', fields: [] },
    ],
  } as unknown as AppSpec;
  it('rows kept of a named thing', () => {
    const d = understandDescription('Every weekday fetch new research papers, summarise each and store it in our papers database.');
    expect(d.keepsRecords).toBe(true);
    expect(templateFits(d, digest)).toBe(false);
  });
});

describe('a table of one thing per another', () => {
  it('"Readings per visit: …" keeps readings', () => {
    const tables = saidTables('Clinic log. Patients: name, birth date, phone. Blood readings per visit: pressure, pulse, sugar, notes.');
    expect(tables.map((t) => t.noun)).toEqual(['patient', 'blood reading']);
  });
});
