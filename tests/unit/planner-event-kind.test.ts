/**
 * The learned start from outside (agent/planner/learned/event-kind.ts): its file names the dev
 * items it was fitted on and holds what refitting on them with today's rules gives; the surest
 * model decides only from its bar, never makes a new record of our own the start where the
 * rules read none, and leaves the rules' own start (with the table it watches) where it agrees.
 */
import { describe, expect, it } from 'vitest';
import { ruledStart, understandDescription } from '../../agent/planner/description';
import {
  chosenStart,
  EVENT_FEATURE_KINDS,
  eventFeatures,
  FEW_WORDS,
  learnedEventBy,
  readEventKindFile,
  type EventKindFile,
} from '../../agent/planner/learned/event-kind';
import { trainEventKind } from '../eval/planner/event-kind-fit';
import { expectFittedOnDevOnly, expectRefitHolds } from '../fixtures/learned-model-file';

const REFIT =
  'The start model reads whether the rules read a schedule (schedule.ts), so a rule change can make it stale: refit it with ' +
  '`npx tsx tests/eval/planner/train-models.ts --write-output` and commit agent/planner/learned/event-kind.json.';

describe('the start model file', () => {
  const shipped = readEventKindFile();

  it('was fitted on dev items only', () => {
    expectFittedOnDevOnly(shipped.trainedOn.ids);
  });

  it('reads the features the planner reads today', () => {
    expect(shipped.features).toEqual([...EVENT_FEATURE_KINDS]);
  });

  it('holds the weights refitting on its items with today’s rules gives', { timeout: 600_000 }, () => {
    const again = trainEventKind(shipped.trainedOn.ids);
    for (const kind of ['none', 'webhook', 'email', 'record-created'] as const) {
      expectRefitHolds(shipped.models[kind], again.models[kind], `${kind}: ${REFIT}`);
    }
  });
});

/** Models that say only their prior: `odds` per start, as a bias. */
const leaning = (bias: Partial<Record<keyof EventKindFile['models'], number>>): EventKindFile['models'] => ({
  none: { weights: {}, bias: bias.none ?? -5 },
  webhook: { weights: {}, bias: bias.webhook ?? -5 },
  email: { weights: {}, bias: bias.email ?? -5 },
  'record-created': { weights: {}, bias: bias['record-created'] ?? -5 },
});

describe('how the surest model decides', () => {
  const features = new Set<string>();

  it('a start the models are sure of replaces the rules’', () => {
    expect(chosenStart(leaning({ webhook: 2 }), features, 'none')).toBe('webhook');
    expect(chosenStart(leaning({ none: 2 }), features, 'email')).toBe('none');
  });

  it('below the bar the rules’ start stays', () => {
    expect(chosenStart(leaning({ webhook: 0.3 }), features, 'email')).toBe('email');
  });

  it('a new record of our own is never made the start where the rules read none', () => {
    expect(chosenStart(leaning({ 'record-created': 3 }), features, 'none')).toBe('none');
    expect(chosenStart(leaning({ webhook: 3 }), features, 'record-created')).toBe('webhook');
  });
});

describe('the start as the planner understands it', () => {
  it('reads the words after "when" and "each" on their own', () => {
    const f = eventFeatures('When a new order comes in from Shopify, check the address.', false);
    expect(f.has('sched:false')).toBe(true);
    expect(f.has('when:order')).toBe(true);
  });

  it.each([
    'When I add a lead to the leads table, draft a first email to them.',
    'Whenever Shopify sends us a new order, check the address and flag anything odd.',
    'When our bank emails a payment notice, match it to the open invoice.',
  ])('keeps the rules’ start where the model agrees, with what it watches: "%s"', (text) => {
    expect(understandDescription(text).event).toEqual(ruledStart(text).ruled);
  });

  it('in an ask under FEW_WORDS words, a start the rules found is not taken away', () => {
    const short = 'watch a slack channel for certain keywords or bad sentiment so i can gauge team mood';
    const long = `${short}, and every time a thread turns sour post a short note to the team leads with the messages that set it off and a suggested next step`;
    expect(short.split(' ').length).toBeLessThan(FEW_WORDS);
    expect(long.split(' ').length).toBeGreaterThanOrEqual(FEW_WORDS);
    // Models sure of no start take it away from the long ask only.
    for (const text of [short, long]) expect(ruledStart(text).ruled?.kind).toBe('webhook');
    expect(learnedEventBy(leaning({ none: 3 }), short, ruledStart(short).ruled, false)?.kind).toBe('webhook');
    expect(learnedEventBy(leaning({ none: 3 }), long, ruledStart(long).ruled, false)).toBeNull();
    expect(understandDescription(short).event?.kind).toBe('webhook');
  });

  it('a record or row said to be created keeps the rules’ new-record start, however sure the models are of a webhook', () => {
    const text = 'When a new order record is created, write a packing note';
    expect(ruledStart(text).ruled?.kind).toBe('record-created');
    expect(learnedEventBy(leaning({ webhook: 3 }), text, ruledStart(text).ruled, false)?.kind).toBe('record-created');
    expect(understandDescription(text).event?.kind).toBe('record-created');
  });

  it.each([
    "our tax software spits out PDFs of each client's return into a folder. keep watching that folder, tell me which files are new, and let me allocate each one to the right client",
    "I want to log expenses by just messaging a telegram bot like '100 Taxi to home' and have it saved. Commands to see stats for the month, see and edit the last 10 expenses, and list the expense categories.",
    "a discord command for staff like '=suggestion report 7d' that says how many suggestions were made in that period, how many approved, denied, and still in progress. defaults to the last 7 days.",
  ])(
    'a start said surely (a place watched, a bot written to, a command typed in a chat) stays, whatever the models lean to: "%s"',
    (text) => {
      expect(ruledStart(text)).toMatchObject({ ruled: { kind: 'webhook' }, sure: true });
      expect(understandDescription(text).event?.kind).toBe('webhook');
    },
  );

  it('a start only implied is the models’ to overrule', () => {
    expect(ruledStart('When a new order comes in from Shopify, check the address.').sure).toBe(false);
  });
});
