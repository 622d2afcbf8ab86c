import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_PRICE_FIELDS, PRICE_DATA_RELEASES, libraryPrices, priceDataInfo, priceDataLabel } from '../../agent/catalog/price-data';
import { findModel, parseFactsFile } from '../../agent/catalog/index';

const facts = parseFactsFile(JSON.parse(readFileSync(new URL('../../agent/catalog/models.json', import.meta.url), 'utf8')));
const DAY = '2026-12-01';

describe('prices from @pydantic/genai-prices', () => {
  it('knows the date of the installed data (upgrading the package means recording its release day)', () => {
    const info = priceDataInfo();
    expect(PRICE_DATA_RELEASES[info.version], `record the release day of ${info.version} in PRICE_DATA_RELEASES`).toBeDefined();
    expect(priceDataLabel()).toBe(`@pydantic/genai-prices ${info.version} (data of ${info.date})`);
  });

  it('agrees with every token price our facts file still holds; a disagreement names model and field', () => {
    const disagreements: string[] = [];
    for (const m of facts.models) {
      const lib = libraryPrices(m.provider, m.id, m.kind, DAY);
      if (!lib) continue;
      for (const field of LIBRARY_PRICE_FIELDS) {
        const ours = m.pricing[field];
        const theirs = lib[field];
        if (ours !== null && theirs !== null && ours !== theirs)
          disagreements.push(`${m.id} pricing.${field}: ours ${ours}, library ${theirs}`);
      }
      const tier = m.pricing.longContextTier;
      if (tier && lib.longContext && (tier.input !== lib.longContext.input || tier.output !== lib.longContext.output)) {
        disagreements.push(
          `${m.id} pricing.longContextTier: ours ${tier.input}/${tier.output}, library ${lib.longContext.input}/${lib.longContext.output}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('lists gpt-image-2 at $5 text in, $8 image in, $30 image out per 1M tokens', () => {
    const m = findModel('gpt-image-2')!;
    expect([m.pricing.input, m.pricing.imageInput, m.pricing.imageOutput]).toEqual([5, 8, 30]);
    expect(m.fieldSources['pricing.imageOutput']).toContain('@pydantic/genai-prices');
  });

  it('reads token tiers (Gemini 3.1 Pro: $2/$12, above 200k $4/$18)', () => {
    const lib = libraryPrices('google', 'gemini-3.1-pro-preview', 'text', DAY)!;
    expect([lib.input, lib.output]).toEqual([2, 12]);
    expect(lib.longContext).toEqual({ threshold: 200_000, input: 4, cachedInput: 0.4, output: 18 });
  });

  it('applies dated price changes on their day and announces those still to come', () => {
    expect(libraryPrices('google', 'gemini-3.6-flash', 'text', DAY)).toMatchObject({
      input: 0.75,
      output: 3.75,
      upcoming: [{ from: '2027-01-01', input: 1.5, output: 7.5 }],
    });
    expect(libraryPrices('google', 'gemini-3.6-flash', 'text', '2027-01-01')).toMatchObject({ input: 1.5, output: 7.5, upcoming: [] });
    expect(libraryPrices('openai', 'gpt-5.6-luna', 'text', '2026-07-29')!.input).toBe(1);
    expect(libraryPrices('openai', 'gpt-5.6-luna', 'text', DAY)!.input).toBe(0.2);
  });

  it('is null for ids the library does not list (no fuzzy matching)', () => {
    expect(libraryPrices('openai', 'gpt-image-1-mini-2025-10-06', 'image', DAY)).toBeNull();
  });
});

describe('open-weight families ("runs on your server")', () => {
  it('lists Llama, Qwen, Mistral, Gemma, DeepSeek and gpt-oss, each seen in the price data it cites', async () => {
    const { openWeightFamilies } = await import('../../agent/catalog/index');
    const { findProvider } = await import('@pydantic/genai-prices');
    const families = openWeightFamilies();
    expect(families.map((f) => f.id)).toEqual(['llama', 'qwen', 'mistral', 'gemma', 'deepseek', 'gpt-oss']);
    for (const f of families) {
      const cited = f.source.slice(f.source.indexOf(': ') + 2).split(', ');
      expect(cited.map((c) => c.split('/')[1])).toEqual(f.hostedIds);
      for (const c of cited) {
        const [provider, id] = c.split('/') as [string, string];
        expect(
          findProvider({ providerId: provider })?.models.some((m) => m.id === id),
          `${f.id}: ${c}`,
        ).toBe(true);
      }
    }
  });
});
