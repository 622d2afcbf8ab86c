import { findModel } from './catalog';
import { isShutDown } from './lifecycle';
import type { ModelFacts } from './model-facts';

/**
 * The model to move to from `model` on `now`: its recorded successor, or that model's
 * successor when it has shut down too (gpt-image-1 → gpt-image-1.5 → gpt-image-2), and so on.
 * Null when no successor is recorded or every one in the chain has shut down.
 */
export function liveSuccessor(model: ModelFacts, now: Date = new Date()): ModelFacts | null {
  const seen = new Set([model.id]);
  let next = model.lifecycle.successor ? findModel(model.lifecycle.successor.id) : null;
  while (next && !seen.has(next.id)) {
    if (!isShutDown(next, now)) return next;
    seen.add(next.id);
    next = next.lifecycle.successor ? findModel(next.lifecycle.successor.id) : null;
  }
  return null;
}
