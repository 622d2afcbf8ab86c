import { z } from 'zod';
import { TemplateCategorySchema, type LoadedTemplate } from '../spec/app-template';
import { listTemplates, searchTemplates } from '../templates/catalogue';
import type { Tool } from './tool';

export const ListTemplatesInputSchema = z.object({
  query: z
    .string()
    .max(500)
    .nullable()
    .describe(
      'What the person wants to build, in their words (e.g. "draft replies to support tickets"); templates are ranked by match. null = list all.',
    ),
  category: TemplateCategorySchema.nullable().describe('Only templates of this category; null = any.'),
});
export type ListTemplatesInput = z.infer<typeof ListTemplatesInputSchema>;

export interface TemplateSummary {
  id: string;
  title: string;
  summary: string;
  category: string;
  /** Step kinds in order, e.g. ["classify", "generate-text", "save-record"]. */
  steps: string[];
  /** Models the template binds (default first). */
  models: string[];
}

export function summariseTemplate(t: LoadedTemplate): TemplateSummary {
  const models = [t.spec.model.model, ...t.spec.steps.flatMap((s) => (s.model ? [s.model.model] : []))];
  return {
    id: t.id,
    title: t.title,
    summary: t.summary,
    category: t.category,
    steps: t.spec.steps.map((s) => s.kind),
    models: [...new Set(models)],
  };
}

export const listTemplatesTool: Tool<typeof ListTemplatesInputSchema, { templates: TemplateSummary[]; matched: boolean }> = {
  name: 'list_templates',
  description:
    'Lists app templates (ready-made internal tools), best match first when a query is given. Start here when someone describes a tool; then get_template or create_app with the template id.',
  input: ListTemplatesInputSchema,
  minRole: 'viewer',
  async run(_ctx, input) {
    const inCategory = listTemplates().filter((t) => input.category === null || t.category === input.category);
    const matches = input.query ? searchTemplates(input.query, input.category) : inCategory;
    const matched = matches.length > 0;
    const shown = (matched ? matches : inCategory).map(summariseTemplate);
    const summary = !input.query
      ? `${shown.length} templates: ${shown.map((t) => t.id).join(', ')}.`
      : matched
        ? `Best match for "${input.query}": ${shown[0]?.id}. Others: ${
            shown
              .slice(1, 4)
              .map((t) => t.id)
              .join(', ') || 'none'
          }.`
        : `No template matches "${input.query}"; build it from scratch with create_app (template null), or pick one of these ${shown.length}.`;
    return { summary, data: { templates: shown, matched } };
  },
};
