/**
 * Deletes an app with its versions and records. The chat asks the person to confirm before
 * calling it; the HTTP DELETE route calls it too, so both are audited the same way.
 */
import { z } from 'zod';
import { loadApp } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';

export const DeleteAppInputSchema = z.object({
  slug: SlugInput,
  records: z
    .enum(['removed', 'kept'])
    .nullable()
    .describe(
      '"kept" when the person saved a copy of the records before deleting (the app page offers a download); null = removed. Recorded in the audit log.',
    ),
});
export type DeleteAppInput = z.infer<typeof DeleteAppInputSchema>;

export interface DeletedApp {
  slug: string;
  id: string;
  /** The version it had when it was deleted. */
  version: number;
  name: string;
}

export const deleteAppTool: Tool<typeof DeleteAppInputSchema, DeletedApp> = {
  name: 'delete_app',
  description:
    'Deletes an app for good: its spec, every version, its records and runs. Ask the person to confirm first; this cannot be undone.',
  input: DeleteAppInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: true },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    await ctx.store.deleteApp(app.slug);
    await ctx.store.appendAudit({
      workspaceId: app.workspaceId,
      actorId: ctx.actor.userId,
      action: 'app.delete',
      target: app.slug,
      detail: { version: app.version, records: input.records ?? 'removed' },
    });
    return {
      summary: `Deleted ${app.spec.name} (${app.slug}) and its ${app.version} version${app.version === 1 ? '' : 's'}.`,
      data: { slug: app.slug, id: app.id, version: app.version, name: app.spec.name },
      app: { slug: app.slug, version: app.version, deleted: { id: app.id } },
    };
  },
};
