/**
 * A model named in a new tool's description that has since shut down ("make a DALL-E image
 * from the prompt") is bound as its live successor, and the reply says so: the person asked for
 * the tool, and the model's name is how they know its kind. Without a live successor the name is
 * bound as said, and create_app's refusal names what can be bound instead.
 */
import { describeLifecycle, isShutDown, liveSuccessor, type ModelFacts } from '../catalog';
import type { ModelWish } from './model-wishes';

/** The model to bind for one the person named on `now`. */
export function boundFor(model: ModelFacts, now: Date): ModelFacts {
  return (isShutDown(model, now) && liveSuccessor(model, now)) || model;
}

/** "dall-e-3 shut down on 2026-05-12, so the app uses its successor gpt-image-2.", one per model replaced; null when none was. */
export function replacedNote(wishes: readonly ModelWish[], now: Date): string | null {
  const notes = wishes.flatMap((w) => {
    if (w.kind !== 'named') return [];
    const bound = boundFor(w.model, now);
    return bound.id === w.model.id ? [] : [`${w.model.id} ${describeLifecycle(w.model, now)}, so the app uses its successor ${bound.id}.`];
  });
  return notes.length > 0 ? [...new Set(notes)].join(' ') : null;
}
