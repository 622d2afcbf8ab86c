/**
 * The planner's learned models: each file shipped is what training on dev gives (so it was
 * fitted on dev and nothing else, and a corpus change that forgot to retrain shows here), and
 * they read wordings of our own the way a person would.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { noTablesAsked } from '../../agent/planner/learned/tables-asked';
import { saidTables } from '../../agent/planner/said-tables';
import { MODEL_NAMES, readTrainedFile } from '../../agent/planner/learned/trained-model';
import { splitOf } from '../eval/planner/corpus';
import { idsHash, train, trainingItems } from '../eval/planner/train-models';

describe.each(MODEL_NAMES)('the %s model file', (name) => {
  const shipped = readTrainedFile(name);

  it('was trained on the dev split as it stands, and only on dev', () => {
    const items = trainingItems(name);
    expect(items.every((i) => splitOf(i.id) === 'dev')).toBe(true);
    expect(shipped.trainedOn.idsSha256, 'retrain: npx tsx tests/eval/planner/train-models.ts').toBe(idsHash(items));
    expect(shipped.trainedOn.items).toBe(items.length);
  });

  it('holds the weights a retrain gives', () => {
    const again = train(name);
    expect(Object.keys(shipped.model.weights).sort()).toEqual(Object.keys(again.model.weights).sort());
    for (const [word, w] of Object.entries(again.model.weights)) expect(shipped.model.weights[word]).toBeCloseTo(w, 4);
    expect(shipped.model.bias).toBeCloseTo(again.model.bias, 4);
  });
});

describe('tables asked or not', () => {
  it('no table when the words lean clearly to writing, though the rules read one', () => {
    const text =
      'For each job posting I paste, write a tailored cover letter with my name, the company, the role and two matching achievements';
    expect(saidTables(text)).toHaveLength(1);
    expect(noTablesAsked(text)).toBe(true);
    const d = understandDescription(text);
    expect(d.keepsRecords).toBe(false);
    expect(d.tables).toEqual([]);
  });

  it('a short ask says little, so the rules decide', () => {
    for (const text of ['a bug tracker', 'Log every delivery with the driver and time', 'a table of our suppliers'])
      expect(noTablesAsked(text), text).toBe(false);
    expect(understandDescription('a bug tracker').keepsRecords).toBe(true);
  });
});
