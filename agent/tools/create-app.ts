import { z } from 'zod';
import {
  CollectionInputSchema,
  FieldInputSchema,
  ModelBindingInputSchema,
  StepInputSchema,
  TriggerInputSchema,
} from './spec-inputs';

export const CreateAppInputSchema = z.object({
  name: z.string().min(1).max(120).describe('App name shown to people, e.g. "Support reply drafter". The slug is derived from it.'),
  description: z.string().max(2000).nullable().describe('One or two sentences on what the app does; null = the template description or empty.'),
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
  steps: z
    .array(StepInputSchema)
    .max(30)
    .nullable()
    .describe("Steps run in order; null = the template's (or none)."),
  collections: z
    .array(CollectionInputSchema)
    .max(20)
    .nullable()
    .describe("Built-in tables the app keeps records in; null = the template's (or none)."),
  triggers: z
    .array(TriggerInputSchema)
    .max(20)
    .nullable()
    .describe("What starts a run; null = the template's (or manual only)."),
  model: ModelBindingInputSchema.nullable().describe(
    "Default model for AI steps without their own; null = the template's (or a sensible current text model).",
  ),
});
export type CreateAppInput = z.infer<typeof CreateAppInputSchema>;
