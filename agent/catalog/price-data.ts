/**
 * Token prices from @pydantic/genai-prices' bundled data (a maintained price database), read
 * into our `Pricing` fields. The library is the source for token, cached, tiered and
 * image-token prices and for context windows; our facts file keeps what it lacks.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findProvider, type ConditionalPrice, type ModelInfo, type ModelPrice, type Provider } from '@pydantic/genai-prices';
import type { ModelFacts, ModelKind, ModelProviderId } from './model-facts';

/**
 * When the bundled data was published. The package carries no date of its own, so the
 * release date of the installed version is recorded here (npm registry, `npm view
 * @pydantic/genai-prices time`); a unit test fails when the installed version differs.
 */
export const PRICE_DATA_RELEASES: Readonly<Record<string, string>> = { '0.1.8': '2026-09-23' };

const LIBRARY = '@pydantic/genai-prices';

/** Which price data the directory uses: bundled, or refreshed at start-up. */
export interface PriceDataInfo {
  library: string;
  version: string;
  /** YYYY-MM-DD the data was published (bundled) or fetched (refreshed); null when unknown. */
  date: string | null;
  origin: 'bundled' | 'refreshed';
}

let providers: Partial<Record<ModelProviderId, Provider>> = {};
let info: PriceDataInfo = bundledInfo();

function bundledInfo(): PriceDataInfo {
  // The package does not export its package.json; it sits one folder above the entry point.
  const entry = createRequire(import.meta.url).resolve(LIBRARY);
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return { library: LIBRARY, version, date: PRICE_DATA_RELEASES[version] ?? null, origin: 'bundled' };
}

export function priceDataInfo(): PriceDataInfo {
  return info;
}

/** "@pydantic/genai-prices 0.1.8 (data of 2026-09-23)". */
export function priceDataLabel(): string {
  const when = info.date ? ` (${info.origin === 'refreshed' ? 'fetched' : 'data of'} ${info.date})` : '';
  return `${info.library} ${info.version}${when}`;
}

/** Replaces the bundled data with freshly fetched providers (see price-refresh.ts). */
export function useRefreshedPriceData(data: Provider[], fetchedOn: string): void {
  const byId = new Map(data.map((p) => [p.id, p]));
  providers = { openai: byId.get('openai'), google: byId.get('google') };
  info = { ...bundledInfo(), date: fetchedOn, origin: 'refreshed' };
}

function provider(id: ModelProviderId): Provider | undefined {
  providers[id] ??= findProvider({ providerId: id });
  return providers[id];
}

/** The library's entry for exactly this id (no fuzzy matching: a wrong match would misprice). */
function libraryModel(providerId: ModelProviderId, id: string): ModelInfo | null {
  return provider(providerId)?.models.find((m) => m.id === id) ?? null;
}

/** A dated price change the library records (e.g. an introductory price that ends). */
export interface PriceChange {
  /** First day of the new prices, YYYY-MM-DD. */
  from: string;
  input: number | null;
  cachedInput: number | null;
  output: number | null;
}

/** What the library says about one model, in our terms. */
export interface LibraryPrices {
  input: number | null;
  cachedInput: number | null;
  output: number | null;
  audioInput: number | null;
  imageInput: number | null;
  cachedImageInput: number | null;
  imageOutput: number | null;
  longContext: { threshold: number; input: number; cachedInput: number | null; output: number } | null;
  contextWindow: number | null;
  /** Price changes dated after `now`. */
  upcoming: PriceChange[];
}

/** The prices in force on `now` (the last dated set that has started) and those still to come. */
function pricesOn(
  prices: ConditionalPrice[] | ModelPrice,
  day: string,
): { current: ModelPrice; upcoming: Array<{ from: string; prices: ModelPrice }> } {
  if (!Array.isArray(prices)) return { current: prices, upcoming: [] };
  let current: ModelPrice = {};
  const upcoming: Array<{ from: string; prices: ModelPrice }> = [];
  for (const entry of prices) {
    const start = entry.constraint?.type === 'start_date' ? entry.constraint.start_date.slice(0, 10) : null;
    if (start !== null && start > day) upcoming.push({ from: start, prices: entry.prices });
    else current = entry.prices;
  }
  return { current, upcoming };
}

function base(value: ModelPrice[string]): number | null {
  if (value === undefined) return null;
  return typeof value === 'number' ? value : value.base;
}

function firstTier(value: ModelPrice[string]): { start: number; price: number } | null {
  if (value === undefined || typeof value === 'number') return null;
  return value.tiers[0] ?? null;
}

/**
 * Library prices for a model of `kind` on `day` (YYYY-MM-DD); null when the library does not
 * list the id. For OpenAI image models without a separate image-output key, `output_mtok` is
 * the image-output rate (the library's gpt-image-1-mini and gpt-image-2 entries are priced so).
 */
export function libraryPrices(providerId: ModelProviderId, id: string, kind: ModelKind, day: string): LibraryPrices | null {
  const entry = libraryModel(providerId, id);
  if (!entry) return null;
  const { current, upcoming } = pricesOn(entry.prices, day);
  const imageOutIsOutput = kind === 'image' && current.output_image_mtok === undefined;
  const inputTier = firstTier(current.input_mtok);
  const outputTier = firstTier(current.output_mtok);
  return {
    input: base(current.input_mtok),
    cachedInput: base(current.cache_read_mtok),
    output: imageOutIsOutput ? null : base(current.output_mtok),
    audioInput: base(current.input_audio_mtok),
    imageInput: base(current.input_image_mtok),
    cachedImageInput: base(current.cache_image_read_mtok),
    imageOutput: imageOutIsOutput ? base(current.output_mtok) : base(current.output_image_mtok),
    longContext:
      inputTier && outputTier
        ? {
            // The library selects a tier when the count is greater than `start`.
            threshold: inputTier.start,
            input: inputTier.price,
            cachedInput: firstTier(current.cache_read_mtok)?.price ?? null,
            output: outputTier.price,
          }
        : null,
    contextWindow: entry.context_window ?? null,
    upcoming: upcoming.map(({ from, prices }) => ({
      from,
      input: base(prices.input_mtok),
      cachedInput: base(prices.cache_read_mtok),
      output: base(prices.output_mtok),
    })),
  };
}

/** The pricing fields the library sets, with their values for `model` (for cross-checks and overlays). */
export const LIBRARY_PRICE_FIELDS = [
  'input',
  'cachedInput',
  'output',
  'audioInput',
  'imageInput',
  'cachedImageInput',
  'imageOutput',
] as const;
export type LibraryPriceField = (typeof LIBRARY_PRICE_FIELDS)[number];

/**
 * `model` with the library's prices laid over its own: every price the library has replaces
 * ours (and says so in `fieldSources`); prices it lacks keep our facts. Unknown ids pass unchanged.
 */
export function withLibraryPrices(model: ModelFacts, day: string): ModelFacts {
  const lib = libraryPrices(model.provider, model.id, model.kind, day);
  if (!lib) return model;
  const source = `${priceDataLabel()}: ${model.provider}/${model.id}`;
  const pricing = { ...model.pricing };
  const fieldSources = { ...model.fieldSources };
  for (const field of LIBRARY_PRICE_FIELDS) {
    const value = lib[field];
    if (value === null) continue;
    pricing[field] = value;
    fieldSources[`pricing.${field}`] = source;
  }
  if (lib.longContext) {
    const threshold = lib.longContext.threshold;
    pricing.longContextTier = {
      thresholdInputTokens: threshold,
      appliesWhen: model.pricing.longContextTier?.appliesWhen ?? `prompt > ${Math.round((threshold + 1) / 1000)}k tokens`,
      input: lib.longContext.input,
      // No cached price in the data (no caching offered): cached tokens bill as input, an upper bound.
      cachedInput: lib.longContext.cachedInput ?? lib.longContext.input,
      output: lib.longContext.output,
    };
    fieldSources['pricing.longContextTier'] = source;
  }
  const contextWindow = model.contextWindow ?? lib.contextWindow;
  if (model.contextWindow === null && lib.contextWindow !== null) fieldSources.contextWindow = source;
  const upcoming = lib.upcoming.map((c) => `From ${c.from} the library lists new prices: ${describeChange(c)}.`);
  return { ...model, pricing, fieldSources, contextWindow, notes: [...model.notes, ...upcoming] };
}

function describeChange(change: PriceChange): string {
  const parts = [
    change.input !== null ? `$${change.input} input` : null,
    change.cachedInput !== null ? `$${change.cachedInput} cached input` : null,
    change.output !== null ? `$${change.output} output` : null,
  ].filter((p): p is string => p !== null);
  return `${parts.join(', ')} per 1M tokens`;
}
