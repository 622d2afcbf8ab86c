/**
 * A side-by-side trial: the app's test set (or one input) run on 2–4 model bindings at once,
 * for the whole app (its default binding) or one step. Each binding is checked as bind_model
 * checks it; the server runs the cases with nothing saved to records and nothing sent, and
 * stores the trial. Without a key a binding's runs are dry runs that still show the requests
 * and the costs. Keeping a binding is bind_model (the trial's page has it as one button).
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { formatUsd } from '../catalog';
import type { Trial, TrialLane } from '../ports/trials';
import { checkBinding, stepsUsingDefault } from '../spec/capabilities';
import type { ModelBinding } from '../spec/app-spec';
import { loadApp, today } from './load-app';
import { IdentifierInput, ModelBindingInputSchema, NamedValueInputSchema, SlugInput, toModelBinding } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const TryModelsInputSchema = z.object({
  slug: SlugInput,
  bindings: z
    .array(ModelBindingInputSchema)
    .min(2)
    .max(4)
    .describe('The 2 to 4 models to try side by side (include the current one to compare against it).'),
  step: IdentifierInput.nullable().describe("Step to try the models on; null = the app's default model (every AI step without its own)."),
  inputs: z
    .array(NamedValueInputSchema)
    .max(50)
    .nullable()
    .describe("One input to try (name = input field); null = the app's whole test set (save_test_case adds to it)."),
});
export type TryModelsInput = z.infer<typeof TryModelsInputSchema>;

/** A binding in words: its model, and its options when it has any. */
function bindingLabel(binding: ModelBinding): string {
  const options = Object.entries(binding.options ?? {}).map(([k, v]) => `${k} ${String(v)}`);
  return options.length > 0 ? `${binding.model} (${options.join(', ')})` : binding.model;
}

function laneSentence(lane: TrialLane, runsPerMonth: number): string {
  const judged = lane.passed + lane.failed;
  const checks = judged > 0 ? `${lane.passed}/${judged} checks passed` : lane.notJudged > 0 ? 'checks not judged (dry run)' : 'no checks';
  const cost = `${lane.status === 'dry-run' ? 'would cost ' : ''}${formatUsd(lane.costPerRunUsd)} a run (${formatUsd(lane.costPerMonthUsd)} a month at ${runsPerMonth} runs)`;
  const errors = lane.cases.filter((c) => c.status === 'error').length;
  const failed = errors > 0 ? `, ${errors} case${errors === 1 ? '' : 's'} failed` : '';
  const latency = lane.status === 'dry-run' ? 'dry run' : `${lane.latencyMs} ms a run`;
  return `${bindingLabel(lane.binding)}: ${checks}, ${cost}, ${latency}${failed}`;
}

/** The trial in a few sentences: one per binding, then where to see it and keep one. */
export function describeTrial(trial: Trial): string {
  const what = trial.source === 'test-set' ? `${trial.lanes[0]?.cases.length ?? 0} test case(s)` : 'the input';
  const where = trial.step ? `step ${trial.step} of ${trial.appSlug}` : trial.appSlug;
  const dry = trial.lanes.some((l) => l.status === 'dry-run')
    ? ' Without a key a binding runs dry: the requests and costs are real, the outputs are not.'
    : '';
  return `Tried ${what} of ${where} on ${trial.lanes.length} models (trial ${trial.id}). ${trial.lanes.map((l) => laneSentence(l, trial.runsPerMonth)).join('; ')}.${dry} See it side by side and keep one on /apps/${trial.appSlug}?trial=${trial.id}.`;
}

export const tryModelsTool: Tool<typeof TryModelsInputSchema, Trial> = {
  name: 'try_models',
  description:
    "Tries an app's test set (or one input) on 2-4 models side by side, for the whole app or one step: per model and case the outputs, latency, tokens, cost per run and per month, and checks passed. Saves no records and sends nothing; without a key it is a dry run showing the requests and costs. Keep the better model with bind_model.",
  input: TryModelsInputSchema,
  minRole: 'runner',
  writeHints: { destructiveHint: false, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    if (!ctx.services) {
      throw new ToolError(
        'refused',
        `Trials are run by the Toolwright server; open /apps/${app.slug} or use POST /api/apps/${app.slug}/trials.`,
      );
    }
    const tests = app.spec.tests ?? [];
    if (input.inputs === null && tests.length === 0) {
      throw new ToolError('refused', `${app.slug} has no test cases yet; save a run as a test (save_test_case) or give the inputs to try.`);
    }
    const target =
      input.step === null ? { stepId: null, steps: stepsUsingDefault(app.spec) } : { stepId: input.step, steps: app.spec.steps };
    const bindings: ModelBinding[] = [];
    for (const requested of input.bindings) {
      const { binding } = checkBinding(toModelBinding(requested), target, today(ctx));
      if (bindings.some((b) => isDeepStrictEqual(b, binding))) {
        throw new ToolError('invalid-input', `${bindingLabel(binding)} is listed twice; list each model once.`);
      }
      bindings.push(binding);
    }
    const inputs = input.inputs === null ? null : Object.fromEntries(input.inputs.map((v) => [v.name, v.value]));
    const trial = await ctx.services.runTrial(app, { bindings, step: input.step, inputs }, ctx.actor);
    return { summary: describeTrial(trial), data: trial };
  },
};
