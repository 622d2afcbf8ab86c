import { getCatalog } from './catalog';
import { estimateCost, type CostEstimate } from './cost';
import { lifecycleSentences, pairDifferences } from './differences';
import { CompareInputError } from './errors';
import { imagePriceEntries } from './image-price';
import { describeLifecycle, lifecycleStatus } from './lifecycle';
import type { LifecycleStatus, ModelFacts, ModelKind, ModelProviderId } from './model-facts';
import { formatCount, formatUsd } from './money';
import { batchPriceText, cachedInputPriceText, inputPriceText, outputPriceText, perImagePriceText } from './price-text';
import { CAPABILITY_LABELS, FLAG_CAPABILITIES, PROVIDER_NAMES } from './vocabulary';
import type { Workload } from './workload';

/** One model's at-a-glance facts, as numbers (for machines) and as text (for people). */
export interface ComparisonModel {
  id: string;
  displayName: string;
  provider: ModelProviderId;
  kind: ModelKind;
  /** Tokens; null when not published. */
  contextWindow: number | null;
  maxOutputTokens: number | null;
  /** USD per 1M tokens, standard tier; null when unknown. */
  inputPrice: number | null;
  outputPrice: number | null;
  /** Upper tier for long prompts; null when the model has none. */
  longContext: { thresholdInputTokens: number; inputPrice: number; outputPrice: number } | null;
  /** USD per 1M image-input tokens; null when billed like text or unknown. */
  imageInputPrice: number | null;
  /** Every per-image price (USD per image). */
  perImage: Array<{ quality: string; size: string; price: number }>;
  /** Status on the comparison day. */
  status: LifecycleStatus;
  shutdownDate: string | null;
  /** Flag capabilities documented as supported. */
  capabilities: string[];
  strengths: string[];
}

/** A row of the at-a-glance table: one attribute, one text cell per model (same order as `models`). */
export interface ComparisonRow {
  label: string;
  values: string[];
}

export interface Comparison {
  /** Day the facts were compiled. */
  asOf: string;
  /** Day lifecycle statuses were evaluated on, YYYY-MM-DD. */
  evaluatedOn: string;
  models: ComparisonModel[];
  table: ComparisonRow[];
  /** Computed difference sentences, then lifecycle sentences. */
  differences: string[];
  /** Strengths side by side. */
  strengths: Array<{ modelId: string; displayName: string; strengths: string[] }>;
  /** Workload costs per model, when a workload was given. */
  costs: CostEstimate[] | null;
  /** Sentences about the workload costs (cheapest, what cannot be priced). */
  costSummary: string[];
}

export interface CompareOptions {
  now?: Date;
}

/** Compares two or more models (ids, snapshot ids or aliases) from their facts alone. */
export function compareModels(ids: readonly string[], workload?: Workload, options: CompareOptions = {}): Comparison {
  const catalog = getCatalog();
  const now = options.now ?? new Date();
  const models = uniqueModels(ids.map((id) => catalog.require(id)));
  if (models.length < 2) {
    throw new CompareInputError(
      ids.length < 2
        ? `A comparison needs at least two models; got ${ids.length}. Name two or more ids.`
        : `All the names given refer to ${models[0]?.id}; name at least two different models.`,
    );
  }

  const pairs = models.flatMap((a, i) => models.slice(i + 1).map((b) => [a, b] as const));
  const differences = [...pairs.flatMap(([a, b]) => pairDifferences(a, b)), ...lifecycleSentences(models, now)];
  const costs = workload ? models.map((m) => estimateCost(m, workload, { strictImageOptions: false, now })) : null;

  return {
    asOf: catalog.asOf,
    evaluatedOn: now.toISOString().slice(0, 10),
    models: models.map((m) => summarize(m, now)),
    table: atAGlance(models, now),
    differences: [...new Set(differences)],
    strengths: models.map((m) => ({ modelId: m.id, displayName: m.displayName, strengths: m.strengths.map((s) => s.text) })),
    costs,
    costSummary: costs ? costSentences(costs) : [],
  };
}

function uniqueModels(models: ModelFacts[]): ModelFacts[] {
  return models.filter((m, i) => models.indexOf(m) === i);
}

function supported(m: ModelFacts): string[] {
  return FLAG_CAPABILITIES.filter((c) => m.capabilities[c] === true).map((c) => CAPABILITY_LABELS[c]);
}

function summarize(m: ModelFacts, now: Date): ComparisonModel {
  const tier = m.pricing.longContextTier;
  return {
    id: m.id,
    displayName: m.displayName,
    provider: m.provider,
    kind: m.kind,
    contextWindow: m.contextWindow,
    maxOutputTokens: m.maxOutputTokens,
    inputPrice: m.pricing.input,
    outputPrice: m.pricing.output,
    longContext: tier ? { thresholdInputTokens: tier.thresholdInputTokens, inputPrice: tier.input, outputPrice: tier.output } : null,
    imageInputPrice: m.pricing.imageInput,
    perImage: imagePriceEntries(m),
    status: lifecycleStatus(m, now),
    shutdownDate: m.lifecycle.shutdownDate,
    capabilities: supported(m),
    strengths: m.strengths.map((s) => s.text),
  };
}

function tokens(n: number | null): string {
  return n === null ? '—' : `${formatCount(n)} tokens`;
}

/** The table people read first: one row per attribute, one column per model. */
export function atAGlance(models: readonly ModelFacts[], now: Date = new Date()): ComparisonRow[] {
  const row = (label: string, cell: (m: ModelFacts) => string): ComparisonRow => ({ label, values: models.map(cell) });
  return [
    row('Model id', (m) => m.id),
    row('Provider', (m) => PROVIDER_NAMES[m.provider]),
    row('Kind', (m) => `${m.kind}: ${m.inputModalities.join(', ')} → ${m.outputModalities.join(', ')}`),
    row('Context window', (m) => tokens(m.contextWindow ?? m.maxInputTokens)),
    row('Max output', (m) => tokens(m.maxOutputTokens)),
    row('Input, per 1M tokens', inputPriceText),
    row('Cached input, per 1M', cachedInputPriceText),
    row('Output, per 1M tokens', outputPriceText),
    row('Batch, per 1M tokens', batchPriceText),
    row('Per image', perImagePriceText),
    row('Capabilities', (m) => supported(m).join(', ') || '—'),
    row('Status', (m) => describeLifecycle(m, now)),
    row('Released', (m) => m.releaseDate ?? '—'),
  ];
}

function costSentences(costs: readonly CostEstimate[]): string[] {
  const sentences: string[] = [];
  const period = costs[0]?.period === 'month' ? ' a month' : '';
  // A model that would refuse the workload (shut down, prompt over its limit) is never crowned.
  const priced = costs.filter((c) => c.complete && c.lines.length > 0 && c.refusals.length === 0);
  for (const c of costs.filter((c) => c.refusals.length > 0)) {
    sentences.push(`${c.displayName} cannot run this workload: ${c.refusals.join('; ')}.`);
  }
  for (const c of costs.filter((c) => !c.complete && c.refusals.length === 0)) {
    sentences.push(`${c.displayName} cannot do all of this workload (${c.unpriced.join('; ')}).`);
  }
  if (priced.length >= 2) {
    const sorted = [...priced].sort((a, b) => a.total - b.total);
    const cheapest = sorted[0]!;
    const dearest = sorted[sorted.length - 1]!;
    if (cheapest.total === dearest.total) {
      sentences.push(`The workload costs the same on each: ${formatUsd(cheapest.total)}${period}.`);
    } else {
      const saving = Math.round((1 - cheapest.total / dearest.total) * 100);
      sentences.push(
        `For this workload ${cheapest.displayName} is cheapest at ${formatUsd(cheapest.total)}${period}, ` +
          `${saving}% less than ${dearest.displayName} (${formatUsd(dearest.total)}).`,
      );
    }
  } else if (priced.length === 1) {
    sentences.push(`Only ${priced[0]!.displayName} can do all of it: ${formatUsd(priced[0]!.total)}${period}.`);
  }
  return sentences;
}
