/** A stated workload sizes documents and volume: binding checks refuse a model too small, defaults move to one that fits, the cost estimate uses it and says so. */
import { describe, expect, it } from 'vitest';
import { findModel, inputLimit, TOKENS_PER_PAGE } from '../../agent/catalog/index';
import { AppSpecSchema, type Workload } from '../../agent/spec/app-spec';
import { ContextFitError } from '../../agent/spec/context-fit-error';
import { bindToFit, checkContextFit, documentFitSentence, modelThatFits } from '../../agent/spec/document-fit';
import { statedDocumentSize, statedVolume } from '../../agent/spec/stated-workload';
import { estimateAppCost } from '../../agent/tools/app-cost';
import { contractSpec } from '../fixtures/document-spec';
import { TEST_DAY } from '../fixtures/test-day';

const pages300: Workload = { amount: 300, unit: 'pages', per: 'document' };
const weekly500: Workload = { amount: 500, unit: 'contracts', per: 'week' };
const spec = (model: string, workload: Workload[] = [pages300]) => AppSpecSchema.parse(contractSpec(model, [...workload]));

describe('stated workload', () => {
  it('turns pages per document into tokens at the catalog figure, and a weekly volume into runs a month', () => {
    expect(statedDocumentSize([pages300])).toEqual({
      tokens: 300 * TOKENS_PER_PAGE,
      sentence: '300 pages ≈ 195,000 tokens (about 650 tokens a page)',
    });
    expect(statedDocumentSize([{ amount: 2000, unit: 'words', per: 'document' }])?.tokens).toBe(2600);
    expect(statedVolume([pages300, weekly500])).toEqual({ runsPerMonth: 2167, sentence: '500 contracts a week ≈ 2,167 runs a month' });
    expect(statedVolume([pages300])).toBeNull();
  });
});

describe('context fit', () => {
  it('refuses a model whose input limit is below the stated document, naming the model, both sizes and models that fit', () => {
    const error = (() => {
      try {
        checkContextFit(spec('gpt-4o'), TEST_DAY);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContextFitError);
    const fit = error as ContextFitError;
    expect(fit.model).toBe('gpt-4o');
    expect(fit.limit).toBe(128_000);
    // Two document references (contract and policy) of 195,000 tokens each, plus the prompt.
    expect(fit.estimatedTokens).toBeGreaterThan(390_000);
    expect(fit.suggestions.length).toBeGreaterThan(0);
    for (const id of fit.suggestions) expect(inputLimit(findModel(id)!)).toBeGreaterThanOrEqual(fit.estimatedTokens);
    expect(fit.message).toMatch(
      /^gpt-4o \(the app's default model\) takes 128,000 input tokens, but step "summary" would send about 39\d,\d{3}: the stated 300 pages ≈ 195,000 tokens/,
    );
    expect(fit.message).toContain(`Models that fit: ${fit.suggestions.join(', ')}.`);
  });

  it('accepts a model that fits, and says so', () => {
    expect(() => checkContextFit(spec('gemini-3-flash-preview'), TEST_DAY)).not.toThrow();
    expect(documentFitSentence(spec('gemini-3-flash-preview'))).toMatch(
      /^Documents are stated as 300 pages ≈ 195,000 tokens .*step "summary" on gemini-3-flash-preview: about 39\d,\d{3} tokens, fits in 1,048,576 tokens\.$/,
    );
    expect(() => checkContextFit(spec('gpt-4o', []), TEST_DAY)).not.toThrow();
  });

  it('moves a default that does not fit to the first model that does, with a sentence', () => {
    const { spec: fitted, notes } = bindToFit(spec('gpt-4o'), TEST_DAY);
    expect(fitted.model.model).not.toBe('gpt-4o');
    expect(inputLimit(findModel(fitted.model.model)!)).toBeGreaterThan(390_000);
    expect(notes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The app runs on ${fitted.model.model} \\([\\d,]+ input tokens\\), because the stated 300 pages ≈ 195,000 tokens .* do not fit gpt-4o's 128,000\\.$`,
        ),
      ),
    ]);
    expect(() => checkContextFit(fitted, TEST_DAY)).not.toThrow();
    expect(bindToFit(spec('gemini-3-flash-preview'), TEST_DAY).notes).toEqual([]);
  });

  it('modelThatFits picks a text model for a long-document workload and says why', () => {
    const fit = modelThatFits([{ amount: 800, unit: 'pages', per: 'document' }], ['text generation'], { now: TEST_DAY });
    expect(fit).not.toBeNull();
    expect(inputLimit(fit!.model)).toBeGreaterThanOrEqual(800 * TOKENS_PER_PAGE);
    expect(fit!.reason).toMatch(/takes [\d,]+ input tokens: enough for 800 pages ≈ 520,000 tokens/);
    expect(modelThatFits([weekly500])).toBeNull();
  });
});

describe('estimate_app_cost with a stated workload', () => {
  it('prices each document at the stated size and the runs at the stated volume, and says so', () => {
    const sized = estimateAppCost(spec('gemini-3-flash-preview', [pages300, weekly500]), {
      runsPerMonth: null,
      samples: new Map(),
      outputTokensPerStep: null,
      now: TEST_DAY,
    });
    expect(sized).toMatchObject({
      volume: 'workload',
      runsPerMonth: 2167,
      documentSize: '300 pages ≈ 195,000 tokens (about 650 tokens a page)',
    });
    expect(sized.notes).toContain("Volume from the app's stated workload: 500 contracts a week ≈ 2,167 runs a month.");
    const typical = estimateAppCost(spec('gemini-3-flash-preview', []), {
      runsPerMonth: null,
      samples: new Map(),
      outputTokensPerStep: null,
      now: TEST_DAY,
    });
    expect(typical).toMatchObject({ volume: 'assumed', runsPerMonth: 1000, documentSize: null });
    // 2 × 195,000 stated tokens against the ten-page typical text.
    expect(sized.perRun).toBeGreaterThan(typical.perRun * 10);
  });
});
