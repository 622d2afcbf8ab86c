import { z } from 'zod';
import { TemplateCategorySchema } from '../spec/app-template';

export const ListTemplatesInputSchema = z.object({
  query: z
    .string()
    .max(500)
    .nullable()
    .describe('What the person wants to build, in their words (e.g. "draft replies to support tickets"); templates are ranked by match. null = list all.'),
  category: TemplateCategorySchema.nullable()
    .describe('Only templates of this category; null = any.'),
});
export type ListTemplatesInput = z.infer<typeof ListTemplatesInputSchema>;
