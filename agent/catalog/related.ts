import { getCatalog } from './catalog';
import { imagePriceRange } from './image-price';
import { isShutDown } from './lifecycle';
import type { ModelFacts } from './model-facts';
import { liveSuccessor } from './successor';

/** A comparison worth offering next to the one on screen, and why. */
export interface RelatedComparison {
  ids: [string, string];
  names: [string, string];
  /** "successor", "same kind, nearby price". */
  reason: string;
}

/** The price models of a kind are compared by: per image for image models, else input per 1M tokens. */
export function headlinePrice(model: ModelFacts): number | null {
  if (model.kind === 'image') return imagePriceRange(model)?.min.price ?? model.pricing.imageOutput;
  return model.pricing.input;
}

/**
 * Comparisons related to `models`: each one against its live successor, then against the
 * running models of the same kind whose headline price is nearest (`perModel` each).
 */
export function relatedComparisons(models: readonly ModelFacts[], now: Date, perModel = 2): RelatedComparison[] {
  const shown = new Set(models.map((m) => m.id));
  const out: RelatedComparison[] = [];
  const seen = new Set<string>();
  const add = (a: ModelFacts, b: ModelFacts, reason: string) => {
    const key = [a.id, b.id].sort().join('|');
    if (a.id === b.id || seen.has(key) || (shown.has(a.id) && shown.has(b.id))) return;
    seen.add(key);
    out.push({ ids: [a.id, b.id], names: [a.displayName, b.displayName], reason });
  };
  for (const m of models) {
    const successor = liveSuccessor(m, now);
    if (successor) add(m, successor, `${successor.displayName} succeeds ${m.displayName}`);
  }
  for (const m of models) {
    const price = headlinePrice(m);
    const peers = getCatalog()
      .models.filter((o) => o.kind === m.kind && !shown.has(o.id) && !isShutDown(o, now) && headlinePrice(o) !== null)
      .sort(
        (x, y) =>
          (price === null ? 0 : Math.abs(headlinePrice(x)! - price) - Math.abs(headlinePrice(y)! - price)) || x.id.localeCompare(y.id),
      )
      .slice(0, perModel);
    for (const peer of peers) add(m, peer, price === null ? `same kind (${m.kind})` : `same kind (${m.kind}), nearby price`);
  }
  return out;
}
