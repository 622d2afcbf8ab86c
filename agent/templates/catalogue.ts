/**
 * The template catalogue: every file in templates/, validated by `parseAppSpec` when first
 * loaded (a broken template fails loudly, naming itself), and ranked against a request by the
 * planner's ranker, so list_templates offers what the built-in planner would pick. It lives
 * outside agent/spec because templates/ are written against agent/spec (no cycle).
 */
import { TEMPLATES } from '../../templates';
import { ToolwrightError } from '../errors/toolwright-error';
import { detectOutputKind } from '../planner/output-kind';
import { rankTemplates } from '../planner/template-match';
import type { LoadedTemplate, TemplateCategory } from '../spec/app-template';
import type { AppSpec } from '../spec/app-spec';
import { parseAppSpec } from '../spec/validate-spec';

/** An unknown template id, or a template in templates/ that is not a valid app. */
export class TemplateError extends ToolwrightError<'spec'> {
  readonly family = 'spec';
  readonly kind = 'unknown-template';
}

let loaded: readonly LoadedTemplate[] | null = null;

/** All templates, validated once. */
export function listTemplates(): readonly LoadedTemplate[] {
  if (loaded) return loaded;
  const seen = new Set<string>();
  loaded = TEMPLATES.map((t) => {
    if (seen.has(t.id)) throw new TemplateError(`Template id "${t.id}" is used twice in templates/; rename one.`);
    seen.add(t.id);
    let spec: AppSpec;
    try {
      spec = parseAppSpec(t.spec);
    } catch (cause) {
      throw new TemplateError(`Template "${t.id}" is not a valid app: ${(cause as Error).message}`, { cause });
    }
    if (spec.slug !== t.id) throw new TemplateError(`Template "${t.id}" has slug "${spec.slug}"; make them equal.`);
    return { ...t, spec: { ...spec, template: t.id } };
  });
  return loaded;
}

export function findTemplate(id: string): LoadedTemplate | null {
  return listTemplates().find((t) => t.id === id.trim().toLowerCase()) ?? null;
}

/** Like `findTemplate`, but throws a TemplateError listing the ids. */
export function requireTemplate(id: string): LoadedTemplate {
  const template = findTemplate(id);
  if (!template) {
    throw new TemplateError(
      `There is no template "${id}". Templates: ${listTemplates()
        .map((t) => t.id)
        .join(', ')}.`,
    );
  }
  return template;
}

/**
 * Templates ranked by the meaning they share with `query` (synonyms folded, rare words
 * weighing more, a template whose output kind cannot give what was asked marked down);
 * non-matches left out.
 */
export function searchTemplates(query: string, category: TemplateCategory | null = null): LoadedTemplate[] {
  // The whole list when no category is asked: the ranker caches its index per list.
  const pool = category === null ? listTemplates() : listTemplates().filter((t) => t.category === category);
  return rankTemplates(query, detectOutputKind(query), pool).map((m) => m.template);
}
