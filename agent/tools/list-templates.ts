import { z } from 'zod';

export const ListTemplatesInputSchema = z.object({
  query: z
    .string()
    .max(500)
    .nullable()
    .describe('What the person wants to build, in their words (e.g. "draft replies to support tickets"); templates are ranked by match. null = list all.'),
  category: z
    .enum(['text', 'classify', 'extract', 'digest', 'image', 'records'])
    .nullable()
    .describe('Only templates of this category; null = any.'),
});
export type ListTemplatesInput = z.infer<typeof ListTemplatesInputSchema>;
