import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { understandDescription } from '../../agent/planner/description';
import { tableNames } from '../../agent/planner/keep-records';

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
