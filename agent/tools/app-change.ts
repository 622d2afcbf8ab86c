import { z } from 'zod';
import { CollectionInputSchema, FieldInputSchema, IdentifierInput, StepInputSchema } from './spec-inputs';

/** One edit of an app; `update_app` applies a list of them in order and saves one new version. */
export const AppChangeSchema = z.discriminatedUnion('op', [
  z
    .object({ op: z.literal('rename'), name: z.string().min(1).max(120).describe('New app name (the slug stays).') })
    .describe('Rename the app.'),
  z
    .object({ op: z.literal('describe'), description: z.string().max(2000).describe('New description.') })
    .describe('Replace the description.'),
  z
    .object({
      op: z.literal('add_input'),
      field: FieldInputSchema,
      after: IdentifierInput.nullable().describe('Put it after this input field; null = at the end.'),
    })
    .describe('Add a form field.'),
  z.object({ op: z.literal('remove_input'), name: IdentifierInput.describe('Input field to remove.') }).describe('Remove a form field.'),
  z
    .object({
      op: z.literal('rename_input'),
      from: IdentifierInput.describe('Current field name.'),
      to: IdentifierInput.describe('New field name; {{inputs.<from>}} references are rewritten.'),
      label: z.string().min(1).max(120).nullable().describe('New label; null = keep.'),
    })
    .describe('Rename a form field and every reference to it.'),
  z
    .object({ op: z.literal('replace_input'), name: IdentifierInput.describe('Input field to replace.'), field: FieldInputSchema })
    .describe('Change a form field (type, label, options, required).'),
  z
    .object({
      op: z.literal('add_step'),
      step: StepInputSchema,
      after: IdentifierInput.nullable().describe('Insert after this step id; null = at the end.'),
    })
    .describe('Add a step.'),
  z.object({ op: z.literal('remove_step'), id: IdentifierInput.describe('Step id to remove.') }).describe('Remove a step.'),
  z
    .object({ op: z.literal('replace_step'), id: IdentifierInput.describe('Step id to replace.'), step: StepInputSchema })
    .describe('Replace a step in place (its position is kept).'),
  z.object({ op: z.literal('add_collection'), collection: CollectionInputSchema }).describe('Add a table.'),
  z.object({ op: z.literal('remove_collection'), name: IdentifierInput.describe('Collection to remove.') }).describe('Remove a table.'),
  z
    .object({ op: z.literal('add_collection_field'), collection: IdentifierInput.describe('Collection name.'), field: FieldInputSchema })
    .describe('Add a column to a table.'),
  z
    .object({
      op: z.literal('remove_collection_field'),
      collection: IdentifierInput.describe('Collection name.'),
      name: IdentifierInput.describe('Column to remove.'),
    })
    .describe('Remove a column from a table.'),
  z
    .object({
      op: z.literal('replace_collection_field'),
      collection: IdentifierInput.describe('Collection name.'),
      name: IdentifierInput.describe('Column to replace.'),
      field: FieldInputSchema,
    })
    .describe("Change a table's column in place (type, label, options); rows already kept keep their values."),
]);
export type AppChange = z.infer<typeof AppChangeSchema>;
