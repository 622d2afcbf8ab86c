import { imagePriceRange } from './image-price';
import type { ModelFacts } from './model-facts';
import { formatTokensShort, formatUsd } from './money';

/** Token prices as people read them; every figure is USD per 1M tokens. */

/** "$2 up to 200k-token prompts, $4 above" / "$2 text, $2.50 image" / "$0.25" / "—". */
export function inputPriceText(model: ModelFacts): string {
  const p = model.pricing;
  const tier = p.longContextTier;
  const parts: string[] = [];
  if (p.input !== null) {
    parts.push(
      tier
        ? `${formatUsd(p.input)} up to ${formatTokensShort(tier.thresholdInputTokens)}-token prompts, ${formatUsd(tier.input)} above`
        : p.imageInput !== null
          ? `${formatUsd(p.input)} text`
          : formatUsd(p.input),
    );
  }
  if (p.imageInput !== null) parts.push(`${formatUsd(p.imageInput)} image`);
  if (p.inputImagePerImage !== null) parts.push(`${formatUsd(p.inputImagePerImage)} per input image`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

/** "$12 up to 200k-token prompts, $18 above" / "$8 image tokens" / "—". */
export function outputPriceText(model: ModelFacts): string {
  const p = model.pricing;
  const tier = p.longContextTier;
  const parts: string[] = [];
  if (p.output !== null) {
    parts.push(
      tier
        ? `${formatUsd(p.output)} up to ${formatTokensShort(tier.thresholdInputTokens)}-token prompts, ${formatUsd(tier.output)} above`
        : p.imageOutput !== null
          ? `${formatUsd(p.output)} text`
          : formatUsd(p.output),
    );
  }
  if (p.imageOutput !== null) parts.push(`${formatUsd(p.imageOutput)} image tokens`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

/** "$0.20 ($0.40 above 200k)" / "—". */
export function cachedInputPriceText(model: ModelFacts): string {
  const p = model.pricing;
  if (p.cachedInput === null) return '—';
  const tier = p.longContextTier;
  const image = p.cachedImageInput !== null ? `, ${formatUsd(p.cachedImageInput)} image` : '';
  if (tier)
    return `${formatUsd(p.cachedInput)} (${formatUsd(tier.cachedInput)} above ${formatTokensShort(tier.thresholdInputTokens)})${image}`;
  return `${formatUsd(p.cachedInput)}${image}`;
}

/** "$1 in / $6 out" / "—". */
export function batchPriceText(model: ModelFacts): string {
  const b = model.pricing.batch;
  return b ? `${formatUsd(b.input)} in / ${formatUsd(b.output)} out` : '—';
}

/** "$0.005 (low 1024x1024) to $0.052 (high 1536x1024)" / "$0.04 flat" / "—". */
export function perImagePriceText(model: ModelFacts): string {
  const range = imagePriceRange(model);
  if (!range) return '—';
  const label = (e: { quality: string; size: string }) => (e.size === 'any' ? e.quality : `${e.quality} ${e.size}`);
  if (range.min.price === range.max.price) {
    return range.min.quality === 'flat' ? `${formatUsd(range.min.price)} flat` : `${formatUsd(range.min.price)} (${label(range.min)})`;
  }
  return `${formatUsd(range.min.price)} (${label(range.min)}) to ${formatUsd(range.max.price)} (${label(range.max)})`;
}
