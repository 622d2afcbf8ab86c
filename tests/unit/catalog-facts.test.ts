import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CatalogLoadError,
  ModelFactsFileSchema,
  UnknownModelError,
  createCatalog,
  findModel,
  getCatalog,
  lifecycleStatus,
  listModels,
  normalizeModelName,
  parseFactsFile,
  requireModel,
  type ModelFacts,
} from '../../agent/catalog/index';

const factsPath = new URL('../../agent/catalog/models.json', import.meta.url);
const referencePath = new URL(process.env.SHARED_REFERENCE ?? '../../../shared/reference/models.json', import.meta.url);
const rawFacts = () => JSON.parse(readFileSync(factsPath, 'utf8')) as { models: Array<Record<string, unknown>> } & Record<string, unknown>;
const NOW = new Date('2026-11-25T12:00:00Z');

/** Reads a dotted path ("pricing.perImage.hd") from an entry. */
function at(model: ModelFacts, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], model);
}

describe('facts file', () => {
  it('validates against the ModelFacts schema, with an as-of date and sources', () => {
    const file = ModelFactsFileSchema.parse(rawFacts());
    expect(file.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.sources.length).toBeGreaterThan(3);
    expect(file.models.length).toBeGreaterThan(20);
    for (const m of file.models) expect(m.source, m.id).not.toBe('');
  });

  // A cross-check of figures that still stand, not a freeze: entries and sources may be added,
  // lifecycle facts gain successors and read dates, and the price library may move prices on.
  it.skipIf(!existsSync(referencePath))('keeps every still-current researched figure of the shared reference', () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as { sources: unknown[]; models: Array<Record<string, unknown>> };
    const ours = rawFacts() as { sources: unknown[]; models: Array<Record<string, unknown>> };
    expect(ours.sources.slice(0, reference.sources.length)).toEqual(reference.sources);
    for (const ref of reference.models) {
      const mine = ours.models.find((m) => m.id === ref.id);
      expect(mine, String(ref.id)).toBeDefined();
      const { aliases: _a, strengths: _s, lifecycle, ...rest } = mine!;
      const { lifecycle: refLifecycle, ...refRest } = ref;
      expect(rest, String(ref.id)).toEqual(refRest);
      const { successor: _succ, sourceDate: _d, ...lifecycleRest } = lifecycle as Record<string, unknown>;
      const { sourceDate: _rd, ...refLifecycleRest } = refLifecycle as Record<string, unknown>;
      expect(lifecycleRest, `${String(ref.id)} lifecycle`).toEqual(refLifecycleRest);
    }
  });

  it('grounds every strength in a field of its entry that holds a value, or in a URL', () => {
    for (const m of getCatalog().models) {
      expect(m.strengths.length, m.id).toBeGreaterThan(0);
      for (const s of m.strengths) {
        if (s.basis.startsWith('http')) continue;
        const value = at(m, s.basis);
        expect(value, `${m.id}: "${s.text}" rests on ${s.basis}`).not.toBeNull();
        expect(value, `${m.id}: "${s.text}" rests on ${s.basis}`).not.toBe(false);
        expect(value, `${m.id}: "${s.text}" rests on ${s.basis}`).not.toBeUndefined();
      }
    }
  });

  it('quotes the figures a strength states from the entry itself', () => {
    // Every "$x" in a strength must be a price somewhere in that entry's pricing.
    for (const m of getCatalog().models) {
      const prices = new Set(
        JSON.stringify(m.pricing)
          .match(/\d+(\.\d+)?/g)!
          .map(Number),
      );
      for (const s of m.strengths) {
        for (const match of s.text.matchAll(/\$(\d+(?:\.\d+)?)/g)) {
          expect(prices.has(Number(match[1])), `${m.id}: ${s.text}`).toBe(true);
        }
      }
    }
  });

  it('refuses a malformed file with a sentence naming the field at fault', () => {
    const broken = rawFacts();
    (broken.models[0]!.pricing as Record<string, unknown>).input = -2;
    expect(() => parseFactsFile(broken)).toThrow(CatalogLoadError);
    expect(() => parseFactsFile(broken)).toThrow(/models\.0\.pricing\.input/);
    const extra = rawFacts();
    extra.models[1]!.contextWindoww = 5;
    expect(() => parseFactsFile(extra)).toThrow(/models\.1/);
  });

  it('refuses an alias that two models share', () => {
    const file = parseFactsFile(rawFacts());
    const [first, second] = file.models;
    const clash = { ...file, models: [first!, { ...second!, aliases: [...second!.aliases, first!.id.toUpperCase()] }] };
    expect(() => createCatalog(clash)).toThrow(/already a name of/);
  });
});

describe('lookup', () => {
  it.each([
    ['gemini 3.1 pro', 'gemini-3.1-pro-preview'],
    ['Gemini 3.1 Pro', 'gemini-3.1-pro-preview'],
    ['gemini-3.1-pro', 'gemini-3.1-pro-preview'],
    ['models/gemini-3.1-pro-preview', 'gemini-3.1-pro-preview'],
    ['gemini-3.1-pro-preview-customtools', 'gemini-3.1-pro-preview'],
    ['gpt image 1 mini', 'gpt-image-1-mini'],
    ['GPT-Image-1-Mini', 'gpt-image-1-mini'],
    ['gpt_image_1_mini', 'gpt-image-1-mini'],
    ['gpt-image-1-mini-2025-10-06', 'gpt-image-1-mini'],
    ['GPT Image 1 mini', 'gpt-image-1-mini'],
    ['nano banana pro', 'gemini-3-pro-image'],
    ['DALL·E 3', 'dall-e-3'],
    ['gpt-4o-2024-08-06', 'gpt-4o'],
  ])('finds %s as %s', (name, id) => {
    expect(findModel(name)?.id).toBe(id);
    expect(requireModel(name).id).toBe(id);
  });

  it('ignores case, spaces, dashes, dots and underscores when matching', () => {
    expect(normalizeModelName(' Gemini 3.1-Pro ')).toBe(normalizeModelName('gemini_3_1_pro'));
  });

  it('returns null for unknown names, and requireModel names up to three close matches', () => {
    expect(findModel('gpt-6')).toBeNull();
    const error = (() => {
      try {
        requireModel('gpt-6');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownModelError);
    const e = error as UnknownModelError;
    expect(e.suggestions.length).toBeGreaterThan(0);
    expect(e.suggestions.length).toBeLessThanOrEqual(3);
    expect(e.suggestions).toContain('gpt-5');
    expect(e.message).toBe(
      `No model called "gpt-6" in the model directory. Did you mean ${e.suggestions.slice(0, -1).join(', ')} or ${e.suggestions.at(-1)}?`,
    );
  });

  it('suggests nothing for a name far from every model, and says how to see them all', () => {
    expect(() => requireModel('zzzzzzzz')).toThrow(
      'No model called "zzzzzzzz" in the model directory. List the directory (toolwright models list) to see every id.',
    );
  });
});

describe('listModels', () => {
  const facts = () => getCatalog().models;

  it('filters by kind, provider, modality and capability exactly as the facts say', () => {
    expect(listModels({ kind: 'image' }).map((m) => m.id)).toEqual(
      facts()
        .filter((m) => m.kind === 'image')
        .map((m) => m.id),
    );
    expect(listModels({ provider: 'google', kind: 'text' }).every((m) => m.provider === 'google' && m.kind === 'text')).toBe(true);
    expect(listModels({ inputModality: 'audio' }).map((m) => m.id)).toEqual(
      facts()
        .filter((m) => m.inputModalities.includes('audio'))
        .map((m) => m.id),
    );
    expect(listModels({ outputModality: 'image' }).map((m) => m.id)).toEqual(
      facts()
        .filter((m) => m.outputModalities.includes('image'))
        .map((m) => m.id),
    );
    const both = listModels({ capability: ['functionCalling', 'codeExecution'] });
    expect(both.map((m) => m.id)).toEqual(
      facts()
        .filter((m) => m.capabilities.functionCalling === true && m.capabilities.codeExecution === true)
        .map((m) => m.id),
    );
    expect(both.map((m) => m.id)).toContain('gemini-3.1-pro-preview');
  });

  it('evaluates lifecycle on the injected day: a passed shutdown date means shut down', () => {
    const mini = requireModel('gpt-image-1-mini');
    expect(mini.lifecycle.shutdownDate).toBe('2026-12-01');
    expect(lifecycleStatus(mini, NOW)).toBe('deprecated');
    expect(lifecycleStatus(mini, new Date('2026-12-01T00:00:00Z'))).toBe('shutdown');
    expect(listModels({ excludeShutDown: true, now: NOW }).map((m) => m.id)).toContain('gpt-image-1-mini');
    expect(listModels({ excludeShutDown: true, now: new Date('2026-12-02') }).map((m) => m.id)).not.toContain('gpt-image-1-mini');
    const passed = facts()
      .filter((m) => m.lifecycle.shutdownDate !== null && m.lifecycle.shutdownDate <= '2026-11-25')
      .map((m) => m.id);
    expect(listModels({ status: 'shutdown', now: NOW }).map((m) => m.id)).toEqual(
      facts()
        .filter((m) => passed.includes(m.id) || m.lifecycle.status === 'shutdown')
        .map((m) => m.id),
    );
  });
});
