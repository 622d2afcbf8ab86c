import { describe, expect, it } from 'vitest';
import {
  CostInputError,
  GEMINI_CHARS_PER_TOKEN,
  countTokens,
  estimateCost,
  requireModel,
  type CostEstimate,
} from '../../agent/catalog/index';

const gemini = requireModel('gemini-3.1-pro-preview');
const mini = requireModel('gpt-image-1-mini');
const tier = gemini.pricing.longContextTier!;

const line = (e: CostEstimate, item: string) => e.lines.find((l) => l.item === item);

describe('text tokens and the long-context tier', () => {
  it('facts: Gemini 3.1 Pro is $2/$12 per 1M up to 200k-token prompts and $4/$18 above', () => {
    expect([gemini.pricing.input, gemini.pricing.output]).toEqual([2, 12]);
    expect([tier.thresholdInputTokens, tier.input, tier.output]).toEqual([200_000, 4, 18]);
  });

  it('bills a 250k-token prompt on gemini-3.1-pro-preview entirely at the upper tier', () => {
    const e = estimateCost('gemini-3.1-pro-preview', { inputTokens: 250_000, outputTokens: 2_000 });
    expect(e.tier).toBe('long-context');
    expect(line(e, 'text input')!.unitPrice).toBe(tier.input);
    expect(line(e, 'output')!.unitPrice).toBe(tier.output);
    expect(e.total).toBeCloseTo((250_000 * tier.input + 2_000 * tier.output) / 1e6, 10);
    expect(e.total).toBeCloseTo(1.036, 10);
    expect(line(e, 'text input')!.explanation).toContain('long-context tier: prompt of 250,000 tokens > 200,000');
  });

  it('keeps a prompt of exactly the threshold at the standard tier, and one token more goes up', () => {
    const at = estimateCost(gemini, { inputTokens: tier.thresholdInputTokens, outputTokens: 1_000 });
    expect(at.tier).toBe('standard');
    expect(at.total).toBeCloseTo((tier.thresholdInputTokens * gemini.pricing.input! + 1_000 * gemini.pricing.output!) / 1e6, 10);
    expect(estimateCost(gemini, { inputTokens: tier.thresholdInputTokens + 1 }).tier).toBe('long-context');
  });

  it('counts cached tokens toward the prompt size and bills them at the cached rate of that tier', () => {
    const e = estimateCost(gemini, { inputTokens: 150_000, cachedInputTokens: 100_000 });
    expect(e.tier).toBe('long-context');
    expect(line(e, 'cached input')!.unitPrice).toBe(tier.cachedInput);
    const small = estimateCost(gemini, { inputTokens: 1_000, cachedInputTokens: 1_000 });
    expect(line(small, 'cached input')!.unitPrice).toBe(gemini.pricing.cachedInput);
  });

  it('applies batch prices where the facts have them, and says so where they do not', () => {
    const batch = estimateCost(gemini, { inputTokens: 10_000, outputTokens: 1_000, batch: true });
    expect(batch.batch).toBe(true);
    expect(batch.total).toBeCloseTo((10_000 * gemini.pricing.batch!.input + 1_000 * gemini.pricing.batch!.output) / 1e6, 10);
    const noBatch = estimateCost('gpt-5', { inputTokens: 10_000, batch: true });
    expect(noBatch.batch).toBe(false);
    expect(noBatch.notes.join(' ')).toContain('no batch price in the facts');
  });

  it('scales per-request volumes to a month and keeps the per-request figure', () => {
    const one = estimateCost(gemini, { inputTokens: 5_000, outputTokens: 500 });
    const month = estimateCost(gemini, { inputTokens: 5_000, outputTokens: 500, requestsPerMonth: 3_000 });
    expect(month.period).toBe('month');
    expect(one.period).toBe('request');
    expect(month.total).toBeCloseTo(one.total * 3_000, 8);
    expect(month.perRequest).toBeCloseTo(one.total, 10);
    expect(line(month, 'text input')!.quantity).toBe(15_000_000);
  });

  it('warns when a prompt exceeds the input limit', () => {
    const e = estimateCost(gemini, { inputTokens: gemini.maxInputTokens! + 1 });
    expect(e.notes.join(' ')).toMatch(/exceeds gemini-3\.1-pro-preview's 1,048,576-token input limit/);
  });
});

describe('images', () => {
  it('facts: GPT Image 1 mini text input $2, image input $2.50, $0.005 (low 1024x1024) to $0.052 (high 1536x1024), shuts down 2026-12-01', () => {
    expect(mini.pricing.input).toBe(2);
    expect(mini.pricing.imageInput).toBe(2.5);
    expect(mini.pricing.perImage!.low!['1024x1024']).toBe(0.005);
    expect(mini.pricing.perImage!.high!['1536x1024']).toBe(0.052);
    expect(mini.lifecycle.shutdownDate).toBe('2026-12-01');
  });

  const combos = Object.entries(mini.pricing.perImage!).flatMap(([quality, sizes]) =>
    Object.entries(sizes).map(([size, price]) => ({ quality, size, price })),
  );

  it('covers all nine quality × size combinations of gpt-image-1-mini', () => {
    expect(combos).toHaveLength(9);
  });

  it.each(combos)('prices $quality $size at $price per image', ({ quality, size, price }) => {
    const e = estimateCost(mini, { images: 1_000, imageQuality: quality, imageSize: size });
    expect(e.lines).toHaveLength(1);
    expect(e.lines[0]).toMatchObject({ item: 'images', quantity: 1_000, unit: 'images', unitPrice: price, per: 1 });
    expect(e.total).toBeCloseTo(1_000 * price, 10);
    expect(e.lines[0]!.explanation).toContain(`${quality} ${size}`);
  });

  it('defaults to medium 1024x1024 and bills edit input images at the image-token rate', () => {
    const e = estimateCost(mini, { images: 2, inputTokens: 100, imageInputTokens: 1_000 });
    expect(line(e, 'images')!.unitPrice).toBe(mini.pricing.perImage!.medium!['1024x1024']);
    expect(line(e, 'image input')!.unitPrice).toBe(mini.pricing.imageInput);
    expect(line(e, 'text input')!.unitPrice).toBe(mini.pricing.input);
    expect(e.total).toBeCloseTo(2 * 0.011 + (100 * 2 + 1_000 * 2.5) / 1e6, 10);
  });

  it('bills image tokens at the input rate on text models without a separate image price', () => {
    const e = estimateCost(gemini, { imageInputTokens: 1_000 });
    expect(line(e, 'image input')!.unitPrice).toBe(gemini.pricing.input);
  });

  it('prices per input image where the facts do so (gemini-3-pro-image)', () => {
    const pro = requireModel('gemini-3-pro-image');
    const e = estimateCost(pro, { inputImages: 3 });
    expect(line(e, 'input images')!.unitPrice).toBe(pro.pricing.inputImagePerImage);
  });

  it('refuses a quality or size the model does not offer, naming the valid ones', () => {
    expect(() => estimateCost(mini, { images: 1, imageQuality: 'ultra' })).toThrow(
      'gpt-image-1-mini has no "ultra" image quality; use low, medium or high.',
    );
    expect(() => estimateCost(mini, { images: 1, imageSize: '2048x2048' })).toThrow(
      /has no 2048x2048 size at "medium" quality; use 1024x1024, 1024x1536 or 1536x1024/,
    );
  });

  it('substitutes with a note instead when asked not to be strict (comparisons)', () => {
    const e = estimateCost('gemini-3-pro-image', { images: 10, imageQuality: 'medium' }, { strictImageOptions: false });
    expect(e.lines[0]!.unitPrice).toBe(0.134);
    expect(e.notes.join(' ')).toContain('has no "medium" quality');
  });

  it('marks images as unpriced on a model that does not make them', () => {
    const e = estimateCost(gemini, { images: 5 });
    expect(e.complete).toBe(false);
    expect(e.unpriced).toEqual(['images: the model does not generate images']);
  });
});

describe('token counting', () => {
  it('counts OpenAI prompts with tiktoken o200k_base', () => {
    const count = countTokens(requireModel('gpt-5'), 'Hello, world!');
    expect(count).toMatchObject({ method: 'tiktoken:o200k_base', tokens: 4 });
  });

  it('uses cl100k_base for text-embedding-3 models', () => {
    expect(countTokens(requireModel('text-embedding-3-small'), 'Hello, world!').method).toBe('tiktoken:cl100k_base');
  });

  it('estimates Gemini prompts as characters / 4 and says so in the estimate', () => {
    const text = 'x'.repeat(401);
    expect(countTokens(gemini, text)).toMatchObject({ method: 'approximation:chars/4', tokens: Math.ceil(401 / GEMINI_CHARS_PER_TOKEN) });
    const e = estimateCost(gemini, { promptText: text });
    expect(line(e, 'text input')!.quantity).toBe(101);
    expect(e.notes[0]).toContain('estimated as characters ÷ 4');
  });
});

describe('refused volumes', () => {
  it.each([
    ['inputTokens', -1],
    ['outputTokens', Number.POSITIVE_INFINITY],
    ['images', Number.NaN],
    ['requestsPerMonth', -1000],
  ])('refuses %s = %s with a CostInputError naming the field', (field, value) => {
    const attempt = () => estimateCost(gemini, { [field]: value });
    expect(attempt).toThrow(CostInputError);
    expect(attempt).toThrow(
      new RegExp(`The workload's "${field}" \\(.+\\) must be a finite number of zero or more; got ${String(value)}\\.`),
    );
  });

  it('refuses unknown workload fields', () => {
    expect(() => estimateCost(gemini, { tokens: 5 } as never)).toThrow('Unknown workload field "tokens"; remove it.');
  });
});
