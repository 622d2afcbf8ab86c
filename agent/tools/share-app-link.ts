/**
 * "Give me the public link": opens the app to anyone holding a link (access public-link,
 * saved as a version when it was not already) and mints a link, whose address is shown once.
 */
import { z } from 'zod';
import { commitSpec } from './commit-spec';
import { loadApp } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool, ToolResult } from './tool';
import { ToolError } from './tool-error';

export const ShareAppLinkInputSchema = z.object({ slug: SlugInput });
export type ShareAppLinkInput = z.infer<typeof ShareAppLinkInputSchema>;

export interface SharedLink {
  slug: string;
  version: number;
  /** Path of the link on this server (/p/<token>). */
  path: string;
  /** The full address when the server knows its own; null otherwise. */
  url: string | null;
  /** True when this call switched the app's access to public-link. */
  madePublic: boolean;
}

/** How a freshly minted link is announced; its token is shown this once. */
export function linkSentence(link: { path: string; url: string | null }): string {
  return `Public link: ${link.url ?? link.path} — anyone with it can run the app, nothing else. Copy it now; it is not shown again.`;
}

export const shareAppLinkTool: Tool<typeof ShareAppLinkInputSchema, SharedLink> = {
  name: 'share_app_link',
  description:
    "Creates a public link to an app: anyone with it can run the app (nothing else). Sets the app's access to public-link first if needed. The link is shown once; each call makes a new one.",
  input: ShareAppLinkInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: false, idempotentHint: false },
  async run(ctx, input) {
    let app = await loadApp(ctx, input.slug);
    if (!ctx.services)
      throw new ToolError(
        'refused',
        `Public links are made by the Toolwright server; open the builder or use POST /api/apps/${app.slug}/public-links.`,
      );
    let changed: ToolResult['app'];
    const madePublic = app.spec.access.level !== 'public-link';
    if (madePublic) {
      const committed = await commitSpec(
        ctx,
        app,
        { ...app.spec, access: { level: 'public-link' } },
        {
          action: 'set_access',
          note: 'share_app_link: public-link',
          summary: '',
        },
      );
      changed = committed.app;
      app = { ...app, version: committed.data.version, spec: committed.data.spec };
    }
    const link = await ctx.services.createPublicLink(app, ctx.actor);
    const was = madePublic ? ` ${app.slug} is now public-link.` : '';
    return {
      summary: `${linkSentence(link)}${was}`,
      data: { slug: app.slug, version: app.version, path: link.path, url: link.url, madePublic },
      ...(changed ? { app: changed } : {}),
    };
  },
};
