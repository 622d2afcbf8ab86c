import { z } from 'zod';
import { describeTrigger } from '../spec/spec-labels';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp } from './load-app';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const RemoveTriggerInputSchema = z.object({
  slug: SlugInput,
  kind: z.enum(['manual', 'schedule', 'webhook', 'record-created', 'email']).describe('Kind of trigger to remove.'),
  cron: z.string().max(120).nullable().describe('For schedule: only the schedule with this cron; null = every schedule.'),
  collection: z.string().max(64).nullable().describe('For record-created: only the trigger on this collection; null = every one.'),
});
export type RemoveTriggerInput = z.infer<typeof RemoveTriggerInputSchema>;

export const removeTriggerTool: Tool<typeof RemoveTriggerInputSchema, AppChangeData> = {
  name: 'remove_trigger',
  description: 'Removes triggers of one kind from an app (narrowed by cron for schedules, by collection for record-created).',
  input: RemoveTriggerInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: true, idempotentHint: true },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const matches = (t: (typeof app.spec.triggers)[number]) =>
      t.kind === input.kind &&
      (input.cron === null || (t.kind === 'schedule' && t.cron === input.cron.trim())) &&
      (input.collection === null || (t.kind === 'record-created' && t.collection === input.collection));
    const removed = app.spec.triggers.filter(matches);
    if (removed.length === 0) {
      const has = app.spec.triggers.map((t) => describeTrigger(t, 'term')).join(', ') || 'none';
      throw new ToolError('not-found', `${app.slug} has no such ${input.kind} trigger; its triggers: ${has}.`);
    }
    const what = removed.map((t) => describeTrigger(t, 'term')).join(', ');
    return commitSpec(
      ctx,
      app,
      { ...app.spec, triggers: app.spec.triggers.filter((t) => !matches(t)) },
      {
        action: 'remove_trigger',
        note: `remove_trigger: ${what}`,
        summary: `${app.slug} no longer runs on ${what}.`,
      },
    );
  },
};
