import { z } from 'zod';
import { SlugInput } from './spec-inputs';

export const RestoreAppVersionInputSchema = z.object({
  slug: SlugInput,
  version: z.number().int().min(1).max(1_000_000).describe('Version to bring back; it is saved as a new current version.'),
});
export type RestoreAppVersionInput = z.infer<typeof RestoreAppVersionInputSchema>;
