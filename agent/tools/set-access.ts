import { z } from 'zod';
import { changeResult, commitSpec, type AppChangeData } from './commit-spec';
import { loadApp } from './load-app';
import { linkSentence } from './share-app-link';
import { AccessLevelInputSchema, SlugInput } from './spec-inputs';
import type { Tool } from './tool';

export const SetAccessInputSchema = z.object({
  slug: SlugInput,
  level: AccessLevelInputSchema,
});
export type SetAccessInput = z.infer<typeof SetAccessInputSchema>;

export const setAccessTool: Tool<typeof SetAccessInputSchema, AppChangeData> = {
  name: 'set_access',
  description:
    'Sets who can use an app: private (owner and editors), workspace (the whole team), or public-link (anyone with the link can run it).',
  input: SetAccessInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: true },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const note = `set_access: ${input.level}`;
    if (app.spec.access.level === input.level) {
      return changeResult(app, note, [], `${app.slug} is already ${input.level}; nothing changed.`);
    }
    const result = await commitSpec(
      ctx,
      app,
      { ...app.spec, access: { level: input.level } },
      {
        action: 'set_access',
        note,
        summary: `${app.slug} is now ${input.level} (was ${app.spec.access.level}).`,
      },
    );
    // Opened to a link: hand one out at once when the server can mint it (the chat, not bare MCP).
    if (input.level !== 'public-link' || !ctx.services) return result;
    const link = await ctx.services.createPublicLink({ ...app, version: result.data.version, spec: result.data.spec }, ctx.actor);
    return { ...result, summary: `${result.summary} ${linkSentence(link)}` };
  },
};
