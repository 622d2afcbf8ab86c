import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { withBinding } from '../spec/bindings';
import { checkBinding, stepsUsingDefault } from '../spec/capabilities';
import { changeResult, commitSpec, type AppChangeData } from './commit-spec';
import { loadApp, today } from './load-app';
import { IdentifierInput, ModelOptionsInputSchema, ProviderInputSchema, SlugInput, toModelBinding } from './spec-inputs';
import type { Tool } from './tool';

export const BindModelInputSchema = z.object({
  slug: SlugInput,
  model: z.string().min(1).max(120).describe('Model id or alias from the model directory, e.g. "gemini-3.1-pro-preview".'),
  step: IdentifierInput.nullable().describe("Step id to bind; null = the app's default model (used by every step without its own)."),
  provider: ProviderInputSchema,
  options: ModelOptionsInputSchema.nullable().describe('Binding options (thinking level, temperature, image quality/size); null = none.'),
});
export type BindModelInput = z.infer<typeof BindModelInputSchema>;

export const bindModelTool: Tool<typeof BindModelInputSchema, AppChangeData> = {
  name: 'bind_model',
  description:
    'Switches the model of an app (its default, used by every AI step without its own) or of one step, with options. Refused when the model lacks what a step needs (the refusal names models that fit) or is shut down; a deprecated model is bound with a warning. Everything else in the app stays as it is.',
  input: BindModelInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: true },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const { spec } = app;
    const requested = toModelBinding({ model: input.model, provider: input.provider, options: input.options });
    const target = input.step === null ? { stepId: null, steps: stepsUsingDefault(spec) } : { stepId: input.step, steps: spec.steps };
    const { binding } = checkBinding(requested, target, today(ctx));
    const next = withBinding(spec, input.step, binding);
    const where = input.step === null ? 'the app default' : `step ${input.step}`;
    if (isDeepStrictEqual(next, spec)) {
      return changeResult(
        app,
        `bind_model: ${binding.model} for ${where}`,
        [],
        `${app.slug} already uses ${binding.model} for ${where}; nothing changed.`,
      );
    }
    return commitSpec(ctx, app, next, {
      action: 'bind_model',
      note: `bind_model: ${binding.model} for ${where}`,
      summary: `${app.slug} now uses ${binding.model} for ${where}.`,
    });
  },
};
