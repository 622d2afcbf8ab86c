/**
 * A step's input must fit its bound model. With a stated document size (spec.workload, e.g.
 * 300 pages a document), each AI step that reads a document input is sized — the document
 * once per reference plus the rest of the prompt — and checked against the model's input
 * limit: binding a model that is too small is refused (ContextFitError names the model, both
 * sizes and models that fit), and a new app's default choice is moved to a model that fits.
 */
import { contextFit, countTextTokens, findModel, formatCount, inputLimit, type ModelFacts } from '../catalog';
import type { AppSpec, Field, Step, Workload } from './app-spec';
import { stepsUsingDefault, suggestModels } from './capabilities';
import { ContextFitError } from './context-fit-error';
import { findReferences, fillReferences } from './references';
import { statedDocumentSize, type StatedDocumentSize } from './stated-workload';
import { STEP_NEEDS, type StepNeed } from './step-needs';
import { stepTexts } from './step-texts';
import { effectiveBinding } from './bindings';

/** The document inputs a step's prompt (or system text) references, once each. */
export function documentInputsOf(spec: Pick<AppSpec, 'inputs'>, step: Step): Field[] {
  const names = new Set(
    stepTexts(step)
      .filter(({ path }) => path === 'prompt' || path === 'system')
      .flatMap(({ text }) => findReferences(text).flatMap((r) => (r.kind === 'input' ? [r.name] : []))),
  );
  return spec.inputs.filter((f) => f.type === 'document' && names.has(f.name));
}

/** Estimated input tokens of `step` with documents of the stated size; null when it reads no document. */
export function estimatedStepInput(spec: AppSpec, step: Step, size: StatedDocumentSize): number | null {
  const documents = documentInputsOf(spec, step);
  if (documents.length === 0 || STEP_NEEDS[step.kind] === null) return null;
  const rest = stepTexts(step)
    .filter(({ path }) => path === 'prompt' || path === 'system')
    .map(({ text }) => fillReferences(text, (r) => (r.kind === 'input' && documents.some((d) => d.name === r.name) ? '' : null)))
    .join('\n');
  return size.tokens * documents.length + countTextTokens(rest);
}

/** The first usable model with every need whose input limit takes `tokens`: current before preview, `prefer`'s provider first. */
function firstThatFits(tokens: number, needs: readonly StepNeed[], now: Date, prefer: ModelFacts | null): ModelFacts | null {
  return suggestModels(needs, { now, prefer, limit: 100 }).find((m) => (inputLimit(m) ?? 0) >= tokens) ?? null;
}

/** Up to three model ids whose input limit takes `tokens` and that have `needs`, `prefer`'s provider first. */
export function modelsThatFit(
  tokens: number,
  needs: readonly StepNeed[],
  now: Date = new Date(),
  prefer: ModelFacts | null = null,
): string[] {
  return suggestModels(needs, { now, prefer, limit: 100 })
    .filter((m) => (inputLimit(m) ?? 0) >= tokens)
    .slice(0, 3)
    .map((m) => m.id);
}

export interface FittingModel {
  model: ModelFacts;
  /** "gemini-3-flash-preview takes 1,048,576 input tokens: enough for 300 pages ≈ 195,000 tokens (…)". */
  reason: string;
}

/**
 * A model of `kind` (text, or any step needs) whose input limit takes one document of the
 * workload's stated size; null when no size is stated or nothing fits. For the planner and
 * create_app when they choose a default model.
 */
export function modelThatFits(
  workload: readonly Workload[],
  needs: readonly StepNeed[] = ['text generation'],
  options: { now?: Date; prefer?: ModelFacts | null } = {},
): FittingModel | null {
  const size = statedDocumentSize(workload);
  if (!size) return null;
  const model = firstThatFits(size.tokens, needs, options.now ?? new Date(), options.prefer ?? null);
  if (!model) return null;
  return { model, reason: `${model.id} takes ${formatCount(inputLimit(model) ?? 0)} input tokens: enough for ${size.sentence}` };
}

interface StepFit {
  step: Step;
  model: ModelFacts;
  tokens: number;
}

/** Steps whose bound model (own or default) cannot take their stated input. */
function unfitSteps(spec: AppSpec, size: StatedDocumentSize): StepFit[] {
  return spec.steps.flatMap((step) => {
    const tokens = estimatedStepInput(spec, step, size);
    const binding = effectiveBinding(spec, step);
    const model = binding ? findModel(binding.model) : null;
    if (tokens === null || !model || contextFit(model, tokens).fits) return [];
    return [{ step, model, tokens }];
  });
}

/** Throws ContextFitError for the first step whose model cannot take the stated document size. */
export function checkContextFit(spec: AppSpec, now: Date = new Date()): void {
  const size = statedDocumentSize(spec.workload);
  const [unfit] = size ? unfitSteps(spec, size) : [];
  if (!size || !unfit) return;
  const { step, model, tokens } = unfit;
  const limit = inputLimit(model) ?? 0;
  const needs = STEP_NEEDS[step.kind] ?? [];
  const fits = modelsThatFit(tokens, needs, now, model);
  const where = step.model ? '' : ` (the app's default model)`;
  throw new ContextFitError(
    model.id,
    step.id,
    tokens,
    limit,
    fits,
    `${model.id}${where} takes ${formatCount(limit)} input tokens, but step "${step.id}" would send about ${formatCount(tokens)}: the stated ${size.sentence}, plus its prompt. ${fits.length > 0 ? `Models that fit: ${fits.join(', ')}.` : 'No model in the directory takes that much; state a smaller document size.'}`,
  );
}

/**
 * For a new app whose models nobody named: moves the default (and any step's own model)
 * that cannot take the stated document size to a model that can. One sentence per move.
 */
export function bindToFit(spec: AppSpec, now: Date = new Date()): { spec: AppSpec; notes: string[] } {
  const size = statedDocumentSize(spec.workload);
  if (!size) return { spec, notes: [] };
  const unfit = unfitSteps(spec, size);
  const notes: string[] = [];
  let next = spec;
  const usingDefault = new Set(stepsUsingDefault(spec).map((s) => s.id));
  const defaultUnfit = unfit.filter((u) => usingDefault.has(u.step.id));
  if (defaultUnfit.length > 0) {
    const needs = [...new Set(stepsUsingDefault(spec).flatMap((s) => STEP_NEEDS[s.kind] ?? []))];
    const tokens = Math.max(...defaultUnfit.map((u) => u.tokens));
    const old = defaultUnfit[0]!.model;
    const fit = firstThatFits(tokens, needs, now, old);
    if (fit) {
      next = { ...next, model: { model: fit.id, options: {} } };
      notes.push(
        `The app runs on ${fit.id} (${formatCount(inputLimit(fit) ?? 0)} input tokens), because the stated ${size.sentence} do not fit ${old.id}'s ${formatCount(inputLimit(old) ?? 0)}.`,
      );
    }
  }
  for (const { step, model, tokens } of unfit.filter((u) => !usingDefault.has(u.step.id))) {
    const fit = firstThatFits(tokens, STEP_NEEDS[step.kind] ?? [], now, model);
    if (!fit) continue;
    next = { ...next, steps: next.steps.map((s) => (s.id === step.id ? { ...s, model: { model: fit.id, options: {} } } : s)) };
    notes.push(
      `Step "${step.id}" runs on ${fit.id} (${formatCount(inputLimit(fit) ?? 0)} input tokens), because the stated ${size.sentence} do not fit ${model.id}'s ${formatCount(inputLimit(model) ?? 0)}.`,
    );
  }
  return { spec: next, notes };
}

/** Whether the app's models take its stated document size, for the reply after building it; null when no size is stated or no step reads a document. */
export function documentFitSentence(spec: AppSpec): string | null {
  const size = statedDocumentSize(spec.workload);
  if (!size) return null;
  const parts = spec.steps.flatMap((step) => {
    const tokens = estimatedStepInput(spec, step, size);
    const binding = effectiveBinding(spec, step);
    const model = binding ? findModel(binding.model) : null;
    return tokens !== null && model
      ? [`step "${step.id}" on ${model.id}: about ${formatCount(tokens)} tokens, ${contextFit(model, tokens).sentence}`]
      : [];
  });
  return parts.length > 0 ? `Documents are stated as ${size.sentence}; ${parts.join('; ')}.` : null;
}
