/**
 * The capability check: a model bound to a step (or as the app default) must have what the
 * step needs, must not be shut down, and — when deprecated — is accepted with a warning
 * that names the shutdown date and a replacement. Facts come from the model directory.
 */
import { describeLifecycle, findModel, lifecycleStatus, listModels, type ModelFacts } from '../catalog';
import type { AppSpec, ModelBinding, Step } from './app-spec';
import { CapabilityError, ModelBindingError } from './binding-errors';
import { isModelStep } from './bindings';
import { resolveBinding } from './resolve-binding';
import { STEP_NEEDS, modelHas, type StepNeed } from './step-needs';

export { CapabilityError, ModelBindingError } from './binding-errors';
export { STEP_NEEDS, modelHas, type StepNeed } from './step-needs';

const STATUS_RANK = { current: 0, preview: 1, deprecated: 2, shutdown: 3 } as const;

/** Up to `limit` models with every need, never shut down: current before preview before deprecated, `prefer`'s provider first. */
export function suggestModels(
  needs: readonly StepNeed[],
  options: { now?: Date; prefer?: ModelFacts | null; exclude?: string; limit?: number } = {},
): ModelFacts[] {
  const now = options.now ?? new Date();
  return listModels({ excludeShutDown: true, now })
    .filter((m) => m.id !== options.exclude && m.kind !== 'embedding' && needs.every((n) => modelHas(m, n)))
    .map((m, order) => ({ m, order, rank: STATUS_RANK[lifecycleStatus(m, now)] }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.m.provider === options.prefer?.provider) - Number(a.m.provider === options.prefer?.provider) ||
        a.order - b.order,
    )
    .slice(0, options.limit ?? 3)
    .map(({ m }) => m);
}

/** The AI steps that run on the app's default model: those without a binding of their own. */
export function stepsUsingDefault(spec: Pick<AppSpec, 'steps'>): Step[] {
  return spec.steps.filter((s) => isModelStep(s) && s.model === undefined);
}

export interface BindingTarget {
  /** `null`: the app default, which must suit every step in `steps`. */
  stepId: string | null;
  steps: readonly Step[];
}

export interface CheckedBinding {
  /** The binding with the model id made canonical (aliases resolved). */
  binding: ModelBinding;
  /** Directory entry; null for a model an OpenAI-compatible server serves that the directory does not list. */
  facts: ModelFacts | null;
  warnings: string[];
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function checkStep(facts: ModelFacts, step: Step, binding: ModelBinding, now: Date): void {
  const needs = [...(STEP_NEEDS[step.kind] ?? [])];
  if (binding.options.thinkingLevel !== undefined) needs.push('thinking');
  const missing = needs.filter((n) => !modelHas(facts, n));
  if (missing.length > 0) {
    const fits = suggestModels(needs, { now, prefer: facts, exclude: facts.id }).map((m) => m.id);
    const hint = fits.length > 0 ? ` Models that fit: ${fits.join(', ')}.` : ' No model in the directory fits; change the step instead.';
    throw new CapabilityError(
      facts.id,
      step.id,
      missing,
      fits,
      `${facts.id} cannot run step "${step.id}" (${step.kind}): it lacks ${joinList(missing)}.${hint}`,
    );
  }
  const levels = facts.capabilities.reasoningLevels;
  const level = binding.options.thinkingLevel;
  if (level !== undefined && levels !== null && !levels.includes(level)) {
    throw new ModelBindingError(`${facts.id} does not take thinking level "${level}"; use one of ${levels.join(', ')}.`);
  }
}

/**
 * Checks `binding` for `target` on day `now`; throws ModelBindingError / CapabilityError /
 * UnknownModelError, or returns the canonical binding and any warnings.
 */
export function checkBinding(binding: ModelBinding, target: BindingTarget, now: Date = new Date()): CheckedBinding {
  try {
    return checkTarget(binding, target, now);
  } catch (error) {
    // For the app default, say how to keep the model for the other steps.
    if (!(error instanceof CapabilityError) || target.stepId !== null) throw error;
    throw new CapabilityError(
      error.model,
      error.stepId,
      error.missing,
      error.suggestions,
      `${error.message} Step "${error.stepId}" uses the app's default model; bind it its own model (bind_model with step "${error.stepId}") to keep ${error.model} for the rest.`,
    );
  }
}

function checkTarget(binding: ModelBinding, target: BindingTarget, now: Date): CheckedBinding {
  if (target.stepId !== null) {
    const step = target.steps.find((s) => s.id === target.stepId);
    if (!step)
      throw new ModelBindingError(`There is no step "${target.stepId}"; steps: ${target.steps.map((s) => s.id).join(', ') || 'none'}.`);
    if (!isModelStep(step)) {
      throw new ModelBindingError(
        `Step "${step.id}" (${step.kind}) does not use a model; bind a model to an AI step or to the app instead.`,
      );
    }
  }
  const facts = resolveBinding(binding);
  if (!facts) {
    return {
      binding,
      facts: null,
      warnings: [
        `${binding.model} is not in the model directory, so its capabilities and prices cannot be checked; the OpenAI-compatible server decides.`,
      ],
    };
  }
  if (binding.provider !== undefined && binding.provider !== 'openai-compatible' && binding.provider !== facts.provider) {
    throw new ModelBindingError(
      `${facts.id} is served by ${facts.provider}, not ${binding.provider}; leave the provider empty or pick a ${binding.provider} model.`,
    );
  }
  const steps = target.stepId === null ? target.steps : target.steps.filter((s) => s.id === target.stepId);
  // What a replacement must do: what these steps need, or else what this model is for.
  const stepNeeds = [...new Set(steps.flatMap((s) => STEP_NEEDS[s.kind] ?? []))];
  const needs: StepNeed[] = stepNeeds.length > 0 ? stepNeeds : [facts.kind === 'image' ? 'image generation' : 'text generation'];
  const status = lifecycleStatus(facts, now);
  if (status === 'shutdown') {
    const fits = suggestModels(needs, { now, prefer: facts }).map((m) => m.id);
    throw new ModelBindingError(
      `${facts.id} was ${describeLifecycle(facts, now)} and can no longer be used. Pick another model${fits.length ? `, e.g. ${fits.join(', ')}` : ''}.`,
    );
  }
  for (const step of steps) checkStep(facts, step, binding, now);
  const warnings: string[] = [];
  if (status === 'deprecated') {
    const [replacement] = suggestModels(needs, { now, prefer: facts, exclude: facts.id }).filter(
      (m) => lifecycleStatus(m, now) !== 'deprecated',
    );
    const when = facts.lifecycle.shutdownDate ? `shuts down on ${facts.lifecycle.shutdownDate}` : 'will be shut down (no date announced)';
    warnings.push(`${facts.id} is deprecated and ${when}.${replacement ? ` Consider ${replacement.id} instead.` : ''}`);
  }
  return { binding: { ...binding, model: facts.id }, facts, warnings };
}

/** Checks every binding of `spec` (default and per step); returns the spec with canonical ids, and warnings. */
export function checkSpecBindings(spec: AppSpec, now: Date = new Date()): { spec: AppSpec; warnings: string[] } {
  const warnings: string[] = [];
  const app = checkBinding(spec.model, { stepId: null, steps: stepsUsingDefault(spec) }, now);
  warnings.push(...app.warnings);
  const steps = spec.steps.map((step) => {
    if (!step.model) return step;
    const checked = checkBinding(step.model, { stepId: step.id, steps: spec.steps }, now);
    warnings.push(...checked.warnings);
    return { ...step, model: checked.binding };
  });
  return { spec: { ...spec, model: app.binding, steps }, warnings: [...new Set(warnings)] };
}

/**
 * Gives each AI step that the app's default model cannot run (an image step in a text app)
 * its own binding to the best-fitting model, so a composed app works as described.
 * Returns the spec and one sentence per step bound.
 */
export function bindUnfitSteps(spec: AppSpec, now: Date = new Date()): { spec: AppSpec; notes: string[] } {
  const fallback = findModel(spec.model.model);
  if (!fallback) return { spec, notes: [] };
  const notes: string[] = [];
  const steps = spec.steps.map((step) => {
    const needs = STEP_NEEDS[step.kind];
    if (step.model !== undefined || needs === null || needs.every((n) => modelHas(fallback, n))) return step;
    const [fit] = suggestModels(needs, { now, prefer: fallback });
    if (!fit) return step;
    notes.push(
      `Step "${step.id}" (${step.kind}) runs on ${fit.id}, because ${fallback.id} lacks ${joinList(needs.filter((n) => !modelHas(fallback, n)))}.`,
    );
    return { ...step, model: { model: fit.id, options: {} } };
  });
  return { spec: { ...spec, steps }, notes };
}
