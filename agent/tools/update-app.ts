import { z } from 'zod';
import { bindUnfitSteps } from '../spec/capabilities';
import { applyAppChanges, describeChanges } from './apply-app-changes';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp, today } from './load-app';
import { AppChangeSchema } from './app-change';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { changeNotes } from './change-notes';

export type { AppChange } from './app-change';

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
  writeHints: { destructiveHint: true, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const changed = applyAppChanges(app.spec, input.changes);
    const bound = bindUnfitSteps(changed, today(ctx));
    const { spec } = bound;
    const notes = [...changeNotes(app.spec, spec), ...bound.notes];
    const note = `update_app: ${describeChanges(input.changes)}`;
    const plural = input.changes.length === 1 ? 'change' : 'changes';
    return commitSpec(ctx, app, spec, {
      action: 'update_app',
      note,
      summary: `Applied ${input.changes.length} ${plural} to ${app.slug} (${describeChanges(input.changes)}).${notes.length ? ` ${notes.join(' ')}` : ''}`,
    });
  },
};
