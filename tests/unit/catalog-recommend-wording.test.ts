/** Issue 14: the recommender reads what the question asks, in the words people use. */
import { describe, expect, it } from 'vitest';
import {
  NoModelMatchesError,
  getCatalog,
  isShutDown,
  lifecycleStatus,
  recommendModels,
  requirementsFromTask,
} from '../../agent/catalog/index';

const DEC_1 = new Date('2026-12-01T12:00:00Z');
const recommend = (task: string) => recommendModels(requirementsFromTask(task).requirements, { now: DEC_1 });

describe('image output, in any wording', () => {
  it.each([
    'which image model is several times cheaper than gpt-image-1.5?',
    'we need generated images for our product listings',
    'make pictures of the office for the blog',
    'an image-generation model for thumbnails',
    'creating illustrations for a newsletter',
  ])('%s → an image model', (task) => {
    expect(requirementsFromTask(task).requirements.outputKind).toBe('image');
    const top = recommend(task).recommendations[0]!;
    expect(top.kind).toBe('image');
  });

  it('a model named for comparison is not a provider preference', () => {
    expect(requirementsFromTask('which image model is cheaper than gpt-image-1.5?').requirements.provider).toBeUndefined();
    expect(requirementsFromTask('summaries like Gemini 3.1 Pro writes, but cheaper').requirements.provider).toBeUndefined();
  });
});

describe('cost ceilings', () => {
  it('reads "$0.09 per 1,000 classifications or less" as $0.00009 per request and keeps to it', () => {
    const task = 'classify support tickets by topic for $0.09 per 1,000 classifications or less';
    const { requirements, understood } = requirementsFromTask(task);
    expect(requirements.maxCostPerRequest).toBeCloseTo(0.00009, 12);
    expect(understood).toContain('At most $0.09 per 1,000 requests = $0.00009 per request.');
    const got = recommend(task);
    expect(got.recommendations.length).toBeGreaterThan(0);
    for (const r of got.recommendations) expect(r.cost.perRequest, r.modelId).toBeLessThanOrEqual(0.00009);
  });

  it('reads a ceiling per request', () => {
    expect(requirementsFromTask('product photos, at most $0.06 per image').requirements.maxCostPerRequest).toBe(0.06);
    const got = recommend('product photos, at most $0.06 per image');
    for (const r of got.recommendations) expect(r.cost.perRequest, r.modelId).toBeLessThanOrEqual(0.06);
  });

  it('says when nothing fits, naming the cheapest as the closest', () => {
    try {
      recommend('classify emails for $0.000001 per request');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoModelMatchesError);
      const e = error as NoModelMatchesError;
      expect(e.requirement).toBe('maxCostPerRequest');
      expect(e.message).toMatch(/^No model costs at most \$0\.000001 per request .*; the cheapest is .+ at \$[\d.]+ per request\./);
      expect(e.closest.length).toBeGreaterThan(0);
    }
  });
});

describe('sizes, volumes and providers', () => {
  it('reads a stated size and volume into the workload', () => {
    expect(requirementsFromTask('product photos at 1024x1536, 500 a month').requirements.workload).toMatchObject({
      requestsPerMonth: 500,
      images: 1,
      imageSize: '1024x1536',
    });
  });

  it.each([
    ['classify support tickets, with OpenAI', 'openai'],
    ['summarise reports on Google', 'google'],
    ['draft replies using Gemini', 'google'],
  ] as const)('%s → only %s', (task, provider) => {
    expect(requirementsFromTask(task).requirements.provider).toBe(provider);
    for (const r of recommend(task).recommendations) expect(r.provider).toBe(provider);
  });
});

describe('lifecycle in the ranking', () => {
  it('ranks every deprecated model after the current ones, and never names a shut-down one', () => {
    for (const task of ['summarise long reports', 'generate product images', 'classify support tickets, with OpenAI']) {
      const statuses = recommendModels({ ...requirementsFromTask(task).requirements, limit: 50 }, { now: DEC_1 }).recommendations.map(
        (r) => {
          const m = getCatalog().require(r.modelId);
          expect(isShutDown(m, DEC_1), r.modelId).toBe(false);
          return lifecycleStatus(m, DEC_1) === 'deprecated';
        },
      );
      const firstDeprecated = statuses.indexOf(true);
      if (firstDeprecated >= 0) expect(statuses.slice(firstDeprecated).every(Boolean), task).toBe(true);
    }
  });

  it('never names a model whose input limit the prompt exceeds', () => {
    const got = recommendModels(
      { outputKind: 'text', workload: { requestsPerMonth: 10, inputTokens: 600_000, outputTokens: 100 }, limit: 50 },
      { now: DEC_1 },
    );
    for (const r of got.recommendations) {
      const m = getCatalog().require(r.modelId);
      expect(m.maxInputTokens ?? m.contextWindow ?? Infinity, r.modelId).toBeGreaterThanOrEqual(600_000);
    }
  });
});
