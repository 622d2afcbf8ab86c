/**
 * Which steps call a model and which binding each one runs on: the one home of these rules,
 * used by the binding check, the runtime, the cost estimate, the builder preview and the
 * app page alike (they disagreed before). resolve-binding.ts finds the model a binding names;
 * it is apart because it reads the model directory, which the browser bundle does without.
 */
import type { AppSpec, ModelBinding, Step } from './app-spec';
import { STEP_NEEDS } from './step-needs';

/** The step kinds that call a model. */
export type ModelStep = Extract<Step, { kind: 'generate-text' | 'extract' | 'classify' | 'generate-image' | 'edit-image' }>;

/** Steps that call a model (and so use the app's default binding when they have none of their own). */
export function isModelStep(step: Step): step is ModelStep {
  return STEP_NEEDS[step.kind] !== null;
}

/** The binding a step runs on: its own, else the app's default; null for a step that calls no model. */
export function effectiveBinding(spec: Pick<AppSpec, 'model'>, step: ModelStep): ModelBinding;
export function effectiveBinding(spec: Pick<AppSpec, 'model'>, step: Step): ModelBinding | null;
export function effectiveBinding(spec: Pick<AppSpec, 'model'>, step: Step): ModelBinding | null {
  return step.model ?? (isModelStep(step) ? spec.model : null);
}

/** Every model id the app names (its default, then steps' own), once each: what lifecycle banners judge. */
export function boundModelIds(spec: Pick<AppSpec, 'model' | 'steps'>): string[] {
  return [...new Set([spec.model.model, ...spec.steps.flatMap((s) => (s.model ? [s.model.model] : []))])];
}

/** `spec` with `binding` as its default (stepId null) or as one step's own: what bind_model saves and a trial runs. */
export function withBinding(spec: AppSpec, stepId: string | null, binding: ModelBinding): AppSpec {
  return stepId === null
    ? { ...spec, model: binding }
    : { ...spec, steps: spec.steps.map((s) => (s.id === stepId ? { ...s, model: binding } : s)) };
}
