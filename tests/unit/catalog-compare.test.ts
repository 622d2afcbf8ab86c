import { describe, expect, it } from 'vitest';
import {
  CompareInputError,
  UnknownModelError,
  compareModels,
  getCatalog,
  pairDifferences,
  requireModel,
  type ModelFacts,
} from '../../agent/catalog/index';

const NOW = new Date('2026-11-25T12:00:00Z');
const row = (c: ReturnType<typeof compareModels>, label: string) => c.table.find((r) => r.label === label)!.values;

describe('compareModels: the seed pair', () => {
  const c = compareModels(['gpt-image-1-mini', 'gemini-3.1-pro'], undefined, { now: NOW });

  it('resolves aliases and lays out the at-a-glance table from the facts', () => {
    expect(c.models.map((m) => m.id)).toEqual(['gpt-image-1-mini', 'gemini-3.1-pro-preview']);
    expect(row(c, 'Provider')).toEqual(['OpenAI', 'Google']);
    expect(row(c, 'Input, per 1M tokens')).toEqual(['$2 text, $2.50 image', '$2 up to 200k-token prompts, $4 above']);
    expect(row(c, 'Output, per 1M tokens')[1]).toBe('$12 up to 200k-token prompts, $18 above');
    expect(row(c, 'Per image')[0]).toBe('$0.005 (low 1024x1024) to $0.052 (high 1536x1024)');
    expect(row(c, 'Status')).toEqual(['deprecated, shuts down on 2026-12-01', 'preview']);
    expect(row(c, 'Context window')).toEqual(['—', '1,048,576 tokens']);
    expect(c.models[1]).toMatchObject({
      inputPrice: 2,
      outputPrice: 12,
      longContext: { thresholdInputTokens: 200_000, inputPrice: 4, outputPrice: 18 },
    });
    expect(c.models[0]!.perImage).toHaveLength(9);
  });

  it('says they are different kinds that complement each other, and when the mini shuts down', () => {
    expect(c.differences).toContain(
      'Different kinds of model: GPT Image 1 mini makes images, Gemini 3.1 Pro Preview writes text; they complement each other in one workflow (the text model writes or refines the prompt and captions, the image model draws) rather than replace each other.',
    );
    expect(c.differences).toContain('GPT Image 1 mini shuts down on 2026-12-01 (in 6 days); plan a replacement before then.');
    expect(c.differences.some((d) => d.includes('$4 in / $18 out per 1M tokens once its prompt passes 200,000 tokens'))).toBe(true);
  });

  it('puts strengths side by side, from the facts file', () => {
    expect(c.strengths.map((s) => s.modelId)).toEqual(['gpt-image-1-mini', 'gemini-3.1-pro-preview']);
    expect(c.strengths[0]!.strengths).toEqual(requireModel('gpt-image-1-mini').strengths.map((s) => s.text));
  });
});

describe('computed difference sentences', () => {
  const pct = (cheap: number, dear: number) => Math.round((1 - cheap / dear) * 100);

  it('states a percentage below a 2× gap, with the figures from the facts', () => {
    const a = requireModel('gpt-5-mini');
    const b = requireModel('gemini-2.5-flash');
    const [cheap, dear] = a.pricing.input! < b.pricing.input! ? [a, b] : [b, a];
    const expected = `${cheap.displayName} is ${pct(cheap.pricing.input!, dear.pricing.input!)}% cheaper on input tokens than ${dear.displayName}`;
    expect(pairDifferences(a, b).some((s) => s.startsWith(expected))).toBe(true);
  });

  it('states a multiple from a 2× gap on, e.g. input price and context window', () => {
    const small = requireModel('gpt-5-mini');
    const big = requireModel('gpt-4.1');
    const ratio = big.pricing.input! / small.pricing.input!;
    expect(ratio).toBeGreaterThanOrEqual(2);
    const sentences = pairDifferences(small, big);
    expect(sentences).toContain(
      `GPT-4.1 costs ${ratio}× as much on input tokens as GPT-5 mini ($${big.pricing.input} vs $${small.pricing.input} per 1M).`,
    );
    const ctx = Math.round((big.contextWindow! / small.contextWindow!) * 10) / 10;
    expect(sentences.some((s) => s.startsWith(`GPT-4.1 has ${ctx}× the context window of GPT-5 mini`))).toBe(true);
  });

  it('produces, for every pair in the directory, price sentences whose numbers match the facts', () => {
    const models = getCatalog().models;
    for (const [i, a] of models.entries()) {
      for (const b of models.slice(i + 1)) {
        const sentences = pairDifferences(a, b);
        const price = sentences.find((s) => /on input tokens/.test(s));
        if (a.pricing.input === null || b.pricing.input === null) {
          expect(price, `${a.id} vs ${b.id}`).toBeUndefined();
          continue;
        }
        const [cheap, dear] = a.pricing.input <= b.pricing.input ? [a, b] : [b, a];
        const ratio = dear.pricing.input! / cheap.pricing.input!;
        if (cheap.pricing.input === dear.pricing.input) expect(price).toContain('cost the same on input tokens');
        else if (cheap.pricing.input === 0) expect(price).toContain('is free on input tokens');
        else if (ratio >= 2) expect(price).toContain(`${dear.displayName} costs`);
        else expect(price).toContain(`${cheap.displayName} is ${pct(cheap.pricing.input!, dear.pricing.input!)}% cheaper on input tokens`);
        if (a.kind !== b.kind) expect(sentences[0]).toMatch(/^Different kinds of model/);
        else expect(sentences.some((s) => s.startsWith('Different kinds'))).toBe(false);
      }
    }
  });

  it('names no particular model in the rules (no sentence is written for a pair)', async () => {
    const { readFile } = await import('node:fs/promises');
    const sources = await Promise.all(
      ['differences.ts', 'compare.ts', 'vocabulary.ts'].map((f) => readFile(new URL(`../../agent/catalog/${f}`, import.meta.url), 'utf8')),
    );
    for (const m of getCatalog().models as readonly ModelFacts[]) {
      for (const source of sources) expect(source.includes(m.id), m.id).toBe(false);
    }
  });

  it('says which capabilities only one side has', () => {
    const sentences = pairDifferences(requireModel('gpt-5'), requireModel('gpt-4.1'));
    expect(sentences).toContain('Only GPT-5 supports reasoning.');
  });

  it('says when a model has already shut down', () => {
    const c = compareModels(['gpt-image-1', 'gpt-image-1-mini'], undefined, { now: NOW });
    expect(c.differences).toContain('GPT Image 1 shut down on 2026-10-23 and can no longer be called.');
    const dear = requireModel('gpt-image-1').pricing.perImage!.medium!['1024x1024']!;
    const cheap = requireModel('gpt-image-1-mini').pricing.perImage!.medium!['1024x1024']!;
    expect(c.differences).toContain(
      `GPT Image 1 costs ${Math.round((dear / cheap) * 10) / 10}× as much on a medium 1024x1024 image as GPT Image 1 mini ($${dear} vs $${cheap} per image).`,
    );
  });
});

describe('workload costs in a comparison', () => {
  it('prices the workload on each model and names the cheapest', () => {
    const c = compareModels(['gpt-image-1-mini', 'gpt-image-1.5'], { images: 1_000, imageQuality: 'medium' }, { now: NOW });
    const [mini, onePointFive] = c.costs!;
    expect(mini!.total).toBeCloseTo(1_000 * requireModel('gpt-image-1-mini').pricing.perImage!.medium!['1024x1024']!, 10);
    expect(onePointFive!.total).toBeCloseTo(1_000 * requireModel('gpt-image-1.5').pricing.perImage!.medium!['1024x1024']!, 10);
    expect(c.costSummary[0]).toMatch(/^For this workload GPT Image 1 mini is cheapest at \$11, 68% less than GPT Image 1\.5 \(\$34\)\.$/);
  });

  it('says when one model cannot do the workload at all', () => {
    const c = compareModels(['gpt-image-1-mini', 'gemini-3.1-pro'], { images: 1_000 }, { now: NOW });
    expect(c.costSummary).toContain('Gemini 3.1 Pro Preview cannot do all of this workload (images: the model does not generate images).');
  });
});

describe('compare errors', () => {
  it('refuses unknown ids with close matches, and fewer than two distinct models', () => {
    expect(() => compareModels(['gpt-image-1-mini', 'gemini-9'])).toThrow(UnknownModelError);
    expect(() => compareModels(['gpt-5'])).toThrow(CompareInputError);
    expect(() => compareModels(['gpt-5', 'GPT 5'])).toThrow('All the names given refer to gpt-5; name at least two different models.');
  });
});
