/**
 * What a run is about to cost, before any provider call: each AI step that would really call
 * its provider (a step without a key or base URL is a dry run and costs nothing), priced by
 * the same estimate the builder shows, with this run's input values as the prompt samples.
 */
import { findModel } from '../../agent/catalog/index';
import type { AppSpec } from '../../agent/spec/app-spec';
import { estimateAppCost } from '../../agent/tools/app-cost';
import type { Settings } from '../config/settings';
import type { ModelResolver } from '../runtime/model-gateway';
import { isModelStep } from '../../agent/spec/bindings';

export interface RunEstimateDeps {
  settings: Settings;
  resolveModel: ModelResolver;
}

export function estimateRunCost(
  spec: AppSpec,
  workspaceId: string,
  inputs: Record<string, unknown>,
  deps: RunEstimateDeps,
  now: Date,
): number {
  const samples = new Map(
    Object.entries(inputs).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value ?? '')]),
  );
  const estimate = estimateAppCost(spec, { runsPerMonth: 1, samples, outputTokensPerStep: null, now });
  const settings = deps.settings.values(workspaceId);
  return spec.steps.reduce((sum, step, i) => {
    if (!isModelStep(step)) return sum;
    const binding = step.model ?? spec.model;
    const facts = findModel(binding.model);
    if (!facts || deps.resolveModel(facts, binding, settings).missing) return sum;
    return sum + (estimate.steps[i]?.perRun ?? 0);
  }, 0);
}
