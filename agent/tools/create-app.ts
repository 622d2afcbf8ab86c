import { z } from 'zod';
import { findModel, isShutDown } from '../catalog';
import { SPEC_VERSION, type AppSpecInput, type ModelBinding } from '../spec/app-spec';
import { bindUnfitSteps, suggestModels } from '../spec/capabilities';
import { bindToFit } from '../spec/document-fit';
import { requireTemplate } from '../templates/catalogue';
import { parseAppSpec } from '../spec/validate-spec';
import { uniqueSlug } from './app-slug';
import { changeResult, checkCandidate, type AppChangeData } from './commit-spec';
import { today } from './load-app';
import {
  CollectionInputSchema,
  FieldInputSchema,
  ModelBindingInputSchema,
  StepInputSchema,
  TriggerInputSchema,
  toCollection,
  toField,
  toModelBinding,
  toStep,
  toTrigger,
} from './spec-inputs';
import { StatedWorkloadInputSchema } from './stated-workload-input';
import type { Tool } from './tool';

export const CreateAppInputSchema = z.object({
  name: z.string().min(1).max(120).describe('App name shown to people, e.g. "Support reply drafter". The slug is derived from it.'),
  description: z
    .string()
    .max(2000)
    .nullable()
    .describe('One or two sentences on what the app does; null = the template description or empty.'),
  template: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .describe('Template id to start from (see list_templates); null = build from scratch with the parts below.'),
  inputs: z
    .array(FieldInputSchema)
    .max(50)
    .nullable()
    .describe("The app's form fields; null = the template's (or none when from scratch)."),
  steps: z.array(StepInputSchema).max(30).nullable().describe("Steps run in order; null = the template's (or none)."),
  collections: z
    .array(CollectionInputSchema)
    .max(20)
    .nullable()
    .describe("Built-in tables the app keeps records in; null = the template's (or none)."),
  triggers: z.array(TriggerInputSchema).max(20).nullable().describe("What starts a run; null = the template's (or manual only)."),
  model: ModelBindingInputSchema.nullable().describe(
    "Default model for AI steps without their own; null = the template's (or a sensible current text model).",
  ),
  workload: z
    .array(StatedWorkloadInputSchema)
    .max(10)
    .nullable()
    .describe('Sizes and volumes the user stated ("300-page contracts", "500 a week"); null = none said.'),
});
export type CreateAppInput = z.infer<typeof CreateAppInputSchema>;

/** Default text model for apps built from scratch: fast, cheap, structured output, long context. */
const PREFERRED_TEXT_MODEL = 'gemini-3-flash-preview';

function defaultBinding(now: Date): ModelBinding {
  const preferred = findModel(PREFERRED_TEXT_MODEL);
  const model = preferred && !isShutDown(preferred, now) ? preferred : suggestModels(['text generation', 'structured output'], { now })[0];
  return { model: model?.id ?? PREFERRED_TEXT_MODEL, options: {} };
}

export const createAppTool: Tool<typeof CreateAppInputSchema, AppChangeData> = {
  name: 'create_app',
  description:
    'Creates an app (version 1), from a template or from scratch: give a template id and override any part, or give the inputs, steps, collections, triggers and model yourself. Image steps without a model of their own get a fitting image model. Returns the new slug.',
  input: CreateAppInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: false, idempotentHint: false },
  async run(ctx, input) {
    const now = today(ctx);
    const template = input.template === null ? null : requireTemplate(input.template);
    const base = template?.spec;
    const candidate: AppSpecInput = {
      specVersion: SPEC_VERSION,
      name: input.name,
      slug: await uniqueSlug(ctx.store, input.name),
      description: input.description ?? base?.description ?? '',
      ...(template ? { template: template.id } : {}),
      model: input.model ? toModelBinding(input.model) : (base?.model ?? defaultBinding(now)),
      inputs: input.inputs?.map(toField) ?? base?.inputs ?? [],
      steps: input.steps?.map(toStep) ?? base?.steps ?? [],
      collections: input.collections?.map(toCollection) ?? base?.collections ?? [],
      triggers: input.triggers?.map(toTrigger) ?? base?.triggers ?? [{ kind: 'manual' }],
      access: base?.access ?? { level: 'private' },
      workload: input.workload ?? base?.workload ?? [],
    };
    const capable = bindUnfitSteps(parseAppSpec(candidate), now);
    // A model the person named stays (and is refused if too small); a default is moved to one that fits the stated documents.
    const fitted = input.model === null ? bindToFit(capable.spec, now) : { spec: capable.spec, notes: [] };
    const bound = { spec: fitted.spec, notes: [...capable.notes, ...fitted.notes] };
    const { spec, warnings } = checkCandidate(ctx, bound.spec);
    const note = template ? `create_app from template ${template.id}` : 'create_app from scratch';
    const app = await ctx.store.createApp({ workspaceId: ctx.actor.workspaceId, spec, createdBy: ctx.actor.userId, note });
    await ctx.store.appendAudit({
      workspaceId: ctx.actor.workspaceId,
      actorId: ctx.actor.userId,
      action: 'app.create_app',
      target: app.slug,
      detail: { version: app.version, note },
    });
    const steps = spec.steps.map((s) => `${s.id} (${s.kind}${s.model ? `, ${s.model.model}` : ''})`).join(', ') || 'no steps yet';
    const summary = `Created ${spec.name} as ${app.slug}${template ? ` from ${template.id}` : ''}: ${steps}; default model ${spec.model.model}.${bound.notes.length ? ` ${bound.notes.join(' ')}` : ''}`;
    return changeResult(app, note, warnings, summary);
  },
};
