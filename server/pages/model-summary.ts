/** Display facts of one directory entry, shared by the models directory and the comparison page. */
import { describeLifecycle, lifecycleStatus, type CapabilityName, type ModelFacts } from '../../agent/catalog';
import { formatCount, formatUsd } from '../../web/format';
import { html, type SafeHtml } from '../html/html';

/** Capabilities worth a filter and a badge, in display order. */
export const CAPABILITY_LABELS: ReadonlyArray<[CapabilityName, string]> = [
  ['functionCalling', 'Function calling'],
  ['structuredOutputs', 'Structured output'],
  ['streaming', 'Streaming'],
  ['reasoning', 'Thinking'],
  ['imageGeneration', 'Image generation'],
  ['imageEdits', 'Image edits'],
  ['searchGrounding', 'Search grounding'],
  ['contextCaching', 'Caching'],
  ['batch', 'Batch'],
  ['fineTuning', 'Fine-tuning'],
];

const PROVIDER_NAMES: Record<ModelFacts['provider'], string> = { openai: 'OpenAI', google: 'Google' };

export function providerName(model: ModelFacts): string {
  return PROVIDER_NAMES[model.provider];
}

/** Cheapest and dearest generated image; null for models that do not price images. */
export function imagePriceRange(model: ModelFacts): { min: number; max: number } | null {
  const prices = Object.values(model.pricing.perImage ?? {}).flatMap((bySize) => Object.values(bySize));
  if (prices.length === 0) return null;
  return { min: Math.min(...prices), max: Math.max(...prices) };
}

export function formatImageRange(model: ModelFacts): string {
  const range = imagePriceRange(model);
  if (!range) return '—';
  return range.min === range.max ? formatUsd(range.min) : `${formatUsd(range.min)}–${formatUsd(range.max)}`;
}

export function formatContext(model: ModelFacts): string {
  const tokens = model.contextWindow;
  if (tokens === null) return '—';
  if (tokens >= 1_000_000) return `${Number((tokens / 1_048_576).toFixed(2))}M`;
  return tokens >= 1000 ? `${Math.round(tokens / 1000)}k` : formatCount(tokens);
}

/** Input price with the long-context tier under it, when the provider tiers prices. */
export function priceCell(model: ModelFacts, which: 'input' | 'output'): SafeHtml {
  const base = model.pricing[which];
  const tier = model.pricing.longContextTier;
  return html`${formatUsd(base)}${tier ? html`<span class="price-tier">${formatUsd(tier[which])} above ${formatCount(tier.thresholdInputTokens / 1000)}k</span>` : ''}`;
}

export function statusBadge(model: ModelFacts, now: Date): SafeHtml {
  const status = lifecycleStatus(model, now);
  const tone = status === 'shutdown' ? 'badge-danger' : status === 'deprecated' ? 'badge-warn' : status === 'preview' ? 'badge-accent' : 'badge-ok';
  return html`<span class="badge ${tone}" title="${describeLifecycle(model, now)}">${describeLifecycle(model, now)}</span>`;
}

export function capabilityBadges(model: ModelFacts): SafeHtml {
  const supported = CAPABILITY_LABELS.filter(([name]) => model.capabilities[name] === true);
  return html`<span class="badges">${supported.map(([, label]) => html`<span class="badge">${label}</span>`)}</span>`;
}
