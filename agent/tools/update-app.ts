import { z } from 'zod';
import { bindUnfitSteps } from '../spec/capabilities';
import { applyAppChanges, describeChanges } from './apply-app-changes';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp, today } from './load-app';
import { AppChangeSchema } from './app-change';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import type { AppSpec } from '../spec/app-spec';

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
    const notes = [...promptAdditions(app.spec, spec), ...bound.notes];
    const note = `update_app: ${describeChanges(input.changes)}`;
    const plural = input.changes.length === 1 ? 'change' : 'changes';
    return commitSpec(ctx, app, spec, {
      action: 'update_app',
      note,
      summary: `Applied ${input.changes.length} ${plural} to ${app.slug} (${describeChanges(input.changes)}).${notes.length ? ` ${notes.join(' ')}` : ''}`,
    });
  },
};
