/**
 * AppSpec: the versioned, JSON-serialisable description of one internal tool.
 *
 * Everything the runtime serves (form, steps, tables, triggers, access) is derived from a
 * spec returned by `AppSpecSchema.parse`, never from raw store JSON. Maps are written as
 * arrays of `{ name, value }` so the same shapes can appear in strict tool schemas.
 */
import { z } from 'zod';
import { APPROVAL_OUTPUTS, ApprovalDeadlineSchema, ApproverRoleSchema } from './approval-step';
import { IdentifierSchema, NamedValueSchema } from './spec-names';
import { TestSetSchema } from './test-cases';

export { IdentifierSchema, NamedValueSchema } from './spec-names';

/** Bumped when a persisted spec would no longer parse; old versions get a migration. */
export const SPEC_VERSION = 1 as const;

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be lower-case letters, digits and dashes (max 64)');

export const FieldTypeSchema = z.enum([
  'text',
  'longText',
  'number',
  'boolean',
  'date',
  'select',
  'email',
  'url',
  'image',
  'file',
  /** PDF, DOCX, TXT or Markdown; the runtime extracts its text. */
  'document',
]);
export type FieldType = z.infer<typeof FieldTypeSchema>;

/** A typed field: an input of the app's form, a column of a collection, or an extracted value. */
export const FieldSchema = z.object({
  name: IdentifierSchema,
  label: z.string().min(1).max(120),
  type: FieldTypeSchema,
  required: z.boolean().default(false),
  /** Choices; required (and only allowed) for `select`. */
  options: z.array(z.string().min(1).max(120)).max(100).optional(),
  /** One line of guidance shown under the field, and given to the model for `extract`. */
  help: z.string().max(500).optional(),
});
export type Field = z.infer<typeof FieldSchema>;

export const ThinkingLevelSchema = z.enum(['minimal', 'low', 'medium', 'high']);
export const ImageQualitySchema = z.enum(['low', 'medium', 'high']);
export const ImageSizeSchema = z.enum(['1024x1024', '1024x1536', '1536x1024']);

/** Which model runs a step, and how. `model` is a model-directory id (or alias, resolved on bind). */
export const ModelBindingSchema = z.object({
  model: z.string().min(1).max(120),
  /** Omitted: the provider that the directory lists for the model. */
  provider: z.enum(['openai', 'google', 'openai-compatible']).optional(),
  options: z
    .object({
      thinkingLevel: ThinkingLevelSchema.optional(),
      temperature: z.number().min(0).max(2).optional(),
      imageQuality: ImageQualitySchema.optional(),
      imageSize: ImageSizeSchema.optional(),
    })
    .default({}),
});
export type ModelBinding = z.infer<typeof ModelBindingSchema>;

const stepBase = {
  id: IdentifierSchema,
  /** Human title shown in the run view. */
  title: z.string().min(1).max(120),
  /** Overrides the app's default binding for this step. */
  model: ModelBindingSchema.optional(),
};

/** Prompts reference `{{inputs.<field>}}` and earlier steps' outputs (see STEP_OUTPUTS). */
const PromptSchema = z.string().min(1).max(20_000);

export const StepSchema = z.discriminatedUnion('kind', [
  z.object({ ...stepBase, kind: z.literal('generate-text'), prompt: PromptSchema, system: z.string().max(20_000).optional() }),
  z.object({ ...stepBase, kind: z.literal('extract'), prompt: PromptSchema, fields: z.array(FieldSchema).min(1).max(50) }),
  z.object({ ...stepBase, kind: z.literal('classify'), prompt: PromptSchema, labels: z.array(z.string().min(1).max(80)).min(2).max(50) }),
  z.object({
    ...stepBase,
    kind: z.literal('generate-image'),
    prompt: PromptSchema,
    quality: ImageQualitySchema.default('medium'),
    size: ImageSizeSchema.default('1024x1024'),
  }),
  z.object({
    ...stepBase,
    kind: z.literal('edit-image'),
    prompt: PromptSchema,
    /** Name of an input field of type `image` holding the reference photo. */
    imageInput: IdentifierSchema,
    quality: ImageQualitySchema.default('medium'),
    size: ImageSizeSchema.default('1024x1024'),
  }),
  z.object({
    ...stepBase,
    kind: z.literal('save-record'),
    collection: IdentifierSchema,
    values: z.array(NamedValueSchema).min(1).max(100),
  }),
  z.object({
    ...stepBase,
    kind: z.literal('call-webhook'),
    url: z.string().url().max(2000),
    method: z.enum(['POST', 'PUT']).default('POST'),
    /** JSON body template; omitted: the run's inputs and step outputs. */
    body: z.string().max(20_000).optional(),
  }),
  z.object({
    ...stepBase,
    kind: z.literal('notify'),
    channel: z.enum(['slack', 'email', 'webhook']),
    /** Slack incoming-webhook URL, email address, or webhook URL. */
    target: z.string().min(1).max(2000),
    message: PromptSchema,
  }),
  z.object({
    ...stepBase,
    kind: z.literal('approval'),
    /** The earlier step whose output waits for the decision (its text is what approvers may edit). */
    gates: IdentifierSchema,
    /** Least role that may decide. */
    role: ApproverRoleSchema.default('editor'),
    /** Shown to approvers above the pending output, e.g. "Check the tone before it goes to the customer." */
    message: z.string().max(2000).optional(),
    deadline: ApprovalDeadlineSchema.optional(),
  }),
  z.object({
    ...stepBase,
    kind: z.literal('retrieve'),
    /** What to look up in the app's knowledge documents; usually `{{inputs.question}}`. */
    query: PromptSchema,
    /** How many passages to hand on, most relevant first. */
    limit: z.number().int().min(1).max(20).default(5),
  }),
]);
export type Step = z.infer<typeof StepSchema>;
export type StepKind = Step['kind'];

/** What `{{steps.<id>.<output>}}` may name, per step kind (extract also exposes its field names). */
export const STEP_OUTPUTS: Record<StepKind, readonly string[]> = {
  'generate-text': ['text'],
  extract: ['json'],
  classify: ['label'],
  'generate-image': ['image'],
  'edit-image': ['image'],
  'save-record': ['recordId'],
  'call-webhook': ['status', 'body'],
  notify: ['status'],
  approval: APPROVAL_OUTPUTS,
  /** `passages`: numbered passages labelled with document and page, for a prompt; `sources`: the same as JSON. */
  retrieve: ['passages', 'sources'],
};

export const CollectionSchema = z.object({
  name: IdentifierSchema,
  label: z.string().min(1).max(120),
  fields: z.array(FieldSchema).min(1).max(100),
});
export type Collection = z.infer<typeof CollectionSchema>;

export const TriggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({
    kind: z.literal('schedule'),
    /** Five-field cron, evaluated in `timezone`. */
    cron: z.string().min(9).max(120),
    /** IANA time zone, e.g. Europe/Berlin. */
    timezone: z.string().min(1).max(64),
    /**
     * Inputs given to scheduled runs; values may use `{{schedule.since}}` (previous run's time)
     * and `{{schedule.records.<collection>}}` (that collection's records created since then, as JSON).
     */
    inputs: z.array(NamedValueSchema).max(50).default([]),
    /** Runs missed while the server was down: run once at start-up, or skip. */
    missed: z.enum(['run-once', 'skip']).default('run-once'),
  }),
  z.object({ kind: z.literal('webhook') }),
  z.object({ kind: z.literal('record-created'), collection: IdentifierSchema }),
  /**
   * Each new message in a watched IMAP mailbox starts a run (from, subject, text, attachments).
   * The mailbox and its credentials are the app's sealed settings, never part of the spec.
   */
  z.object({ kind: z.literal('email') }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;

export const AccessSchema = z.object({
  level: z.enum(['private', 'workspace', 'public-link']).default('private'),
});

/** One stated size or volume: `per: 'document'` is the size of one input, the rest are volumes per period. */
export const WorkloadSchema = z.object({
  amount: z.number().positive().max(1e9),
  /** What is counted: pages, documents, tokens, words, images, requests, tickets… */
  unit: z.string().min(1).max(40),
  per: z.enum(['document', 'run', 'day', 'week', 'month']),
});
export type Workload = z.infer<typeof WorkloadSchema>;

export const AppSpecSchema = z.object({
  specVersion: z.literal(SPEC_VERSION),
  name: z.string().min(1).max(120),
  slug: SlugSchema,
  description: z.string().max(2000).default(''),
  /** Template this app was created from, if any. */
  template: z.string().max(64).optional(),
  /** Default binding for AI steps without their own. */
  model: ModelBindingSchema,
  inputs: z.array(FieldSchema).max(50).default([]),
  steps: z.array(StepSchema).max(30).default([]),
  collections: z.array(CollectionSchema).max(20).default([]),
  triggers: z
    .array(TriggerSchema)
    .max(20)
    .default([{ kind: 'manual' }]),
  access: AccessSchema.default({ level: 'private' }),
  /** Sizes and volumes the user stated ("300-page contracts", "500 a week"); model fit and cost estimates use them. */
  workload: z.array(WorkloadSchema).max(10).default([]),
  /** Saved inputs with checks (test-cases.ts); kept with each version. Absent = none. */
  tests: TestSetSchema.optional(),
});
export type AppSpec = z.infer<typeof AppSpecSchema>;
/** What callers may write: defaults not yet applied. */
export type AppSpecInput = z.input<typeof AppSpecSchema>;
