/**
 * The learned files-handed-over model (agent/planner/learned/given-files.ts): its file names the
 * dev items it was fitted on and holds what refitting on them with today's rules gives; a
 * document the tool makes is not one handed over, and files handed over stay so.
 * Descriptions written for this test, in wording of its own.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import { givenInputs } from '../../agent/planner/given-inputs';
import { GIVEN_FEATURE_KINDS, givenFileFeatures, learnedGiven, readGivenFilesFile } from '../../agent/planner/learned/given-files';
import { trainGivenFiles } from '../eval/planner/given-files-fit';
import { expectFittedOnDevOnly, expectRefitHolds } from '../fixtures/learned-model-file';

const REFIT =
  'The files model reads the rules’ verdict (given-inputs.ts), so a rule change makes it stale: refit it with ' +
  '`npx tsx tests/eval/planner/train-models.ts --write-output` and commit agent/planner/learned/given-files.json.';

describe('the files-handed-over model file', () => {
  const shipped = readGivenFilesFile();

  it('was fitted on dev items only', () => {
    expectFittedOnDevOnly(shipped.trainedOn.ids);
  });

  it('reads the features the planner reads today', () => {
    expect(shipped.features).toEqual([...GIVEN_FEATURE_KINDS]);
  });

  it('holds the weights refitting on its items with today’s rules gives', { timeout: 600_000 }, () => {
    const again = trainGivenFiles(shipped.trainedOn.ids);
    for (const kind of ['photo', 'document'] as const) expectRefitHolds(shipped[kind], again[kind], `${kind}: ${REFIT}`);
  });
});

describe('what the model reads around a file noun', () => {
  it('the verb before it, the preposition before it and a verb after it', () => {
    const f = givenFileFeatures('Put the totals in a PDF and email it to me', 'document', true);
    expect(f.has('rule:true')).toBe(true);
    expect(f.has('noun')).toBe(true);
    expect(f.has('before:put')).toBe(true);
    expect(f.has('at:in')).toBe(true);
    const arriving = givenFileFeatures('when a contract PDF arrives in the folder, list the parties', 'document', true);
    expect(arriving.has('after:arrive')).toBe(true);
  });
});

describe('files handed over, as the planner understands them', () => {
  it.each([
    'Each Friday, email the board a PDF report of the week’s sales totals by region.',
    'After each workshop, make every attendee a certificate PDF with their name and the course title, and email it to them.',
  ])('a document the tool makes is not handed over: "%s"', (text) => {
    expect(understandDescription(text).given.document).toBe(false);
  });

  it.each([
    'Suppliers upload their signed contract PDF; pull out the parties, the start date and the renewal terms.',
    'I drop scanned purchase orders into the app and it reads the order number, the lines and the totals.',
  ])('a document handed over stays handed over: "%s"', (text) => {
    expect(understandDescription(text).given.document).toBe(true);
  });

  it.each([
    'Upload a photo of a shelf and count the items on it.',
    'Technicians snap a photo of the meter dial and the tool reads the number off it.',
  ])('a photo handed over stays handed over: "%s"', (text) => {
    expect(understandDescription(text).given.photo).toBe(true);
  });

  it('keeps what the rules said the files are, changing only whether each is handed over', () => {
    const text = 'Upload the supplier’s bank statement PDF and list every payment over 500.';
    const ruled = givenInputs(text);
    const learned = learnedGiven(text, ruled);
    expect(learned.documentWords).toBe(ruled.documentWords);
    expect(learned.photoWords).toBe(ruled.photoWords);
  });
});
