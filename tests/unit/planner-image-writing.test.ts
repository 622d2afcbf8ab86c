/**
 * The learned picture-and-writing decision (agent/planner/learned/image-writing.ts): its file
 * names the dev items it was fitted on and holds what refitting on them with today's rules gives;
 * words laid onto a picture leave a picture, writing asked beside one stays writing, and where
 * the rules read no picture the model has no say. Descriptions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ruledOutput, understandDescription } from '../../agent/planner/description';
import { IMAGE_WRITING_FEATURE_KINDS, learnedImageKind, readImageWritingFile } from '../../agent/planner/learned/image-writing';
import { trainImageWriting } from '../eval/planner/image-writing-fit';
import { expectFittedOnDevOnly, expectRefitHolds } from '../fixtures/learned-model-file';

const REFIT =
  'The picture-and-writing model reads the rules’ output kind, so a rule change makes it stale: refit it with ' +
  '`npx tsx tests/eval/planner/train-models.ts --write-output` and commit agent/planner/learned/image-writing.json.';

describe('the picture-and-writing model file', () => {
  const shipped = readImageWritingFile();

  it('was fitted on dev items only', () => {
    expectFittedOnDevOnly(shipped.trainedOn.ids);
  });

  it('reads the features the planner reads today', () => {
    expect(shipped.features).toEqual([...IMAGE_WRITING_FEATURE_KINDS]);
  });

  it('holds the weights refitting on its items with today’s rules gives', { timeout: 600_000 }, () => {
    expectRefitHolds(shipped.model, trainImageWriting(shipped.trainedOn.ids).model, REFIT);
  });
});

describe('writing with a picture, as the planner understands it', () => {
  it.each(['Each new blog post gets a Pinterest pin image: the post title laid over its main picture in our brand style.'])(
    'words laid onto a picture hand back a picture: "%s"',
    (text) => {
      expect(ruledOutput(text).kind).toBe('text+image');
      expect(understandDescription(text).outputKind).toBe('image');
    },
  );

  it('a recipe turned into a card image is the picture, by the rules too', () => {
    const text = 'Turn my recipe into a square card image with the dish name on top.';
    expect(ruledOutput(text).kind).toBe('image');
    expect(understandDescription(text).outputKind).toBe('image');
  });

  it.each([
    'Write an Instagram caption for each new product and generate a matching picture to post with it.',
    'I type a topic and get a LinkedIn post plus an eye-catching visual to go with it.',
  ])('writing asked beside a picture stays: "%s"', (text) => {
    expect(understandDescription(text).outputKind).toBe('text+image');
  });

  it('has no say where the rules read no picture', () => {
    expect(learnedImageKind('Summarise each support ticket in two lines.', 'text', false)).toBe('text');
  });
});
