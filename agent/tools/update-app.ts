import { z } from 'zod';
import { bindUnfitSteps } from '../spec/capabilities';
import { applyAppChanges, describeChanges } from './apply-app-changes';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp, today } from './load-app';
import { AppChangeSchema } from './app-change';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import type { AppSpec } from '../spec/app-spec';
import { fieldTypeWord } from '../spec/plain-words';

export type { AppChange } from './app-change';

export const UpdateAppInputSchema = z.object({
  slug: SlugInput,
  changes: z.array(AppChangeSchema).min(1).max(50).describe('Edits applied in order; all succeed together or none is saved.'),
});
export type UpdateAppInput = z.infer<typeof UpdateAppInputSchema>;

/** What a prompt gained, said back so that the person sees the words the model will now read. */
function promptAdditions(before: AppSpec, after: AppSpec): string[] {
  return after.steps.flatMap((step) => {
    const old = before.steps.find((s) => s.id === step.id);
    if (!old || !('prompt' in old) || !('prompt' in step) || step.prompt === old.prompt || !step.prompt.startsWith(old.prompt)) return [];
    return [`The "${step.title}" step's prompt now ends: "${step.prompt.slice(old.prompt.length).trim()}"`];
  });
}

/** A form field changed in place, in words: "Deal size is now a number field", "Name shows the hint "e.g. Jane Doe"". */
function fieldChanges(before: AppSpec, after: AppSpec): string[] {
  return after.inputs.flatMap((field) => {
    const old = before.inputs.find((f) => f.name === field.name);
    if (!old) return [];
    const said = [
      old.type !== field.type ? `is now a ${fieldTypeWord(field.type)} field` : null,
      JSON.stringify(old.options ?? null) !== JSON.stringify(field.options ?? null) && field.options?.length
        ? `offers ${field.options.join(', ')}`
        : null,
      (old.required ?? false) !== (field.required ?? false) ? `is now ${field.required ? 'required' : 'optional'}` : null,
      (old.help ?? null) !== (field.help ?? null) ? (field.help ? `shows the hint "${field.help}"` : 'shows no hint') : null,
    ].filter((s) => s !== null);
    return said.length > 0 ? [`${field.label} ${said.join(' and ')}.`] : [];
  });
}

export const updateAppTool: Tool<typeof UpdateAppInputSchema, AppChangeData> = {
  name: 'update_app',
  description:
    'Changes an app with a list of edits applied in order and saved as one new version: rename, describe, add/remove/rename/replace input fields, add/remove/replace steps, add/remove collections and collection fields. Renaming an input rewrites its {{inputs.x}} references.',
  input: UpdateAppInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const changed = applyAppChanges(app.spec, input.changes);
    const bound = bindUnfitSteps(changed, today(ctx));
    const { spec } = bound;
    const notes = [...promptAdditions(app.spec, spec), ...fieldChanges(app.spec, spec), ...bound.notes];
    const note = `update_app: ${describeChanges(input.changes)}`;
    const plural = input.changes.length === 1 ? 'change' : 'changes';
    return commitSpec(ctx, app, spec, {
      action: 'update_app',
      note,
      summary: `Applied ${input.changes.length} ${plural} to ${app.slug} (${describeChanges(input.changes)}).${notes.length ? ` ${notes.join(' ')}` : ''}`,
    });
  },
};
