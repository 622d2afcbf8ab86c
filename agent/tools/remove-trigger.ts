import { z } from 'zod';
import { SlugInput } from './spec-inputs';

export const RemoveTriggerInputSchema = z.object({
  slug: SlugInput,
  kind: z.enum(['manual', 'schedule', 'webhook', 'record-created']).describe('Kind of trigger to remove.'),
  cron: z.string().max(120).nullable().describe('For schedule: only the schedule with this cron; null = every schedule.'),
  collection: z.string().max(64).nullable().describe('For record-created: only the trigger on this collection; null = every one.'),
});
export type RemoveTriggerInput = z.infer<typeof RemoveTriggerInputSchema>;
