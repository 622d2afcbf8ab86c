/**
 * The learned picture decision (agent/planner/learned/makes-pictures.ts): its file names the dev
 * items it was fitted on and holds what refitting on them with today's rules gives; it makes a
 * picture only when sure, takes one away only when very sure and the words lean away, and a picture asked plainly stays.
 * Descriptions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { understandDescription } from '../../agent/planner/description';
import {
  ADD_FROM,
  PICTURE_FEATURE_KINDS,
  pictureFeatures,
  picturesBy,
  readMakesPicturesFile,
  TAKE_BELOW,
  TAKE_LIFT,
} from '../../agent/planner/learned/makes-pictures';
import { trainMakesPictures } from '../eval/planner/makes-pictures-fit';
import { expectFittedOnDevOnly, expectRefitHolds } from '../fixtures/learned-model-file';

const REFIT =
  'The picture model reads the files handed over as the planner reads them, so a rule change can make it stale: refit it with ' +
  '`npx tsx tests/eval/planner/train-models.ts --write-output` and commit agent/planner/learned/makes-pictures.json.';

describe('the picture model file', () => {
  const shipped = readMakesPicturesFile();

  it('was fitted on dev items only', () => {
    expectFittedOnDevOnly(shipped.trainedOn.ids);
  });

  it('reads the features the planner reads today', () => {
    expect(shipped.features).toEqual([...PICTURE_FEATURE_KINDS]);
  });

  it('holds the weights refitting on its items with today’s rules gives', { timeout: 600_000 }, () => {
    expectRefitHolds(shipped.model, trainMakesPictures(shipped.trainedOn.ids).model, REFIT);
  });
});

/** A model that says only its prior, as a probability. */
const saying = (p: number) => ({ weights: {}, bias: Math.log(p / (1 - p)) });

describe('how the picture model decides', () => {
  const none = new Set<string>();

  it('makes a picture the rules did not read only from its bar', () => {
    expect(picturesBy(saying(ADD_FROM + 0.01), none, false)).toBe(true);
    expect(picturesBy(saying(ADD_FROM - 0.01), none, false)).toBe(false);
  });

  it('takes a picture away only when very sure and the words lean away', () => {
    const receipt = new Set(['w:receipt']);
    const leaning = (weight: number, bias: number) => ({ weights: { 'w:receipt': weight }, bias });
    expect(picturesBy(leaning(-TAKE_LIFT - 1, -3), receipt, true)).toBe(false);
    // Not sure enough…
    expect(picturesBy(leaning(-TAKE_LIFT - 0.1, 0), receipt, true)).toBe(true);
    // …or sure on the prior alone: a short ask says little either way.
    expect(picturesBy(saying(TAKE_BELOW - 0.01), none, true)).toBe(true);
    expect(picturesBy(leaning(-TAKE_LIFT + 0.5, -4), receipt, true)).toBe(true);
  });

  it('reads picture nouns as one class', () => {
    expect(pictureFeatures('A flyer for our yard sale.', false).has('pic:said')).toBe(true);
    expect(pictureFeatures('A flyer for our yard sale.', false).has('pic:opening')).toBe(true);
    expect(pictureFeatures('Track our yard sales.', false).has('pic:said')).toBe(false);
  });
});

describe('pictures as the planner understands them', () => {
  it.each([
    'Give me a poster for each upcoming event from its title, date and venue.',
    'Every week, make a fresh header graphic for our newsletter from the lead story.',
  ])('a picture asked plainly stays a picture: "%s"', (text) => {
    expect(understandDescription(text).outputKind).toBe('image');
  });

  it.each([
    'Snap a photo of each receipt and log the amount, vendor and date into our expenses.',
    'Take a photo of the whiteboard after each meeting and send me the action items.',
  ])('a photo handed over to be read makes no picture: "%s"', (text) => {
    expect(understandDescription(text).outputKind).toBe('text');
  });
});
