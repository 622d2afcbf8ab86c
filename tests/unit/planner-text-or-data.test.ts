/**
 * The learned text-or-data decision (agent/planner/learned/text-or-data.ts): its file names the
 * dev items it was fitted on and holds what refitting on them with today's rules gives; and it
 * leaves clear writing tools writing and clear reading tools reading. Descriptions written for
 * this test, in wording of its own.
 */
import { describe, expect, it } from 'vitest';
import { composeApp } from '../../agent/planner/compose';
import { describeByRules, understandDescription } from '../../agent/planner/description';
import { readTextOrDataFile, structuredBy } from '../../agent/planner/learned/text-or-data';
import { FEATURE_KINDS, saysNothing, textOrDataFeatures } from '../../agent/planner/learned/text-or-data-features';
import { LEANING, trainTextOrData } from '../eval/planner/text-or-data-fit';
import { expectFittedOnDevOnly, expectRefitHolds } from '../fixtures/learned-model-file';

const REFIT =
  'The text-or-data model reads the rules’ own signals, so a rule change makes it stale: refit it with ' +
  '`npx tsx tests/eval/planner/train-models.ts --write-output` and commit agent/planner/learned/text-or-data.json.';

describe('the text-or-data model file', () => {
  const shipped = readTextOrDataFile();

  it('was fitted on dev items only', () => {
    expectFittedOnDevOnly(shipped.trainedOn.ids);
  });

  it('reads the features the planner reads today, with the bar and lift chosen', () => {
    expect(shipped.features, REFIT).toEqual(FEATURE_KINDS);
    expect({ bar: shipped.bar, lift: shipped.lift }, REFIT).toEqual(LEANING);
  });

  it('holds the weights refitting on its items with today’s rules gives', { timeout: 600_000 }, () => {
    expectRefitHolds(shipped.model, trainTextOrData(shipped.trainedOn.ids).model, REFIT);
  });
});

type Kind = 'text' | 'data' | 'other';

/** What the composed app hands back: writing, or values, labels and rows. */
function resultKind(text: string): Kind {
  const kinds = new Set(composeApp(understandDescription(text), { text: null, image: null }).steps?.map((s) => s.kind));
  if (kinds.has('generate-image') || kinds.has('edit-image')) return 'other';
  return kinds.has('generate-text') ? 'text' : 'data';
}

describe('clear writing tools keep writing', () => {
  it.each([
    'Write a friendly thank-you note to each volunteer after the charity run.',
    'Draft a reply to a customer complaint that apologises and offers a refund.',
    'Turn my meeting notes into a short summary for the team.',
    'Compose a weekly newsletter about what changed in our product.',
    'Rewrite a paragraph of our handbook in plain English.',
    'Translate our return policy into Spanish and German.',
  ])('%s', (text) => {
    expect(resultKind(text)).toBe('text');
  });
});

describe('clear reading and sorting tools keep handing back data', () => {
  it.each([
    'Pull the supplier name, invoice number and total out of every uploaded invoice.',
    'Sort incoming support emails into billing, bug or account questions.',
    'Tag each product review as positive, neutral or negative.',
    'Read the start date, salary and notice period out of an employment contract.',
    'Keep a list of our laptops with owner, serial number and purchase date.',
  ])('%s', (text) => {
    expect(resultKind(text)).toBe('data');
  });
});

describe('where the rules chose an image, the model has no say', () => {
  it('a picture tool is read the same with or without the model', () => {
    const text = 'Generate a poster for our summer fair from a short brief.';
    const ruled = describeByRules(text);
    const understood = understandDescription(text);
    expect(ruled.outputKind).toBe('image');
    expect(understood.outputKind).toBe('image');
    expect(understood.structured).toBe(ruled.structured);
  });
});

describe('where the model is sure, the app built follows it', () => {
  it('an email that tells people what it found writes to them, whatever the rules read', () => {
    const text = 'weekly email to the team with the open incidents, who owns each and what changed';
    expect(describeByRules(text).structured).toBe(true);
    expect(understandDescription(text).structured).toBe(false);
    expect(resultKind(text)).toBe('text');
  });
});

describe('the tool named first is read on its own', () => {
  it('the opening phrase gives opening words; a side step said after it does not', () => {
    const features = textOrDataFeatures(
      describeByRules('Invoice tracker for my small business that sends me an email when one is overdue.'),
    );
    expect(features).toContain('open:tracker');
    expect(features).toContain('w:email');
    expect(features).not.toContain('open:email');
  });
});

describe('the prior alone never overrules', () => {
  // A model that leans to data before reading anything, and a little more on one word.
  const model = { weights: { 'w:ledger': 0.3, 'w:invoice': 2 }, bias: 1 };
  const reading = (word: string) => new Set([...saysNothing(), `w:${word}`]);
  const leaning = { bar: 0.6, lift: 0.5 };

  it('a reading that moves the model little leaves the rules’ choice, however sure the prior is', () => {
    expect(structuredBy(model, { ...leaning, lift: 0 }, false, reading('ledger'))).toBe(true);
    expect(structuredBy(model, leaning, false, reading('ledger'))).toBe(false);
  });

  it('a reading that moves it far enough overrules', () => {
    expect(structuredBy(model, leaning, false, reading('invoice'))).toBe(true);
  });
});
