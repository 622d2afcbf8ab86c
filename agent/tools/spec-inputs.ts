/**
 * Strict-mode tool-input shapes of the AppSpec parts (fields, steps, bindings, collections,
 * triggers), and their conversion to the spec's own shapes.
 *
 * The AppSpec schema uses `.optional()`/`.default()`, which OpenAI strict mode cannot express,
 * so tools take these mirrors instead: every property present, `null` meaning "not set".
 */
import { z } from 'zod';
import { ApproverRoleSchema, DeadlineActionSchema } from '../spec/approval-step';
import {
  FieldTypeSchema,
  IdentifierSchema,
  ImageQualitySchema,
  ImageSizeSchema,
  ThinkingLevelSchema,
  type Collection,
  type Field,
  type ModelBinding,
  type Step,
  type Trigger,
} from '../spec/app-spec';

export const IdentifierInput = IdentifierSchema.describe(
  'Identifier: starts with a lower-case letter, then letters, digits or _ (e.g. "customerEmail").',
);

export const SlugInput = z
  .string()
  .min(1)
  .max(64)
  .describe('The app slug as shown by list_apps or returned by create_app (e.g. "support-reply-drafter").');

export const FieldInputSchema = z
  .object({
    name: IdentifierInput.describe('Field key used in {{inputs.<name>}} references and as the record column name.'),
    label: z.string().min(1).max(120).describe('Human label shown on the form or table header.'),
    type: FieldTypeSchema.describe(
      'text (one line), longText (paragraphs), number, boolean, date, select (needs options), email, url, image (upload), file (upload).',
    ),
    required: z.boolean().nullable().describe('Whether a value must be given; null = not required.'),
    options: z
      .array(z.string().min(1).max(120))
      .max(100)
      .nullable()
      .describe('Choices for a select field (required for select, null for every other type).'),
    help: z.string().max(500).nullable().describe('One line of guidance shown under the field; null for none.'),
  })
  .meta({ id: 'Field' });
export type FieldInput = z.infer<typeof FieldInputSchema>;

export const ModelOptionsInputSchema = z
  .object({
    thinkingLevel: ThinkingLevelSchema.nullable().describe('Reasoning effort for models that think; null = model default.'),
    temperature: z.number().min(0).max(2).nullable().describe('Sampling temperature 0..2; null = model default.'),
    imageQuality: ImageQualitySchema.nullable().describe('Image quality for image models; null = step setting.'),
    imageSize: ImageSizeSchema.nullable().describe('Image size for image models; null = step setting.'),
  })
  .meta({ id: 'ModelOptions' });
export type ModelOptionsInput = z.infer<typeof ModelOptionsInputSchema>;

export const ProviderInputSchema = z
  .enum(['openai', 'google', 'openai-compatible'])
  .nullable()
  .describe('Who serves the model; null = the provider the model directory lists (use openai-compatible for a local server).');

export const ModelBindingInputSchema = z
  .object({
    model: z.string().min(1).max(120).describe('Model id or alias from the model directory, e.g. "gemini-3-flash-preview".'),
    provider: ProviderInputSchema,
    options: ModelOptionsInputSchema.nullable().describe('Per-binding options; null = none.'),
  })
  .meta({ id: 'ModelBinding' });
export type ModelBindingInput = z.infer<typeof ModelBindingInputSchema>;

export const NamedValueInputSchema = z
  .object({
    name: IdentifierInput,
    value: z.string().max(20_000).describe('Value; may reference {{inputs.<field>}} and {{steps.<id>.<output>}}.'),
  })
  .meta({ id: 'NamedValue' });

const stepId = IdentifierInput.describe('Step id, unique in the app; later steps reference {{steps.<id>.<output>}}.');
const stepTitle = z.string().min(1).max(120).describe('Short human title shown in the run view.');
const stepModel = ModelBindingInputSchema.nullable().describe("This step's own model; null = the app's default model.");
const prompt = z
  .string()
  .min(1)
  .max(20_000)
  .describe(
    'Prompt; reference inputs as {{inputs.<field>}} and earlier outputs as {{steps.<id>.text}} (or .json, .label, .image, a field name of an extract step).',
  );
const quality = ImageQualitySchema.nullable().describe('Image quality; null = medium.');
const size = ImageSizeSchema.nullable().describe('Image size; null = 1024x1024.');

export const StepInputSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('generate-text'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        prompt,
        system: z.string().max(20_000).nullable().describe('System instructions (tone, rules); null for none.'),
      })
      .describe('Write text with a text model. Output: text.'),
    z
      .object({
        kind: z.literal('extract'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        prompt,
        fields: z.array(FieldInputSchema).min(1).max(50).describe('Typed fields to extract (structured output).'),
      })
      .describe('Pull typed fields out of text. Outputs: json, and each field name.'),
    z
      .object({
        kind: z.literal('classify'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        prompt,
        labels: z.array(z.string().min(1).max(80)).min(2).max(50).describe('The labels to choose from (at least two).'),
      })
      .describe('Pick one label. Output: label.'),
    z
      .object({ kind: z.literal('generate-image'), id: stepId, title: stepTitle, model: stepModel, prompt, quality, size })
      .describe('Create an image with an image model. Output: image.'),
    z
      .object({
        kind: z.literal('edit-image'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        prompt,
        imageInput: IdentifierInput.describe('Name of an input field of type image holding the reference photo.'),
        quality,
        size,
      })
      .describe('Edit an uploaded reference image with an image model. Output: image.'),
    z
      .object({
        kind: z.literal('save-record'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        collection: IdentifierInput.describe('Name of a collection of this app.'),
        values: z
          .array(NamedValueInputSchema)
          .min(1)
          .max(100)
          .describe('One entry per collection field to fill: name = field name, value = template.'),
      })
      .describe('Save a row into one of the app collections. Output: recordId.'),
    z
      .object({
        kind: z.literal('call-webhook'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        url: z.string().min(1).max(2000).describe('https URL to call.'),
        method: z.enum(['POST', 'PUT']).nullable().describe('HTTP method; null = POST.'),
        body: z.string().max(20_000).nullable().describe('JSON body template; null = the run inputs and step outputs.'),
      })
      .describe('Send data to an outside URL. Outputs: status, body.'),
    z
      .object({
        kind: z.literal('notify'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        channel: z.enum(['slack', 'email', 'webhook']).describe('Where to send the message.'),
        target: z.string().min(1).max(2000).describe('Slack incoming-webhook URL, email address, or webhook URL.'),
        message: prompt,
      })
      .describe('Send a message to people. Output: status.'),
    z
      .object({
        kind: z.literal('approval'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        gates: IdentifierInput.describe('Id of the earlier step whose output waits for a person (they may edit its text).'),
        role: ApproverRoleSchema.nullable().describe('Least role that may decide; null = editor.'),
        message: z.string().max(2000).nullable().describe('Shown to approvers above the pending output; null for none.'),
        deadline: z
          .object({
            hours: z.number().positive().max(2160).describe('Hours after the run paused.'),
            otherwise: DeadlineActionSchema.describe('reject, approve as it stands, or notify the approvers again and keep waiting.'),
          })
          .nullable()
          .describe('What happens when nobody decided in time; null = wait as long as it takes.'),
      })
      .describe('Pause the run until a person approves, edits or rejects the gated step output. Outputs: decision, text, by.'),
    z
      .object({
        kind: z.literal('retrieve'),
        id: stepId,
        title: stepTitle,
        model: stepModel,
        query: prompt,
        limit: z.number().int().min(1).max(20).nullable().describe('How many passages to hand on; null = 5.'),
      })
      .describe(
        "Look up the most relevant passages in the app's uploaded knowledge documents. Outputs: passages (numbered, with document and page, for a later prompt that asks to cite them as [n]), sources.",
      ),
  ])
  .meta({ id: 'Step' });
export type StepInput = z.infer<typeof StepInputSchema>;

export const CollectionInputSchema = z
  .object({
    name: IdentifierInput.describe('Collection (table) name, e.g. "tickets".'),
    label: z.string().min(1).max(120).describe('Human name of the table.'),
    fields: z.array(FieldInputSchema).min(1).max(100).describe('Columns of the table.'),
  })
  .meta({ id: 'Collection' });
export type CollectionInput = z.infer<typeof CollectionInputSchema>;

export const TriggerInputSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('manual') }).describe('Run from the app page or API.'),
    z
      .object({
        kind: z.literal('schedule'),
        cron: z.string().min(9).max(120).describe('Five-field cron, e.g. "0 9 * * 1" = Mondays 09:00.'),
        timezone: z.string().min(1).max(64).describe('IANA time zone, e.g. "Europe/Berlin" or "UTC".'),
        inputs: z
          .array(NamedValueInputSchema)
          .max(50)
          .nullable()
          .describe('Input values for scheduled runs; may use {{schedule.since}} (previous run time). null = none.'),
        missed: z.enum(['run-once', 'skip']).nullable().describe('Runs missed while the server was down; null = run-once.'),
      })
      .describe('Run on a schedule.'),
    z.object({ kind: z.literal('webhook') }).describe('Run when an outside system posts to the app webhook URL.'),
    z
      .object({ kind: z.literal('record-created'), collection: IdentifierInput.describe('Collection whose new records start a run.') })
      .describe('Run whenever a record is added to a collection.'),
    z
      .object({ kind: z.literal('email') })
      .describe('Run for each new email in a mailbox the app watches (the mailbox is set up on the app page).'),
  ])
  .meta({ id: 'Trigger' });
export type TriggerInput = z.infer<typeof TriggerInputSchema>;

export const AccessLevelInputSchema = z
  .enum(['private', 'workspace', 'public-link'])
  .describe('private = only you; workspace = your team; public-link = anyone with the link can run it.');

/** Copies `value` only when it is not null, so spec objects never carry nulls. */
function present<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

export function toField(input: FieldInput): Field {
  return {
    name: input.name,
    label: input.label,
    type: input.type,
    required: input.required ?? false,
    ...present('options', input.options),
    ...present('help', input.help),
  };
}

export function toModelBinding(input: ModelBindingInput): ModelBinding {
  const o = input.options;
  return {
    model: input.model,
    ...present('provider', input.provider),
    options: o
      ? {
          ...present('thinkingLevel', o.thinkingLevel),
          ...present('temperature', o.temperature),
          ...present('imageQuality', o.imageQuality),
          ...present('imageSize', o.imageSize),
        }
      : {},
  };
}

export function toStep(input: StepInput): Step {
  const base = { id: input.id, title: input.title, ...(input.model ? { model: toModelBinding(input.model) } : {}) };
  switch (input.kind) {
    case 'generate-text':
      return { ...base, kind: input.kind, prompt: input.prompt, ...present('system', input.system) };
    case 'extract':
      return { ...base, kind: input.kind, prompt: input.prompt, fields: input.fields.map(toField) };
    case 'classify':
      return { ...base, kind: input.kind, prompt: input.prompt, labels: input.labels };
    case 'generate-image':
      return { ...base, kind: input.kind, prompt: input.prompt, quality: input.quality ?? 'medium', size: input.size ?? '1024x1024' };
    case 'edit-image':
      return {
        ...base,
        kind: input.kind,
        prompt: input.prompt,
        imageInput: input.imageInput,
        quality: input.quality ?? 'medium',
        size: input.size ?? '1024x1024',
      };
    case 'save-record':
      return { ...base, kind: input.kind, collection: input.collection, values: input.values };
    case 'call-webhook':
      return { ...base, kind: input.kind, url: input.url, method: input.method ?? 'POST', ...present('body', input.body) };
    case 'notify':
      return { ...base, kind: input.kind, channel: input.channel, target: input.target, message: input.message };
    case 'approval':
      return {
        ...base,
        kind: input.kind,
        gates: input.gates,
        role: input.role ?? 'editor',
        ...present('message', input.message),
        ...present('deadline', input.deadline),
      };
    case 'retrieve':
      return { ...base, kind: input.kind, query: input.query, limit: input.limit ?? 5 };
    default: {
      const unreachable: never = input;
      return unreachable;
    }
  }
}

export function toCollection(input: CollectionInput): Collection {
  return { name: input.name, label: input.label, fields: input.fields.map(toField) };
}

export function toTrigger(input: TriggerInput): Trigger {
  if (input.kind !== 'schedule') return input;
  return { kind: 'schedule', cron: input.cron, timezone: input.timezone, inputs: input.inputs ?? [], missed: input.missed ?? 'run-once' };
}
