/**
 * The planner's learned models: each file names the items it learned from, all of them dev
 * items, and holds what training on them gives; and the models read wordings of our own the way
 * a person would.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { noTablesAsked } from '../../agent/planner/learned/tables-asked';
import { MODEL_NAMES, readTrainedFile } from '../../agent/planner/learned/trained-model';
import { corpusSplit } from '../eval/planner/corpus';
import { train, trainingItems } from '../eval/planner/train-models';

describe.each(MODEL_NAMES)('the %s model file', (name) => {
  const shipped = readTrainedFile(name);

  it('was trained on dev items only', () => {
    const dev = new Set(corpusSplit('dev').map((i) => i.id));
    expect(shipped.trainedOn.ids.filter((id) => !dev.has(id))).toEqual([]);
  });

  it('holds the weights training on those items gives', () => {
    const again = train(name, trainingItems(name, shipped.trainedOn.ids));
    expect(Object.keys(shipped.model.weights).sort()).toEqual(Object.keys(again.model.weights).sort());
    for (const [word, w] of Object.entries(again.model.weights)) expect(shipped.model.weights[word]).toBeCloseTo(w, 4);
    expect(shipped.model.bias).toBeCloseTo(again.model.bias, 4);
  });
});

describe('tables asked or not', () => {
  it('no table when the words lean clearly to writing', () => {
    const text =
      'For each job posting I paste, write a tailored cover letter with my name, the company, the role and two matching achievements';
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
