/**
 * Table names and their columns, in wording written for this test: a table is named with the
 * English plural of what it keeps (pluralize's rules, not a suffix rule), and every value the
 * form asks for reaches the table, even when the form names it more closely than the table does.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { plural } from '../../agent/planner/keep-records';

const noModels = { text: null, image: null };
const build = (text: string) => composeApp(understandDescription(text), noModels);

describe('plural of what a table keeps', () => {
  it.each([
    ['lead', 'leads'],
    ['entry', 'entries'],
    ['batch', 'batches'],
    ['status', 'statuses'],
    ['person', 'people'],
    ['signups', 'signups'],
    ['analysis', 'analyses'],
  ])('%s → %s', (noun, want) => {
    expect(plural(noun)).toBe(want);
  });
});

describe('a said table keeps every value the form asks for', () => {
  it('keeps the closer-named value ("pet\'s breed" for "breed") as a column and saves it', () => {
    const app = build(
      "Owners reserve a grooming slot with their name, phone, pet's breed and the service, and we keep every slot in a list.",
    );
    const table = app.collections?.[0];
    expect(table?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['name', 'phone', 'petBreed']));
    const save = app.steps?.find((s) => s.kind === 'save-record');
    expect(save?.kind === 'save-record' && save.values.map((v) => v.name)).toEqual(expect.arrayContaining(['petBreed']));
  });
});
