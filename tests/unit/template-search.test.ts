/**
 * One template ranker: list_templates ranks with the planner's ranker (synonyms, rare words,
 * output kind), so a model calling it is offered what the built-in planner would pick. The
 * word-stem ranker it replaced put the data extractor first for a translation and the Q&A
 * template first for a summariser.
 */
import { describe, expect, it } from 'vitest';
import { detectOutputKind } from '../../agent/planner/output-kind';
import { matchTemplate } from '../../agent/planner/template-match';
import { listTemplates, searchTemplates } from '../../agent/templates/catalogue';
import { listTemplatesTool } from '../../agent/tools/list-templates';
import { createMemoryPorts } from '../../agent/ports/memory';

const ctx = { store: createMemoryPorts(), actor: { userId: null, workspaceId: 'default', role: 'owner' } } as const;

describe('template search', () => {
  it.each([
    ['convert spanish emails to english', 'translator'],
    ['summarize long PDFs', 'document-summariser'],
  ])('list_templates puts the planner\'s pick first for "%s"', async (query, id) => {
    const result = await listTemplatesTool.run(ctx, { query, category: null });
    expect(result.data.templates[0]?.id).toBe(id);
    expect(matchTemplate(query, detectOutputKind(query), listTemplates())?.template.id ?? id).toBe(id);
  });

  it('filters by category before ranking', () => {
    expect(searchTemplates('summarise feedback', 'digest').every((t) => t.category === 'digest')).toBe(true);
  });
});
