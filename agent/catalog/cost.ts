import { requireModel } from './catalog';
import { resolveImagePrice } from './image-price';
import { describeLifecycle, isShutDown } from './lifecycle';
import type { ModelFacts } from './model-facts';
import { formatCount, formatUsd } from './money';
import { countTokens, type TokenCount } from './tokens';
import { parseWorkload, type Workload } from './workload';

/** One priced part of a workload. */
export interface CostLine {
  /** What is billed: "text input", "cached input", "output", "image input", "input images", "images". */
  item: string;
  /** Units billed over the whole period (tokens or images). */
  quantity: number;
  unit: 'tokens' | 'images';
  /** USD per `per` units. */
  unitPrice: number;
  /** 1,000,000 for token prices, 1 for per-image prices. */
  per: number;
  /** quantity × unitPrice / per, USD. */
  subtotal: number;
  /** The arithmetic and the rule behind the price, in words. */
  explanation: string;
}

export interface CostEstimate {
  modelId: string;
  displayName: string;
  currency: 'USD';
  /** "month" when the workload gave requestsPerMonth, else "request". */
  period: 'request' | 'month';
  /** Requests in the period. */
  requests: number;
  lines: CostLine[];
  /** USD for one request. */
  perRequest: number;
  /** USD for the period (= perRequest × requests). */
  total: number;
  /** Which token prices applied. */
  tier: 'standard' | 'long-context';
  /** Batch prices were applied. */
  batch: boolean;
  /** Parts of the workload the facts cannot price (the total leaves them out). */
  unpriced: string[];
  /** False when `unpriced` is not empty: the total is then a lower bound. */
  complete: boolean;
  /** Caveats: substitutions, approximations, lifecycle. */
  notes: string[];
  /** Why the provider would not run this workload at all (shut down, prompt over the input limit); empty when it would. */
  refusals: string[];
  /** How `promptText` was counted, when it was given. */
  tokenCount: TokenCount | null;
}

export interface EstimateOptions {
  /** Refuse image qualities/sizes the model lacks (default true); comparisons pass false. */
  strictImageOptions?: boolean;
  /** The day lifecycle notes are evaluated on. */
  now?: Date;
}

interface TokenRates {
  input: number | null;
  cachedInput: number | null;
  output: number | null;
  /** Why these rates, e.g. "long-context tier: prompt of 250,000 tokens > 200,000". */
  label: string;
  long: boolean;
  batch: boolean;
  /** Batch applies but cached input keeps its standard price (the facts have no batch cached price). */
  cachedAtStandard: boolean;
}

/** Prices `workload` on `model`, line by line. Throws CostInputError for bad volumes. */
export function estimateCost(modelOrId: ModelFacts | string, workload: Workload, options: EstimateOptions = {}): CostEstimate {
  const model = typeof modelOrId === 'string' ? requireModel(modelOrId) : modelOrId;
  const w = parseWorkload(workload);
  const requests = w.requestsPerMonth ?? 1;
  const notes: string[] = [];
  const unpriced: string[] = [];
  const lines: CostLine[] = [];

  const tokenCount = w.promptText !== undefined ? countTokens(model, w.promptText) : null;
  if (tokenCount) notes.push(`Prompt text: ${formatCount(tokenCount.tokens)} tokens, ${tokenCount.explanation}.`);
  const inputTokens = (w.inputTokens ?? 0) + (tokenCount?.tokens ?? 0);
  const cachedTokens = w.cachedInputTokens ?? 0;
  const imageTokens = w.imageInputTokens ?? 0;
  const promptTokens = inputTokens + cachedTokens + imageTokens;

  const refusals: string[] = [];
  const limit = model.maxInputTokens ?? model.contextWindow;
  if (limit !== null && promptTokens > limit) {
    const sentence = `A ${formatCount(promptTokens)}-token prompt exceeds ${model.id}'s ${formatCount(limit)}-token input limit; it would be refused.`;
    notes.push(sentence);
    refusals.push(`its ${formatCount(limit)}-token input limit is below the ${formatCount(promptTokens)}-token prompt`);
  }
  const rates = tokenRates(model, promptTokens, w.batch === true, notes);

  const addTokens = (item: string, perRequest: number, rate: number | null, why: string) => {
    if (perRequest === 0) return;
    if (rate === null) {
      unpriced.push(`${item} tokens: no ${item} price in the facts`);
      return;
    }
    const quantity = perRequest * requests;
    const subtotal = roundUsd((quantity * rate) / 1_000_000);
    lines.push({
      item,
      quantity,
      unit: 'tokens',
      unitPrice: rate,
      per: 1_000_000,
      subtotal,
      explanation: `${volumeWords(perRequest, requests, `${item} tokens`)} × ${formatUsd(rate)} per 1M (${why}) = ${formatUsd(subtotal)}`,
    });
  };

  addTokens('text input', inputTokens, rates.input, rates.label);
  const cachedWhy = rates.cachedAtStandard ? 'no batch price for cached input: standard cached rate' : rates.label;
  addTokens('cached input', cachedTokens, rates.cachedInput, cachedWhy);
  if (model.pricing.imageInput !== null) {
    addTokens('image input', imageTokens, model.pricing.imageInput, 'image-token rate');
  } else {
    // Text models bill image tokens in the prompt at their input rate.
    addTokens('image input', imageTokens, rates.input, `${rates.label}; no separate image-input price, billed as input tokens`);
  }
  addTokens('output', w.outputTokens ?? 0, rates.output, rates.label);

  const inputImages = w.inputImages ?? 0;
  if (inputImages > 0) {
    const price = model.pricing.inputImagePerImage;
    if (price === null) {
      unpriced.push('input images: no per-image input price in the facts (give imageInputTokens instead)');
    } else {
      lines.push(imageLine('input images', inputImages, requests, price, 'per input image'));
    }
  }

  const images = w.images ?? 0;
  if (images > 0) {
    const wanted = { quality: w.imageQuality, size: w.imageSize };
    const resolved = resolveImagePrice(model, wanted, options.strictImageOptions ?? true);
    if (!resolved) {
      unpriced.push(
        model.capabilities.imageGeneration === true
          ? 'images: no per-image price in the facts'
          : 'images: the model does not generate images',
      );
    } else {
      if (resolved.substitution) notes.push(`${resolved.substitution}.`);
      const label = resolved.size === 'any' ? resolved.quality : `${resolved.quality} ${resolved.size}`;
      const discount = w.batch === true ? batchImageFactor(model) : null;
      if (w.batch === true && discount === null)
        notes.push(`${model.id} has no batch price in the facts; images priced at standard rates.`);
      const price = discount === null ? resolved.price : roundUsd(resolved.price * discount);
      const why = discount === null ? `per image (${label})` : `per image (${label}, batch: ${formatUsd(resolved.price)} × ${discount})`;
      lines.push(imageLine('images', images, requests, price, why));
    }
  }

  const now = options.now ?? new Date();
  if (isShutDown(model, now)) {
    notes.push(`${model.id} is ${describeLifecycle(model, now)}: these are its last published prices.`);
    refusals.unshift(`it is ${describeLifecycle(model, now)}`);
  }

  const total = roundUsd(lines.reduce((sum, line) => sum + line.subtotal, 0));
  return {
    modelId: model.id,
    displayName: model.displayName,
    currency: 'USD',
    period: w.requestsPerMonth === undefined ? 'request' : 'month',
    requests,
    lines,
    perRequest: requests === 0 ? 0 : roundUsd(total / requests),
    total,
    tier: rates.long ? 'long-context' : 'standard',
    batch: rates.batch,
    unpriced,
    complete: unpriced.length === 0,
    notes,
    refusals,
    tokenCount,
  };
}

/**
 * The batch discount on per-image prices: the model's own batch-to-standard input ratio
 * (OpenAI and Google both halve batch prices, images included); null without batch prices.
 */
function batchImageFactor(model: ModelFacts): number | null {
  const { batch, input } = model.pricing;
  if (batch === null || input === null || input === 0) return null;
  return roundUsd(batch.input / input);
}

function imageLine(item: string, perRequest: number, requests: number, price: number, what: string): CostLine {
  const quantity = perRequest * requests;
  const subtotal = roundUsd(quantity * price);
  return {
    item,
    quantity,
    unit: 'images',
    unitPrice: price,
    per: 1,
    subtotal,
    explanation: `${volumeWords(perRequest, requests, item)} × ${formatUsd(price)} ${what} = ${formatUsd(subtotal)}`,
  };
}

/** Drops float noise (0.30000000000000004 → 0.3) while keeping sub-cent precision. */
function roundUsd(amount: number): number {
  return Math.round(amount * 1e10) / 1e10;
}

/** "2,000 output tokens", or "1,000 requests × 2,000 output tokens = 2,000,000". */
function volumeWords(perRequest: number, requests: number, what: string): string {
  const unit = perRequest === 1 ? what.replace(/s$/, '') : what;
  if (requests === 1) return `${formatCount(perRequest)} ${unit}`;
  return `${formatCount(requests)} requests × ${formatCount(perRequest)} ${unit} = ${formatCount(perRequest * requests)}`;
}

/**
 * Token prices for one request. A prompt above the long-context threshold moves the whole
 * request (input, cached input, output) to the upper tier, as Google bills it.
 */
function tokenRates(model: ModelFacts, promptTokens: number, batch: boolean, notes: string[]): TokenRates {
  const p = model.pricing;
  const tier = p.longContextTier;
  const long = tier !== null && promptTokens > tier.thresholdInputTokens;
  const base: TokenRates = long
    ? {
        input: tier.input,
        cachedInput: tier.cachedInput,
        output: tier.output,
        label: `long-context tier: prompt of ${formatCount(promptTokens)} tokens > ${formatCount(tier.thresholdInputTokens)}`,
        long: true,
        batch: false,
        cachedAtStandard: false,
      }
    : {
        input: p.input,
        cachedInput: p.cachedInput,
        output: p.output,
        label: tier ? `standard tier: prompt up to ${formatCount(tier.thresholdInputTokens)} tokens` : 'standard price',
        long: false,
        batch: false,
        cachedAtStandard: false,
      };
  if (!batch) return base;
  if (p.batch === null) {
    notes.push(`${model.id} has no batch price in the facts; priced at standard rates.`);
    return base;
  }
  if (long) {
    const upper = p.batch.above200k;
    if (!upper) {
      notes.push(
        `${model.id} has no batch price for long prompts in the facts; priced at the long-context standard rates (an upper bound).`,
      );
      return base;
    }
    return {
      ...base,
      input: upper.input,
      cachedInput: upper.cachedInput,
      output: upper.output,
      label: `batch, ${base.label}`,
      batch: true,
    };
  }
  return {
    input: p.batch.input,
    cachedInput: p.batch.cachedInput ?? base.cachedInput,
    output: p.batch.output,
    label: 'batch price',
    long: false,
    batch: true,
    cachedAtStandard: p.batch.cachedInput === undefined,
  };
}
