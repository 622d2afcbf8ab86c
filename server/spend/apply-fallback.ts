/**
 * The spec a fallback run executes: every AI step whose needs the fallback model meets runs on
 * it; a step it cannot serve (an image step with a text fallback) keeps its own binding.
 */
import { findModel } from '../../agent/catalog/index';
import type { AppSpec, ModelBinding } from '../../agent/spec/app-spec';
import { modelHas, STEP_NEEDS } from '../../agent/spec/capabilities';

export function applyFallback(spec: AppSpec, fallback: ModelBinding): { spec: AppSpec; steps: string[] } {
  const facts = findModel(fallback.model);
  const switched: string[] = [];
  const steps = spec.steps.map((step) => {
    const needs = STEP_NEEDS[step.kind];
    if (!facts || needs === null || !needs.every((need) => modelHas(facts, need))) return step;
    switched.push(step.id);
    return { ...step, model: fallback };
  });
  return { spec: { ...spec, steps }, steps: switched };
}
