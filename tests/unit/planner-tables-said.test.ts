import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { handsBackData } from '../../agent/planner/result-shape';
import { saidTables } from '../../agent/planner/said-tables';

const noModels = { text: null, image: null };

describe('tables the person names', () => {
  it.each(['Customers register for classes online and pay at the door', 'Members register for our events and we email them a reminder'])(
    'a ledger word said as a verb names no ledger: %s',
    (text) => {
      expect(understandDescription(text).recordNoun ?? '').not.toContain('register');
    },
  );

  it.each([
    ['every expense goes into our spending log with date and amount', 'spending log'],
    ['append a row to our payments register', 'payment register'],
    ['store it in our suppliers with a rating', 'supplier'],
    ['keep them in the inventory table', 'inventory'],
    ['save each one as a support case', 'support case'],
    // A title opening the description, though the tagger reads "register" as the nouns' verb.
    ['Complaints register: name of complainant, date received, the complaint, outcome', 'complaint register'],
    ['calibration register for our lab instruments: what was calibrated, when, who did it', 'calibration register'],
  ])('%s → %s', (text, noun) => {
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(true);
    expect(d.recordNoun).toBe(noun);
  });

  it.each([
    'upload our change log and explain every deploy',
    'send the report as a three column table: region, revenue, margin',
    'translate the file but keep the keys exactly the same',
    'tell us what to cook for the table tonight',
  ])('keeps no rows: %s', (text) => {
    expect(understandDescription(text).keepsRecords).toBe(false);
  });

  it('reads several tables, each with its own columns', () => {
    const tables = saidTables(
      'A parts shop. Suppliers: supplier, phone, city. Parts: part number, price, stock. Each order with part, quantity and date.',
    );
    expect(tables.map((t) => t.noun)).toEqual(['supplier', 'part', 'order']);
    expect(tables[1]!.columns.map((c) => c.words)).toEqual(['part number', 'price', 'stock']);
  });

  it('takes a choice list as options, not as tables or fields', () => {
    expect(saidTables('Keep a members table (status: Active, Paused, Left)')).toEqual([]);
    const status = understandDescription('Keep a members table (status: Active, Paused, Left)').fields.find((f) => f.name === 'status');
    expect(status?.options).toEqual(['Active', 'Paused', 'Left']);
  });

  it('builds one collection per table said, the form saving into the first', () => {
    const d = understandDescription('Gym admin. Members: name, email, plan. Classes: title, coach, time.');
    const app = composeApp(d, noModels);
    expect(app.collections?.map((c) => c.name)).toEqual(['members', 'classes']);
    const save = app.steps?.find((s) => s.kind === 'save-record');
    expect(save?.kind === 'save-record' && save.collection).toBe('members');
  });
});

describe('data or prose', () => {
  it.each([
    ['send a photo of a wine label and get back the wine name, the vintage and the region', true],
    ['paste a support email, tell me: language, urgency, product and sentiment', true],
    ['Score each applicant, reply politely and route it to the right recruiter', true],
    ['paste a blog draft and get back a title, a summary and a tweet', false],
    ['someone sends a short description and it writes a poem', false],
  ])('%s → data %s', (text, data) => {
    expect(handsBackData(text, 0, false)).toBe(data);
  });
});
