import { z } from 'zod';
import { describeTrigger } from '../spec/spec-labels';
import { commitSpec, type AppChangeData } from './commit-spec';
import { loadApp } from './load-app';
import { SlugInput, TriggerInputSchema, toTrigger } from './spec-inputs';
import type { Tool } from './tool';

export const AddTriggerInputSchema = z.object({
  slug: SlugInput,
  trigger: TriggerInputSchema,
});
export type AddTriggerInput = z.infer<typeof AddTriggerInputSchema>;

export const addTriggerTool: Tool<typeof AddTriggerInputSchema, AppChangeData> = {
  name: 'add_trigger',
  description:
    'Adds what starts an app run: manual, a schedule (five-field cron in an IANA time zone, e.g. "0 9 * * 1" Europe/Berlin = Mondays 09:00), an inbound webhook, a new record in one of its collections, or a new email in a mailbox (set up on the app page).',
  input: AddTriggerInputSchema,
  minRole: 'editor',
  writeHints: { destructiveHint: false, idempotentHint: false },
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const trigger = toTrigger(input.trigger);
    const what = describeTrigger(trigger, 'term');
    return commitSpec(
      ctx,
      app,
      { ...app.spec, triggers: [...app.spec.triggers, trigger] },
      {
        action: 'add_trigger',
        note: `add_trigger: ${what}`,
        summary:
          trigger.kind === 'email'
            ? `${app.slug} now also runs for each new email. Set up the mailbox it watches under "Email in" on its page, /apps/${app.slug}.`
            : `${app.slug} now also runs on ${what}.`,
      },
    );
  },
};
