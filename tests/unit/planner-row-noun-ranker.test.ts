/**
 * The learned row-noun ranker (agent/planner/learned/row-noun.ts): its file names the dev items
 * it was fitted on and holds what refitting on them with today's rules gives; its candidates are
 * the description's nouns as singular phrases; and its decision adds, names or keeps beside only
 * where it is sure, leaving tables said with their columns to the rules. Descriptions written for
 * this test, in wording of its own; the decisions are shown with small hand-made models.
 */
import { describe, expect, it } from 'vitest';
import { describeWithShape, understandDescription } from '../../agent/planner/description';
import { tablesBeyondDoubt } from '../../agent/planner/learned/tables-asked';
import type { LogisticModel } from '../../agent/planner/learned/logistic-model';
import { rowCandidates } from '../../agent/planner/learned/row-candidates';
import { barsFor, readRowNounFile, rowNounBy, rowNounRows, rowsBy, type RowBars } from '../../agent/planner/learned/row-noun';
import { composeApp } from '../../agent/planner/compose';
import { ROW_FEATURE_KINDS } from '../../agent/planner/learned/row-noun-features';
import { ROW_BARS, trainRowNoun } from '../eval/planner/row-noun-fit';
import { expectFittedOnDevOnly, expectRefitHolds } from '../fixtures/learned-model-file';

const REFIT =
  'The row-noun ranker reads the rules’ own reading, so a rule change makes it stale: refit it with ' +
  '`npx tsx tests/eval/planner/train-models.ts --write-output` and commit agent/planner/learned/row-noun.json.';

describe('the row-noun model file', () => {
  const shipped = readRowNounFile();

  it('was fitted on dev items only', () => {
    expectFittedOnDevOnly(shipped.trainedOn.ids);
  });

  it('reads the features the planner reads today, with the bars chosen', () => {
    expect(shipped.features, REFIT).toEqual(ROW_FEATURE_KINDS);
    const { add, replace, below, name, beside } = shipped;
    expect({ add, replace, below, name, beside }, REFIT).toEqual(ROW_BARS);
  });

  it('holds the weights refitting on its items with today’s rules gives', { timeout: 600_000 }, () => {
    expectRefitHolds(shipped.model, trainRowNoun(shipped.trainedOn.ids).model, REFIT);
  });
});

describe('candidates', () => {
  it('are singular noun phrases, the container or table word after them left out', () => {
    const nouns = rowCandidates('Add every broken bike part to our repair parts sheet and email the workshop.').map((c) => c.noun);
    expect(nouns).toContain('bike part');
    expect(nouns).toContain('repair part');
    expect(nouns).not.toContain('sheet');
  });

  it('gather every mention of a noun', () => {
    const [pallet] = rowCandidates('Each pallet gets a label. Scan the pallet when it ships.').filter((c) => c.noun === 'pallet');
    expect(pallet?.mentions).toHaveLength(2);
  });
});

/** A model sure of one head noun and of nothing else. */
const sureOf = (head: string): LogisticModel => ({ weights: { [`h:${head}`]: 8 }, bias: -4 });
const BARS: RowBars = { add: 0.9, replace: 0.9, below: 0.1, name: 0.5, beside: 0.99 };

function choice(text: string, model: LogisticModel, bars: RowBars = BARS) {
  const d = describeWithShape(text);
  return rowsBy(model, bars, d, rowNounRows(d.text, d));
}

describe('the decision', () => {
  it('adds a table of a noun it is sure of where the rules keep none', () => {
    const text = 'When a tenant reports a leaking pipe, write the plumber a short note about it.';
    expect(choice(text, sureOf('pipe')).noun).toBe('pipe');
  });

  it('adds nothing when it is unsure', () => {
    const text = 'When a tenant reports a leaking pipe, write the plumber a short note about it.';
    expect(choice(text, { weights: {}, bias: -4 })).toEqual({ noun: null, beside: [], keep: false });
  });

  it('keeps rows of a noun it is sure of where the rules read a records app but keep no table of their own', () => {
    // A form that also drafts: the rules' records app builds no table once there is writing to do.
    const text =
      'A portal where staff add each membership with member name, email, level and renewal date, and it drafts a renewal reminder when one is due.';
    const d = describeWithShape(text);
    expect(d.keepsRecords).toBe(false);
    const ranker = { ...BARS, model: sureOf('membership') };
    expect(rowsBy(ranker.model, ranker, d, rowNounRows(d.text, d))).toMatchObject({ noun: 'membership', keep: true });
    const app = composeApp(rowNounBy(ranker, d, rowNounRows(d.text, d)), { text: null, image: null });
    expect(app.collections?.map((c) => c.name)).toEqual(['memberships']);
  });

  it('leaves tables said with their columns to the rules', () => {
    const text = 'Kennels: number, size, heated. Boardings: dog name, kennel, arrival date, departure date.';
    expect(choice(text, sureOf('dog')).noun).toBeNull();
  });

  it('keeps a table beside the rows kept for another noun it is sure of', () => {
    const text = 'Track our dog boardings with owner, arrival date and departure date, and the vaccination each dog had.';
    const bars = { ...BARS, beside: 0.9 };
    expect(choice(text, sureOf('vaccination'), bars).beside).toEqual(['vaccination']);
  });
});

describe('the bar to add a table', () => {
  it('is lower where the words clearly ask for records and the tool reads no upload', () => {
    const d = describeWithShape(
      'Staff submit a leave request with start date and end date, and managers approve or reject each one and see every request by date.',
    );
    expect(barsFor(BARS, d).add).toBeLessThan(BARS.add);
  });

  it('stays where the tool reads a photo: its nouns are mostly what the photo shows', () => {
    const d = describeWithShape('Drivers snap a photo of each delivery and staff submit the delivery note; managers approve each one.');
    expect(d.given.photo).toBe(true);
    expect(barsFor(BARS, d)).toBe(BARS);
  });

  it('drops to the bar that names unnamed rows where rows are kept beyond doubt, whatever the tool reads', () => {
    const text = 'every new upkeep maintenance request → add it as a record in my airtable base';
    const d = describeWithShape(text);
    expect(tablesBeyondDoubt(text)).toBe(true);
    expect(barsFor(BARS, d).add).toBe(BARS.name);
    expect(understandDescription(text)).toMatchObject({ keepsRecords: true, recordNoun: 'maintenance request' });
  });

  it('stays where the words say little about records', () => {
    const d = describeWithShape('Write a short poem about the sea.');
    expect(barsFor(BARS, d)).toBe(BARS);
  });
});

describe('the row-noun features', () => {
  it('mark a two-word candidate that the form also asks for as a field', async () => {
    const { rowNounFeatures } = await import('../../agent/planner/learned/row-noun-features');
    const { rowCandidates } = await import('../../agent/planner/learned/row-candidates');
    const { describeWithShape } = await import('../../agent/planner/description');
    const text = 'Track library loans: borrower, book title, return date.';
    const d = describeWithShape(text);
    const candidate = rowCandidates(text).find((c) => c.noun === 'book title');
    expect(candidate).toBeDefined();
    expect(rowNounFeatures(candidate!, d, false).has('c:field')).toBe(true);
  });
});
