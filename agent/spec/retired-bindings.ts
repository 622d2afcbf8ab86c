/**
 * Where an app still points at a model that has shut down, and the model each such binding
 * moves to (the live successor). Used by the banner, the scheduler's guard and the one-step move.
 */
import { findModel, isShutDown, liveSuccessor, type ModelFacts } from '../catalog';
import type { AppSpec } from './app-spec';

export interface RetiredBinding {
  /** null = the app's default model. */
  stepId: string | null;
  model: ModelFacts;
  /** The model to move to; null when no successor is known. */
  successor: ModelFacts | null;
}

/** Bindings of `spec` to models shut down on `now` (models outside the directory are not judged). */
export function retiredBindings(spec: AppSpec, now: Date): RetiredBinding[] {
  const bindings = [
    { stepId: null as string | null, model: spec.model.model },
    ...spec.steps.flatMap((s) => (s.model ? [{ stepId: s.id, model: s.model.model }] : [])),
  ];
  return bindings.flatMap(({ stepId, model: id }) => {
    const model = findModel(id);
    if (!model || !isShutDown(model, now)) return [];
    return [{ stepId, model, successor: liveSuccessor(model, now) }];
  });
}

/** "GPT Image 1 mini shut down on 2026-12-01; move to GPT Image 2." for one app, or null when nothing is retired. */
export function retiredSentence(retired: readonly RetiredBinding[]): string | null {
  if (retired.length === 0) return null;
  const names = [...new Map(retired.map((r) => [r.model.id, r])).values()];
  return names
    .map(
      (r) =>
        `${r.model.displayName} shut down on ${r.model.lifecycle.shutdownDate}; ${r.successor ? `move to ${r.successor.displayName}` : 'no successor is known, bind another model'}.`,
    )
    .join(' ');
}
