/** Every template validates, binds models that exist and still run on 2026-11-25, and is found by what people ask for. */
import { describe, expect, it } from 'vitest';
import { findModel, lifecycleStatus } from '../../agent/catalog';
import { checkSpecBindings } from '../../agent/spec/capabilities';
import { listTemplates, requireTemplate, searchTemplates, TemplateError } from '../../agent/templates/catalogue';
import { parseAppSpec } from '../../agent/spec/validate-spec';
import { TEMPLATES } from '../../templates';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('templates', () => {
  it('there are at least 14, with unique ids', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(14);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s validates with parseAppSpec', (_id, template) => {
    const spec = parseAppSpec(template.spec);
    expect(spec.slug).toBe(template.id);
    expect(template.keywords.length).toBeGreaterThan(3);
  });

  it.each(TEMPLATES.map((t) => [t.id] as const))('%s binds models that exist, fit every step and are not shut down', (id) => {
    const { spec } = requireTemplate(id);
    const { warnings } = checkSpecBindings(spec, NOW);
    expect(warnings).toEqual([]);
    for (const model of [spec.model, ...spec.steps.flatMap((s) => (s.model ? [s.model] : []))]) {
      const facts = findModel(model.model);
      expect(facts, model.model).not.toBeNull();
      expect(['current', 'preview']).toContain(lifecycleStatus(facts!, NOW));
    }
  });

  it('covers what operators build', () => {
    const kinds = (id: string) => requireTemplate(id).spec.steps.map((s) => s.kind);
    expect(requireTemplate('support-reply-drafter').spec.collections.map((c) => c.name)).toContain('tickets');
    expect(kinds('feedback-classifier')).toContain('classify');
    expect(kinds('data-extractor')).toEqual(expect.arrayContaining(['extract', 'save-record']));
    expect(kinds('lead-tracker')).toEqual(expect.arrayContaining(['extract', 'save-record']));
    expect(kinds('product-photo-editor')).toContain('edit-image');
    expect(kinds('marketing-visual-generator')).toContain('generate-image');
    expect(kinds('social-post-with-image')).toEqual(expect.arrayContaining(['generate-text', 'generate-image']));
    expect(kinds('ui-mockup-generator')).toContain('generate-image');
    for (const id of ['weekly-report-digest', 'daily-feedback-digest']) {
      expect(requireTemplate(id).spec.triggers.some((t) => t.kind === 'schedule')).toBe(true);
    }
    const longContext = findModel(requireTemplate('document-qa').spec.model.model)!;
    expect(longContext.contextWindow).toBeGreaterThanOrEqual(1_000_000);
    for (const id of ['meeting-notes-summariser', 'document-summariser', 'translator', 'job-description-writer']) {
      expect(kinds(id)).toContain('generate-text');
    }
  });

  it('social post uses a text model and an image model in one app', () => {
    const { spec } = requireTemplate('social-post-with-image');
    const models = spec.steps.filter((s) => s.kind !== 'save-record').map((s) => findModel((s.model ?? spec.model).model)!.kind);
    expect(new Set(models)).toEqual(new Set(['text', 'image']));
  });

  it.each([
    ['draft replies to customer support tickets', 'support-reply-drafter'],
    ['classify app store reviews by sentiment', 'feedback-classifier'],
    ['summarise meeting transcripts with action items', 'meeting-notes-summariser'],
    ['ask questions about a 300 page contract', 'document-qa'],
    ['pull invoice fields into a table', 'data-extractor'],
    ['a CRM for sales leads', 'lead-tracker'],
    ['every Monday a digest of status updates', 'weekly-report-digest'],
    ['edit product photos with a new background', 'product-photo-editor'],
    ['LinkedIn post with an image', 'social-post-with-image'],
    ['mockup of a dashboard screen', 'ui-mockup-generator'],
    ['translate text to German', 'translator'],
    ['write a job description for hiring', 'job-description-writer'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchTemplates(query)[0]?.id).toBe(id);
  });

  it('an unknown template id is refused with the list', () => {
    expect(() => requireTemplate('nope')).toThrow(TemplateError);
    expect(() => requireTemplate('nope')).toThrow(/Templates: support-reply-drafter/);
    expect(listTemplates().length).toBe(TEMPLATES.length);
  });
});
