import { z } from 'zod';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const RestoreAppVersionInputSchema = z.object({
  slug: SlugInput,
  version: z.number().int().min(1).max(1_000_000).describe('Version to bring back; it is saved as a new current version.'),
});
export type RestoreAppVersionInput = z.infer<typeof RestoreAppVersionInputSchema>;

export const restoreAppVersionTool: Tool<typeof RestoreAppVersionInputSchema, AppChangeData> = {
  name: 'restore_app_version',
  description:
    'Brings back a past version of an app exactly as it was, saved as a new version (history is kept). See get_app for the versions.',
  input: RestoreAppVersionInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const past = await ctx.store.getAppVersion(app.slug, input.version);
    if (!past) throw new ToolError('not-found', `App "${app.slug}" has no version ${input.version}; it has versions 1 to ${app.version}.`);
    return commitSpec(ctx, app, past.spec, {
      action: 'restore_app_version',
      note: `restore_app_version: version ${input.version}`,
      summary: `Restored ${app.slug} to version ${input.version} (saved as version ${app.version + 1}).`,
      // A past version may bind a model that has since shut down; restore it faithfully and say so.
      bindings: 'warn',
    });
  },
};
