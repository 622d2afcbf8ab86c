/**
 * Runs of an app bound to a shut-down model: its model steps fail with a sentence instead of
 * calling a provider that no longer serves the model, and a scheduled run tells the app's
 * own channel (its notify steps) what happened and what to do.
 */
import type { AppSpec, Step } from '../../agent/spec/app-spec';
import { retiredBindings, retiredSentence, type RetiredBinding } from '../../agent/spec/retired-bindings';
import { isModelStep } from '../../agent/spec/bindings';

export interface RetiredGuard {
  /** The sentence a model step fails with; null when its model still runs. */
  stepError(step: Step): string | null;
  /** What a scheduled run's notify steps send instead of their message. */
  notice: string;
}

export function retiredGuard(spec: AppSpec, now: Date): RetiredGuard | null {
  const retired = retiredBindings(spec, now);
  if (retired.length === 0) return null;
  const byStep = (step: Step): RetiredBinding | undefined =>
    retired.find((r) => r.stepId === step.id) ?? (step.model ? undefined : retired.find((r) => r.stepId === null));
  const sentence = retiredSentence(retired)!;
  return {
    stepError(step) {
      if (!isModelStep(step)) return null;
      const hit = byStep(step);
      if (!hit) return null;
      return `${hit.model.displayName} shut down on ${hit.model.lifecycle.shutdownDate}; the provider was not called. ${hit.successor ? `Move the app to ${hit.successor.displayName} (the banner's button, or ask the builder).` : 'Bind another model.'}`;
    },
    notice: `${spec.name}: a scheduled run did not run. ${sentence} Open /apps/${spec.slug} to move it.`,
  };
}
