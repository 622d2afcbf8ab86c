/** Display facts of one directory entry for the models directory (words and prices from agent/catalog). */
import {
  CAPABILITY_LABELS,
  describeLifecycle,
  formatCount,
  formatUsd,
  imagePriceRange,
  lifecycleStatus,
  PROVIDER_NAMES,
  type CapabilityName,
  type ModelFacts,
} from '../../agent/catalog';
import { html, type SafeHtml } from '../html/html';

/** Capabilities offered as a filter and listed per model, in display order. */
export const LISTED_CAPABILITIES: readonly CapabilityName[] = [
  'functionCalling',
  'structuredOutputs',
  'streaming',
  'reasoning',
  'imageGeneration',
  'imageEdits',
  'searchGrounding',
  'contextCaching',
  'batch',
  'fineTuning',
];

export function capabilityLabel(name: CapabilityName): string {
  const label = CAPABILITY_LABELS[name];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function providerName(model: ModelFacts): string {
  return PROVIDER_NAMES[model.provider];
}

export function formatImageRange(model: ModelFacts): string {
  const range = imagePriceRange(model);
  if (!range) return '—';
  return range.min.price === range.max.price ? formatUsd(range.min.price) : `${formatUsd(range.min.price)}–${formatUsd(range.max.price)}`;
}

/** Compact context size for a table column: "1M", "400k". */
export function formatContext(model: ModelFacts): string {
  const tokens = model.contextWindow;
  if (tokens === null) return '—';
  if (tokens >= 1_000_000) return `${Number((tokens / 1_048_576).toFixed(2))}M`;
  return tokens >= 1000 ? `${Math.round(tokens / 1000)}k` : formatCount(tokens);
}

/** A token price with the long-context tier under it, where the provider tiers prices. */
export function priceCell(model: ModelFacts, which: 'input' | 'output'): SafeHtml {
  const base = model.pricing[which];
  const tier = model.pricing.longContextTier;
  return html`${base === null ? '—' : formatUsd(base)}${tier ? html`<span class="price-tier">${formatUsd(tier[which])} above ${formatCount(tier.thresholdInputTokens / 1000)}k</span>` : ''}`;
}

export function statusBadge(model: ModelFacts, now: Date): SafeHtml {
  const status = lifecycleStatus(model, now);
  const tone =
    status === 'shutdown' ? 'badge-danger' : status === 'deprecated' ? 'badge-warn' : status === 'preview' ? 'badge-accent' : 'badge-ok';
  const shutdown = model.lifecycle.shutdownDate;
  const when = shutdown ? (status === 'shutdown' ? `shut down on ${shutdown}` : `shuts down on ${shutdown}`) : null;
  return html`<span class="badge ${tone}" title="${describeLifecycle(model, now)}">${status === 'shutdown' ? 'shut down' : status}</span>${when ? html`<span class="price-tier nowrap">${when}</span>` : ''}`;
}

export function capabilityList(model: ModelFacts): string {
  return LISTED_CAPABILITIES.filter((name) => model.capabilities[name] === true)
    .map(capabilityLabel)
    .join(' · ');
}
