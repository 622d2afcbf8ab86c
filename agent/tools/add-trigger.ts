import { z } from 'zod';
import { SlugInput, TriggerInputSchema } from './spec-inputs';

export const AddTriggerInputSchema = z.object({
  slug: SlugInput,
  trigger: TriggerInputSchema,
});
export type AddTriggerInput = z.infer<typeof AddTriggerInputSchema>;
