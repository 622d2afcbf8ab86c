import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { tableNames } from '../../agent/planner/keep-records';
import { rowCandidates } from '../../agent/planner/learned/row-candidates';

const noModels = { text: null, image: null };

describe('a ledger is identified by its rows and labelled with the person’s name for it', () => {
  it.each([
    ['downtime log', 'downtimes', 'Downtime log'],
    ['key checkout log', 'keyCheckouts', 'Key checkout log'],
    ['hardware register', 'hardware', 'Hardware register'],
    ['lead', 'leads', 'Leads'],
  ])('%s → %s, "%s"', (noun, name, label) => {
    expect(tableNames(noun)).toEqual({ name, label });
  });

  it('"downtime log per machine: …" keeps a table of downtimes whose label says log', () => {
    const app = composeApp(
      understandDescription('downtime log per machine: reason category, date, time, duration, cause, corrective action'),
      noModels,
    );
    expect(app.collections?.map((c) => [c.name, c.label])).toEqual([['downtimes', 'Downtime log']]);
    const save = app.steps?.find((s) => s.kind === 'save-record');
    expect(save?.kind === 'save-record' && save.collection).toBe('downtimes');
  });
});

describe('the rows of an app named for them, before whose app it is', () => {
  it('"grant tracker for our nonprofit: …" keeps grants, not nonprofits', () => {
    const app = composeApp(
      understandDescription(
        'grant tracker for our nonprofit: application due dates, reporting deadlines, renewal periods, funder communications',
      ),
      noModels,
    );
    expect(app.collections?.map((c) => c.name)).toEqual(['grants']);
  });
});

describe('words that never name rows', () => {
  it.each([
    [
      'take a photo of a thing in storage, find it in my home inventory and open it; if not there, create a new item prefilled from the photo',
      'item',
    ],
    ['jewelry shop inventory. on any item I want a Generate button that writes the description', 'item'],
    ['parts inventory: part number, bin, quantity', 'part'],
  ])('a place’s inventory keeps items, not places: %s', (text, noun) => {
    expect(understandDescription(text).recordNoun).toBe(noun);
  });

  it('a pronoun before a ledger word is no row: "we log time against projects and tasks"', () => {
    expect(
      understandDescription('we log time against projects and tasks. each morning at 1am email every person a summary of yesterday')
        .recordNoun,
    ).not.toBe('we');
  });

  it('the product a table is kept in is no row: "a Notion database", "in Baserow"', () => {
    expect(
      understandDescription(
        'I pre-write everything in a Notion database. Pick up the pages marked "Ready to Release" and publish each to the right place',
      ).recordNoun,
    ).not.toBe('notion');
    expect(
      understandDescription(
        'Keep our stock counts in Baserow in sync with the shop: every time Shopify sends a new order, update the inventory count',
      ).recordNoun,
    ).not.toBe('baserow');
  });

  it('a file format is no row: "keep the raw JSON"', () => {
    const text = 'When I upload an invoice PDF, pull out the purchase list as a table, and also keep the raw JSON for exports';
    expect(rowCandidates(text).map((c) => c.noun)).not.toContain('json');
  });
});
