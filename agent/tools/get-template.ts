import { z } from 'zod';

export const GetTemplateInputSchema = z.object({
  id: z.string().min(1).max(64).describe('Template id as listed by list_templates, e.g. "support-reply-drafter".'),
});
export type GetTemplateInput = z.infer<typeof GetTemplateInputSchema>;
