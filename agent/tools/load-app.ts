/** Finds an app of the caller's workspace, or says which apps exist. */
import type { StoredApp } from '../ports/apps';
import { canSeeApp } from '../access/can-see-app';
import type { ToolContext } from './tool';
import { ToolError } from './tool-error';

export async function loadApp(ctx: ToolContext, slug: string): Promise<StoredApp> {
  const app = await ctx.store.getApp(slug);
  if (app && canSeeApp(ctx.actor, app)) return app;
  const apps = (await ctx.store.listApps(ctx.actor.workspaceId)).filter((a) => canSeeApp(ctx.actor, a));
  const known = apps.length > 0 ? `Apps: ${apps.map((a) => a.slug).join(', ')}.` : 'There are no apps yet; create one with create_app.';
  throw new ToolError('not-found', `There is no app "${slug}". ${known}`);
}

/** The day lifecycles are judged on. */
export function today(ctx: ToolContext): Date {
  return ctx.clock?.() ?? new Date();
}
