import { z } from 'zod';
import type { LoadedTemplate } from '../spec/app-template';
import { requireTemplate } from '../templates/catalogue';
import type { Tool } from './tool';

export const GetTemplateInputSchema = z.object({
  id: z.string().min(1).max(64).describe('Template id as listed by list_templates, e.g. "support-reply-drafter".'),
});
export type GetTemplateInput = z.infer<typeof GetTemplateInputSchema>;

export const getTemplateTool: Tool<typeof GetTemplateInputSchema, { template: LoadedTemplate }> = {
  name: 'get_template',
  description:
    'Shows one template in full: its inputs, steps with prompts, collections, triggers and bound models. Use it to see what create_app would start from.',
  input: GetTemplateInputSchema,
  minRole: 'viewer',
  async run(_ctx, input) {
    const template = requireTemplate(input.id);
    const { spec } = template;
    return {
      summary: `${template.title}: ${spec.inputs.length} inputs, ${spec.steps.length} steps (${spec.steps.map((s) => s.kind).join(', ')}), ${spec.collections.length} collections, default model ${spec.model.model}.`,
      data: { template },
    };
  },
};
