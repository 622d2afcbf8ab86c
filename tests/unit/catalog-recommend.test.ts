import { describe, expect, it } from 'vitest';
import {
  BEST_VALUE_BAR,
  NoModelMatchesError,
  RequirementsInputError,
  TOKENS_PER_PAGE,
  getCatalog,
  recommendModels,
  requirementsFromTask,
  type ModelFacts,
  type Requirements,
} from '../../agent/catalog/index';

/**
 * Every expected winner below is worked out here from the facts file with plain arithmetic,
 * independently of the catalog's cost and ranking code.
 */
const NOW = new Date('2026-11-25T12:00:00Z');
const DAY = 86_400_000;
const models = getCatalog().models;

const today = (now: Date) => now.toISOString().slice(0, 10);
const alive = (m: ModelFacts, now = NOW) =>
  m.lifecycle.status !== 'shutdown' && !(m.lifecycle.shutdownDate !== null && m.lifecycle.shutdownDate <= today(now));
/** Deprecated models (issue 14) and models shutting down within `days` rank last; 0 days turns lifecycle ranking off. */
const retiring = (m: ModelFacts, now = NOW, days = 90) =>
  (days > 0 && m.lifecycle.status === 'deprecated') ||
  (m.lifecycle.shutdownDate !== null && (Date.parse(m.lifecycle.shutdownDate) - Date.parse(today(now))) / DAY <= days);

interface TextVolume {
  requests: number;
  input: number;
  output: number;
  batch?: boolean;
}

/** Monthly cost of a text workload: long prompts move the whole request to the upper tier. */
function textCost(m: ModelFacts, v: TextVolume): number {
  const p = m.pricing;
  const long = p.longContextTier !== null && v.input > p.longContextTier.thresholdInputTokens;
  let rateIn = long ? p.longContextTier!.input : p.input!;
  let rateOut = long ? p.longContextTier!.output : p.output!;
  if (v.batch && p.batch && !long) [rateIn, rateOut] = [p.batch.input, p.batch.output];
  return (v.requests * (v.input * rateIn + v.output * rateOut)) / 1e6;
}

/** Per-image price; a quality the model lacks falls back to its first row, a size to "any" or the first column. */
function imagePrice(m: ModelFacts, quality = 'medium', size = '1024x1024'): number {
  const table = m.pricing.perImage!;
  const row = table[quality] ?? Object.values(table)[0]!;
  return row[size] ?? row.any ?? Object.values(row)[0]!;
}

const FLAGS = [
  'functionCalling',
  'structuredOutputs',
  'streaming',
  'reasoning',
  'imageGeneration',
  'imageEdits',
  'searchGrounding',
  'codeExecution',
  'urlContext',
  'fileSearch',
  'mapsGrounding',
  'contextCaching',
  'batch',
  'fineTuning',
] as const;
function score(m: ModelFacts): number {
  const limit = m.maxInputTokens ?? m.contextWindow ?? 0;
  return (
    FLAGS.filter((f) => m.capabilities[f] === true).length +
    m.inputModalities.filter((x) => x !== 'text').length +
    (limit >= 1_000_000 ? 2 : limit >= 200_000 ? 1 : 0)
  );
}

/** The first model after sorting: not-retiring first, then by `key` ascending. */
function winner(candidates: ModelFacts[], key: (m: ModelFacts) => number, now = NOW, days = 90): string {
  expect(candidates.length).toBeGreaterThan(0);
  return [...candidates].sort(
    (a, b) => Number(retiring(a, now, days)) - Number(retiring(b, now, days)) || key(a) - key(b) || a.id.localeCompare(b.id),
  )[0]!.id;
}

const top = (r: Requirements, now = NOW, days?: number) => recommendModels(r, { now, retiringWithinDays: days }).recommendations[0]!;

const text = models.filter((m) => m.kind === 'text');
const image = models.filter((m) => m.kind === 'image');
const DEFAULT_TEXT = { requests: 1_000, input: 2_000, output: 500 };

describe('recommendModels: winners derived from the facts', () => {
  it('1. cheapest text model for the default volume', () => {
    const expected = winner(
      text.filter((m) => alive(m)),
      (m) => textCost(m, DEFAULT_TEXT),
    );
    const got = top({ outputKind: 'text', preference: 'cheapest' });
    expect(got.modelId).toBe(expected);
    expect(got.monthlyCost).toBeCloseTo(textCost(getCatalog().require(expected), DEFAULT_TEXT), 10);
  });

  it('2. cheapest text model that takes a 520k-token prompt (long-context tiers apply)', () => {
    const v = { requests: 1_000, input: 520_000, output: 1_000 };
    const fits = text.filter((m) => alive(m) && (m.maxInputTokens ?? m.contextWindow ?? 0) >= 520_000);
    const got = top({
      outputKind: 'text',
      minContextTokens: 520_000,
      preference: 'cheapest',
      workload: { requestsPerMonth: 1_000, inputTokens: 520_000, outputTokens: 1_000 },
    });
    expect(got.modelId).toBe(winner(fits, (m) => textCost(m, v)));
    expect(got.monthlyCost).toBeCloseTo(textCost(getCatalog().require(got.modelId), v), 8);
  });

  it('3. cheapest OpenAI text model with function calling and structured output', () => {
    const fits = text.filter(
      (m) => alive(m) && m.provider === 'openai' && m.capabilities.functionCalling === true && m.capabilities.structuredOutputs === true,
    );
    expect(
      top({ outputKind: 'text', provider: 'openai', functionCalling: true, structuredOutput: true, preference: 'cheapest' }).modelId,
    ).toBe(winner(fits, (m) => textCost(m, DEFAULT_TEXT)));
  });

  it('4. cheapest image model for 1,000 medium 1024x1024 images a month', () => {
    const fits = image.filter((m) => alive(m) && m.pricing.perImage !== null);
    const got = top({
      outputKind: 'image',
      preference: 'cheapest',
      workload: { requestsPerMonth: 1_000, images: 1, imageQuality: 'medium' },
    });
    expect(got.modelId).toBe(winner(fits, (m) => imagePrice(m)));
    expect(got.monthlyCost).toBeCloseTo(1_000 * imagePrice(getCatalog().require(got.modelId)), 10);
  });

  it('5. cheapest model that edits images it is given', () => {
    const fits = models.filter(
      (m) => alive(m) && m.kind === 'image' && m.capabilities.imageEdits === true && m.inputModalities.includes('image'),
    );
    expect(top({ outputKind: 'image', imageEdit: true, imageInput: true, preference: 'cheapest' }).modelId).toBe(
      winner(fits, (m) => imagePrice(m)),
    );
  });

  it('6. cheapest embedding model', () => {
    const fits = models.filter((m) => alive(m) && m.kind === 'embedding');
    expect(top({ outputKind: 'embedding', preference: 'cheapest' }).modelId).toBe(winner(fits, (m) => m.pricing.input!));
  });

  it('7. most capable text model (capabilities, extra input kinds, context size)', () => {
    const fits = text.filter((m) => alive(m));
    expect(top({ outputKind: 'text', preference: 'most-capable' }).modelId).toBe(
      winner(fits, (m) => -score(m) * 1e6 + textCost(m, DEFAULT_TEXT)),
    );
  });

  it('8. best-value text model: cheapest of those within the capability bar', () => {
    const fits = text.filter((m) => alive(m));
    const bar = BEST_VALUE_BAR * Math.max(...fits.map(score));
    expect(top({ outputKind: 'text' }).modelId).toBe(winner(fits, (m) => (score(m) < bar ? 1e9 : 0) + textCost(m, DEFAULT_TEXT)));
  });

  it('9. with no retirement window, deprecated-but-running models compete on price alone', () => {
    const fits = text.filter((m) => alive(m));
    expect(top({ outputKind: 'text', preference: 'cheapest' }, NOW, 0).modelId).toBe(
      winner(fits, (m) => textCost(m, DEFAULT_TEXT), NOW, 0),
    );
  });

  it('10. on a later day, models shut down by then are gone', () => {
    const later = new Date('2027-02-01T00:00:00Z');
    const fits = text.filter((m) => alive(m, later));
    const got = recommendModels({ outputKind: 'text', preference: 'cheapest' }, { now: later });
    expect(got.recommendations[0]!.modelId).toBe(winner(fits, (m) => textCost(m, DEFAULT_TEXT), later));
    expect(got.candidates).toBe(fits.length);
  });

  it('11. batch volume: cheapest text model at batch prices where they exist', () => {
    const v = { ...DEFAULT_TEXT, batch: true };
    const fits = text.filter((m) => alive(m));
    expect(
      top({
        outputKind: 'text',
        preference: 'cheapest',
        workload: { requestsPerMonth: 1_000, inputTokens: 2_000, outputTokens: 500, batch: true },
      }).modelId,
    ).toBe(winner(fits, (m) => textCost(m, v)));
  });

  it('12. most capable Google model that reads images', () => {
    const fits = text.filter((m) => alive(m) && m.provider === 'google' && m.inputModalities.includes('image'));
    expect(top({ outputKind: 'text', provider: 'google', imageInput: true, preference: 'most-capable' }).modelId).toBe(
      winner(fits, (m) => -score(m) * 1e6 + textCost(m, DEFAULT_TEXT)),
    );
  });

  it('13. "summarise 800-page contracts" needs a prompt of 800 pages and picks from the models that take it', () => {
    const { requirements } = requirementsFromTask('summarise 800-page contracts');
    const needed = 800 * TOKENS_PER_PAGE;
    expect(requirements).toMatchObject({ outputKind: 'text', minContextTokens: needed });
    const fits = text.filter((m) => alive(m) && (m.maxInputTokens ?? m.contextWindow ?? 0) >= needed);
    const result = recommendModels(requirements, { now: NOW });
    expect(result.candidates).toBe(fits.length);
    const v = { requests: requirements.workload!.requestsPerMonth!, input: needed, output: requirements.workload!.outputTokens! };
    const bar = BEST_VALUE_BAR * Math.max(...fits.map(score));
    expect(result.recommendations[0]!.modelId).toBe(winner(fits, (m) => (score(m) < bar ? 1e9 : 0) + textCost(m, v)));
  });

  it('gives every recommendation reasons, the monthly cost and the ranking rule', () => {
    const result = recommendModels({ outputKind: 'text', minContextTokens: 300_000, functionCalling: true }, { now: NOW });
    expect(result.rule).toMatch(/^Cheapest first among models scoring at least 80%/);
    for (const r of result.recommendations) {
      expect(r.reasons[0]).toBe(
        'Meets every requirement: is a text model, takes prompts of at least 300,000 tokens and supports function calling.',
      );
      expect(r.reasons[1]).toMatch(/^\$[\d,.]+ a month for 1,000 requests a month × 2,000 input \+ 500 output tokens\.$/);
      expect(r.monthlyCost).not.toBeNull();
    }
  });
});

describe('recommendModels: nothing fits', () => {
  it('names the requirement that no model in the directory meets', () => {
    const limit = (m: (typeof models)[number]) => m.maxInputTokens ?? m.contextWindow ?? 0;
    const largest = Math.max(...models.filter((m) => alive(m)).map(limit));
    const largestId = models.find((m) => alive(m) && limit(m) === largest)!.id;
    const attempt = () => recommendModels({ outputKind: 'text', minContextTokens: 5_000_000 }, { now: NOW });
    expect(attempt).toThrow(NoModelMatchesError);
    expect(attempt).toThrow(
      `No model in the directory takes prompts of at least 5,000,000 tokens: the largest input limit is ${largest.toLocaleString('en-US')} tokens, on ${largestId}. Drop or relax the "minContextTokens" requirement.`,
    );
  });

  it('names the requirement that excluded the last candidates of a combination', () => {
    try {
      recommendModels({ outputKind: 'image', functionCalling: true }, { now: NOW });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoModelMatchesError);
      const e = error as NoModelMatchesError;
      expect(e.requirement).toBe('functionCalling');
      const survivors = image.filter((m) => alive(m)).length;
      expect(e.message).toBe(
        `The "functionCalling" requirement excluded every remaining model: of the ${survivors} models that are not shut down and are image models, none supports function calling. Drop or relax "functionCalling" or one of the earlier requirements.`,
      );
    }
  });

  it('refuses malformed requirements naming the field', () => {
    expect(() => recommendModels({ minContextTokens: -5 } as Requirements)).toThrow(RequirementsInputError);
    expect(() => recommendModels({ outputKind: 'video' } as never)).toThrow(/The requirement "outputKind" is invalid/);
  });
});

describe('requirementsFromTask', () => {
  it.each([
    ['generate product images', { outputKind: 'image' }],
    ['remove the background from product photos', { outputKind: 'image', imageEdit: true, imageInput: true }],
    ['extract invoice fields from scanned receipts', { outputKind: 'text', imageInput: true, structuredOutput: true }],
    ['semantic search over our wiki', { outputKind: 'embedding' }],
    ['a cheap chatbot that calls our order API', { outputKind: 'text', functionCalling: true, preference: 'cheapest' }],
    [
      'best quality summaries of 10k-word reports with Gemini',
      { outputKind: 'text', provider: 'google', preference: 'most-capable', minContextTokens: 13_000 },
    ],
  ] as const)('%s', (task, expected) => {
    expect(requirementsFromTask(task).requirements).toMatchObject(expected);
  });

  it('reads volumes per day, week or month into requests a month', () => {
    expect(requirementsFromTask('classify 300 tickets per day').requirements.workload?.requestsPerMonth).toBe(9_000);
    expect(requirementsFromTask('generate 5,000 product images a month').requirements.workload).toMatchObject({
      requestsPerMonth: 5_000,
      images: 1,
    });
    expect(requirementsFromTask('triage 20k emails/month').requirements.workload?.requestsPerMonth).toBe(20_000);
  });

  it('states what it assumed', () => {
    const { understood } = requirementsFromTask('summarise 800-page contracts');
    expect(understood).toContain(
      `800 pages ≈ ${(800 * TOKENS_PER_PAGE).toLocaleString('en-US')} tokens (about ${TOKENS_PER_PAGE} tokens a page) in one prompt.`,
    );
    expect(understood).toContain('No volume stated: priced at 1,000 requests a month.');
  });
});
