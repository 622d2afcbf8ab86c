import { z } from 'zod';
import type { AppSpec } from '../spec/app-spec';
import { loadApp } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const GetAppInputSchema = z.object({
  slug: SlugInput,
  version: z.number().int().min(1).max(1_000_000).nullable().describe('A past version to show; null = the current one.'),
});
export type GetAppInput = z.infer<typeof GetAppInputSchema>;

export interface AppView {
  slug: string;
  /** The version shown. */
  version: number;
  currentVersion: number;
  spec: AppSpec;
  versions: Array<{ version: number; note: string; createdAt: string; createdBy: string | null }>;
}

export const getAppTool: Tool<typeof GetAppInputSchema, AppView> = {
  name: 'get_app',
  description: "Shows an app's spec (current or a past version) and its version history with the note of each change.",
  input: GetAppInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const history = await ctx.store.listAppVersions(app.slug);
    const versions = history.map((v) => ({ version: v.version, note: v.note, createdAt: v.createdAt, createdBy: v.createdBy }));
    const shown = input.version === null ? { version: app.version, spec: app.spec } : history.find((v) => v.version === input.version);
    if (!shown) {
      throw new ToolError('not-found', `App "${app.slug}" has no version ${input.version}; it has versions 1 to ${app.version}.`);
    }
    const { spec } = shown;
    return {
      summary: `${spec.name} (${app.slug}) version ${shown.version} of ${app.version}: ${spec.steps.length} steps, default model ${spec.model.model}, access ${spec.access.level}.`,
      data: { slug: app.slug, version: shown.version, currentVersion: app.version, spec, versions },
    };
  },
};
