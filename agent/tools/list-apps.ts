import { z } from 'zod';

export const ListAppsInputSchema = z.object({
  query: z.string().max(200).nullable().describe('Only apps whose name, slug or description contains this text; null = all.'),
});
export type ListAppsInput = z.infer<typeof ListAppsInputSchema>;
