import { z } from 'zod';
import { canSeeApp } from '../access/can-see-app';
import type { Tool } from './tool';

export const ListAppsInputSchema = z.object({
  query: z.string().max(200).nullable().describe('Only apps whose name, slug or description contains this text; null = all.'),
});
export type ListAppsInput = z.infer<typeof ListAppsInputSchema>;

export interface AppListItem {
  slug: string;
  name: string;
  description: string;
  version: number;
  template: string | null;
  model: string;
  updatedAt: string;
}

export const listAppsTool: Tool<typeof ListAppsInputSchema, { apps: AppListItem[] }> = {
  name: 'list_apps',
  description: "Lists the workspace's apps (slug, name, current version, default model), optionally filtered by a text.",
  input: ListAppsInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    const needle = input.query?.trim().toLowerCase() ?? '';
    const apps = (await ctx.store.listApps(ctx.actor.workspaceId))
      .filter((a) => canSeeApp(ctx.actor, a))
      .filter((a) => !needle || `${a.slug} ${a.spec.name} ${a.spec.description}`.toLowerCase().includes(needle))
      .map((a) => ({
        slug: a.slug,
        name: a.spec.name,
        description: a.spec.description,
        version: a.version,
        template: a.spec.template ?? null,
        model: a.spec.model.model,
        updatedAt: a.updatedAt,
      }));
    const summary =
      apps.length === 0
        ? needle
          ? `No app matches "${input.query}".`
          : 'There are no apps yet; create one with create_app.'
        : `${apps.length} app${apps.length === 1 ? '' : 's'}: ${apps.map((a) => a.slug).join(', ')}.`;
    return { summary, data: { apps } };
  },
};
