/**
 * What an app costs to run: each AI step priced on its bound model with the catalog's
 * estimateCost, its prompt sized by rendering the app's own prompt with typical input values
 * and typical earlier-step outputs, then counted with the model's tokenizer.
 */
import { estimateCost, findModel, type CostEstimate } from '../catalog';
import type { AppSpec, Field, Step } from '../spec/app-spec';
import { fillReferences } from '../spec/references';
import { runsPerMonth as scheduleRunsPerMonth } from '../spec/schedule-rule';
import { stepTexts } from '../spec/step-texts';
import { documentInputsOf } from '../spec/document-fit';
import { statedDocumentSize, statedVolume } from '../spec/stated-workload';
import { effectiveBinding } from '../spec/bindings';
import { PASSAGE_TOKENS } from '../spec/retrieved-passage';

/** Typical values by field type, used when the caller gives no sample. */
const TYPICAL_VALUE: Record<Field['type'], string> = {
  text: 'A short line of text of about ten words, typed by a person.',
  longText: 'A typical pasted paragraph. '.repeat(60),
  number: '1250',
  boolean: 'true',
  date: '2026-11-25',
  select: '',
  email: 'alex.morgan@example.com',
  url: 'https://www.example.com/page',
  image: '',
  file: '',
  // A ten-page document's text; a stated workload (spec.workload) replaces this.
  document: 'A page of a typical business document, about five hundred words long. '.repeat(500),
};

export const ASSUMED_RUNS_PER_MONTH = 1_000;
const DEFAULT_OUTPUT_TOKENS = 500;

export interface StepCost {
  stepId: string;
  kind: Step['kind'];
  /** Null for steps that use no model. */
  model: string | null;
  perRun: number;
  perMonth: number;
  /** The catalog's line-by-line estimate; null when the step uses no model or the model is not in the directory. */
  estimate: CostEstimate | null;
}

export interface AppCost {
  runsPerMonth: number;
  /** Where the volume comes from: the caller, the app's stated workload, its schedule, or the assumed default. */
  volume: 'stated' | 'workload' | 'schedule' | 'assumed';
  perRun: number;
  perMonth: number;
  /** The stated document size the document inputs were priced at ("300 pages ≈ 195,000 tokens …"); null when none was used. */
  documentSize: string | null;
  /** False when some part could not be priced; the totals are then a lower bound. */
  complete: boolean;
  steps: StepCost[];
  notes: string[];
}

/** Rough text of about `tokens` tokens, standing in for an earlier step's output. */
function filler(tokens: number): string {
  return 'word '.repeat(tokens);
}

function outputTokens(step: Step, perTextStep: number): number {
  switch (step.kind) {
    case 'generate-text':
      return perTextStep;
    case 'extract':
      return 10 + 20 * step.fields.length;
    case 'classify':
      return 5;
    case 'retrieve':
      // Priced as if every passage it may hand on were full.
      return step.limit * PASSAGE_TOKENS;
    default:
      return 0;
  }
}

export interface CostOptions {
  runsPerMonth: number | null;
  samples: ReadonlyMap<string, string>;
  outputTokensPerStep: number | null;
  now: Date;
}

/** Runs a month: the caller's figure, else the stated workload, else the schedules, else the assumed default. */
export function volume(spec: AppSpec, options: CostOptions, notes: string[]): { runs: number; source: AppCost['volume'] } {
  if (options.runsPerMonth !== null) return { runs: options.runsPerMonth, source: 'stated' };
  const stated = statedVolume(spec.workload);
  if (stated) {
    notes.push(`Volume from the app's stated workload: ${stated.sentence}.`);
    return { runs: stated.runsPerMonth, source: 'workload' };
  }
  const schedules = spec.triggers.flatMap((t) => (t.kind === 'schedule' ? [t] : []));
  if (schedules.length === 0) return { runs: ASSUMED_RUNS_PER_MONTH, source: 'assumed' };
  return { runs: schedules.reduce((sum, t) => sum + scheduleRunsPerMonth(t.cron, t.timezone, options.now), 0), source: 'schedule' };
}

export function estimateAppCost(spec: AppSpec, options: CostOptions): AppCost {
  const notes: string[] = [];
  const { runs, source } = volume(spec, options, notes);
  const documentSize = statedDocumentSize(spec.workload);
  const perTextStep = options.outputTokensPerStep ?? DEFAULT_OUTPUT_TOKENS;
  const inputValue = (name: string): string => {
    const sample = options.samples.get(name);
    if (sample !== undefined) return sample;
    const field = spec.inputs.find((f) => f.name === name);
    if (!field) return '';
    return field.type === 'select' ? (field.options?.[0] ?? '') : TYPICAL_VALUE[field.type];
  };
  const steps: StepCost[] = spec.steps.map((step, i) => {
    const binding = effectiveBinding(spec, step);
    if (!binding) return { stepId: step.id, kind: step.kind, model: null, perRun: 0, perMonth: 0, estimate: null };
    const facts = findModel(binding.model);
    if (!facts) {
      notes.push(`Step "${step.id}" runs on ${binding.model}, which is not in the model directory, so it is not priced.`);
      return { stepId: step.id, kind: step.kind, model: binding.model, perRun: 0, perMonth: 0, estimate: null };
    }
    const earlier = spec.steps.slice(0, i);
    // A stated document size replaces the typical document text: counted as tokens, not rendered.
    const sized = documentSize ? documentInputsOf(spec, step).filter((f) => !options.samples.has(f.name)) : [];
    if (documentSize && sized.length > 0) {
      notes.push(`Step "${step.id}": each document is sized from the app's stated workload: ${documentSize.sentence}.`);
    }
    const prompt = stepTexts(step)
      .filter(({ path }) => path === 'prompt' || path === 'system')
      .map(({ text }) =>
        fillReferences(text, (ref) => {
          if (ref.kind === 'input') return sized.some((f) => f.name === ref.name) ? '' : inputValue(ref.name);
          if (ref.kind === 'step') {
            const source = earlier.find((s) => s.id === ref.stepId);
            return source ? filler(Math.max(outputTokens(source, perTextStep), 1)) : '';
          }
          return '';
        }),
      )
      .join('\n');
    const isImage = step.kind === 'generate-image' || step.kind === 'edit-image';
    if (step.kind === 'edit-image') {
      notes.push(`Step "${step.id}": the reference photo's own input cost depends on its resolution and is not included.`);
    }
    const estimate = estimateCost(
      facts,
      {
        requestsPerMonth: runs,
        promptText: prompt,
        ...(documentSize && sized.length > 0 ? { inputTokens: documentSize.tokens * sized.length } : {}),
        outputTokens: outputTokens(step, perTextStep),
        ...(isImage
          ? { images: 1, imageQuality: binding.options.imageQuality ?? step.quality, imageSize: binding.options.imageSize ?? step.size }
          : {}),
      },
      { strictImageOptions: false, now: options.now },
    );
    notes.push(
      ...estimate.notes.map((n) => `Step "${step.id}": ${n}`),
      ...estimate.unpriced.map((u) => `Step "${step.id}" not priced: ${u}.`),
    );
    return { stepId: step.id, kind: step.kind, model: facts.id, perRun: estimate.perRequest, perMonth: estimate.total, estimate };
  });
  return {
    runsPerMonth: runs,
    volume: source,
    perRun: steps.reduce((sum, s) => sum + s.perRun, 0),
    perMonth: steps.reduce((sum, s) => sum + s.perMonth, 0),
    documentSize: documentSize && spec.steps.some((s) => documentInputsOf(spec, s).length > 0) ? documentSize.sentence : null,
    complete: steps.every((s) => s.model === null || (s.estimate?.complete ?? false)),
    steps,
    notes,
  };
}
