import { z } from 'zod';
import { SlugInput } from './spec-inputs';

export const GetAppInputSchema = z.object({
  slug: SlugInput,
  version: z.number().int().min(1).max(1_000_000).nullable().describe('A past version to show; null = the current one.'),
});
export type GetAppInput = z.infer<typeof GetAppInputSchema>;
