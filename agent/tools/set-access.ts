import { z } from 'zod';
import { AccessLevelInputSchema, SlugInput } from './spec-inputs';

export const SetAccessInputSchema = z.object({
  slug: SlugInput,
  level: AccessLevelInputSchema,
});
export type SetAccessInput = z.infer<typeof SetAccessInputSchema>;
