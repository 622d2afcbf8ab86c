/**
 * The template catalogue: every file in templates/, validated by `parseAppSpec` when first
 * loaded (a broken template fails loudly, naming itself), and ranked against a request.
 */
import { TEMPLATES } from '../../templates';
import type { LoadedTemplate, TemplateCategory } from './app-template';
import { parseAppSpec } from './validate-spec';
import { ToolwrightError } from '../errors/toolwright-error';

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
    let spec;
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
    throw new TemplateError(`There is no template "${id}". Templates: ${listTemplates().map((t) => t.id).join(', ')}.`);
  }
  return template;
}

/** Lower-case word stems: "Tickets" and "ticket" meet, as do "summarising" and "summarise". */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length > 1)
    .map((w) => w.replace(/(ing|es|s)$/, '').replace(/e$/, ''));
}

const STOP = new Set(stems('a an the and or of for to from in on with into my our me i we it that this app tool build make want need create can you please'));

/** Templates ranked by how well `query` matches their keywords, title and summary; non-matches left out. */
export function searchTemplates(query: string, category: TemplateCategory | null = null): LoadedTemplate[] {
  const words = [...new Set(stems(query))].filter((w) => !STOP.has(w));
  return listTemplates()
    .filter((t) => category === null || t.category === category)
    .map((t) => {
      const keywords = new Set(t.keywords.flatMap(stems));
      const title = new Set(stems(`${t.id} ${t.title}`));
      const summary = new Set(stems(t.summary));
      const score = words.reduce((sum, w) => sum + (keywords.has(w) ? 3 : 0) + (title.has(w) ? 2 : 0) + (summary.has(w) ? 1 : 0), 0);
      return { t, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ t }) => t);
}
