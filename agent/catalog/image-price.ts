import { CostInputError } from './errors';
import type { ModelFacts } from './model-facts';
import { joinWords } from './words';

export interface ImagePrice {
  quality: string;
  size: string;
  /** USD per generated image. */
  price: number;
  /** Set when the asked-for quality or size was not in the model's table and another was used. */
  substitution: string | null;
}

/** Every (quality, size, price) of the model's per-image table, in table order. */
export function imagePriceEntries(model: ModelFacts): Array<{ quality: string; size: string; price: number }> {
  return Object.entries(model.pricing.perImage ?? {}).flatMap(([quality, sizes]) =>
    Object.entries(sizes).map(([size, price]) => ({ quality, size, price })),
  );
}

/** Cheapest and dearest per-image price; null for models without a per-image table. */
export function imagePriceRange(model: ModelFacts) {
  const entries = imagePriceEntries(model);
  if (entries.length === 0) return null;
  const sorted = [...entries].sort((a, b) => a.price - b.price);
  return { min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

const DEFAULT_QUALITY = 'medium';
const DEFAULT_SIZE = '1024x1024';

/**
 * The price of one image at `quality` × `size`. Unset quality means "medium" where the
 * model has it (else its first, cheapest tier); unset size means 1024x1024 (else the first).
 * `strict` refuses qualities and sizes the model does not offer; otherwise the nearest
 * entry is used and `substitution` says so (comparisons across providers need that:
 * Gemini image models have no "medium").
 */
export function resolveImagePrice(model: ModelFacts, wanted: { quality?: string; size?: string }, strict: boolean): ImagePrice | null {
  const table = model.pricing.perImage;
  if (!table) return null;
  const qualities = Object.keys(table);
  const notes: string[] = [];

  let quality = wanted.quality ?? (DEFAULT_QUALITY in table ? DEFAULT_QUALITY : qualities[0]!);
  if (!(quality in table)) {
    if (strict) {
      throw new CostInputError('imageQuality', `${model.id} has no "${quality}" image quality; use ${joinWords(qualities, 'or')}.`);
    }
    const fallback = qualities.find((q) => wanted.size !== undefined && wanted.size in table[q]!) ?? qualities[0]!;
    notes.push(`${model.id} has no "${quality}" quality; priced at "${fallback}"`);
    quality = fallback;
  }

  const sizes = table[quality]!;
  const sizeKeys = Object.keys(sizes);
  let size = wanted.size ?? (DEFAULT_SIZE in sizes ? DEFAULT_SIZE : sizeKeys[0]!);
  if (!(size in sizes)) {
    if ('any' in sizes) {
      size = 'any';
    } else if (strict) {
      throw new CostInputError('imageSize', `${model.id} has no ${size} size at "${quality}" quality; use ${joinWords(sizeKeys, 'or')}.`);
    } else {
      notes.push(`${model.id} has no ${size} size; priced at ${sizeKeys[0]}`);
      size = sizeKeys[0]!;
    }
  }
  return { quality, size, price: sizes[size]!, substitution: notes.length > 0 ? notes.join('; ') : null };
}
