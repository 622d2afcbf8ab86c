import { z } from 'zod';
import { bindUnfitSteps } from '../spec/capabilities';
import { applyAppChanges, describeChanges } from './apply-app-changes';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp, today } from './load-app';
import { CollectionInputSchema, FieldInputSchema, IdentifierInput, SlugInput, StepInputSchema } from './spec-inputs';
import type { Tool } from './tool';

/** One edit of an app; `update_app` applies a list of them in order and saves one new version. */
export const AppChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('rename'), name: z.string().min(1).max(120).describe('New app name (the slug stays).') }).describe('Rename the app.'),
  z.object({ op: z.literal('describe'), description: z.string().max(2000).describe('New description.') }).describe('Replace the description.'),
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
]);
export type AppChange = z.infer<typeof AppChangeSchema>;

export const UpdateAppInputSchema = z.object({
  slug: SlugInput,
  changes: z.array(AppChangeSchema).min(1).max(50).describe('Edits applied in order; all succeed together or none is saved.'),
});
export type UpdateAppInput = z.infer<typeof UpdateAppInputSchema>;

export const updateAppTool: Tool<typeof UpdateAppInputSchema, AppChangeData> = {
  name: 'update_app',
  description:
    'Changes an app with a list of edits applied in order and saved as one new version: rename, describe, add/remove/rename/replace input fields, add/remove/replace steps, add/remove collections and collection fields. Renaming an input rewrites its {{inputs.x}} references.',
  input: UpdateAppInputSchema,
  minRole: 'editor',
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const changed = applyAppChanges(app.spec, input.changes);
    const { spec, notes } = bindUnfitSteps(changed, today(ctx));
    const note = `update_app: ${describeChanges(input.changes)}`;
    const plural = input.changes.length === 1 ? 'change' : 'changes';
    return commitSpec(ctx, app, spec, {
      action: 'update_app',
      note,
      summary: `Applied ${input.changes.length} ${plural} to ${app.slug} (${describeChanges(input.changes)}).${notes.length ? ` ${notes.join(' ')}` : ''}`,
    });
  },
};
