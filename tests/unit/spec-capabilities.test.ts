/** The capability check against the model directory, on a pinned day (2026-11-25). */
import { describe, expect, it } from 'vitest';
import { UnknownModelError, findModel } from '../../agent/catalog';
import type { ModelBinding, Step } from '../../agent/spec/app-spec';
import {
  CapabilityError,
  ModelBindingError,
  bindUnfitSteps,
  checkBinding,
  checkSpecBindings,
  modelHas,
  suggestModels,
} from '../../agent/spec/capabilities';
import { parseAppSpec } from '../../agent/spec/validate-spec';

const NOW = new Date('2026-11-25T12:00:00Z');
const bind = (model: string, options: ModelBinding['options'] = {}): ModelBinding => ({ model, options });

const steps: Step[] = [
  { id: 'draft', title: 'Draft', kind: 'generate-text', prompt: 'Write' },
  { id: 'facts', title: 'Facts', kind: 'extract', prompt: 'Extract', fields: [{ name: 'a', label: 'A', type: 'text', required: false }] },
  { id: 'pic', title: 'Picture', kind: 'generate-image', prompt: 'Draw', quality: 'medium', size: '1024x1024' },
  { id: 'edit', title: 'Edit', kind: 'edit-image', prompt: 'Edit', imageInput: 'photo', quality: 'medium', size: '1024x1024' },
  { id: 'save', title: 'Save', kind: 'save-record', collection: 'c', values: [{ name: 'a', value: 'b' }] },
];

function refusal(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('capability check', () => {
  it('refuses gpt-image-1-mini on a generate-text step, naming the missing capability and suggesting text models', () => {
    const error = refusal(() => checkBinding(bind('gpt-image-1-mini'), { stepId: 'draft', steps }, NOW));
    expect(error).toBeInstanceOf(CapabilityError);
    const e = error as CapabilityError;
    expect(e.missing).toEqual(['text generation']);
    expect(e.message).toContain('gpt-image-1-mini cannot run step "draft" (generate-text): it lacks text generation.');
    expect(e.suggestions.length).toBeGreaterThan(0);
    expect(e.suggestions.length).toBeLessThanOrEqual(3);
    for (const id of e.suggestions) {
      expect(findModel(id)?.kind).toBe('text');
      expect(e.message).toContain(id);
    }
  });

  it('refuses a text model on a generate-image step and suggests image models', () => {
    const error = refusal(() => checkBinding(bind('gemini-3-flash-preview'), { stepId: 'pic', steps }, NOW)) as CapabilityError;
    expect(error).toBeInstanceOf(CapabilityError);
    expect(error.missing).toEqual(['image generation']);
    expect(error.suggestions.every((id) => findModel(id)?.outputModalities.includes('image'))).toBe(true);
  });

  it('refuses a model without image edits on an edit-image step', () => {
    const imageOnly = suggestModels(['image generation'], { now: NOW, limit: 10 }).find((m) => !modelHas(m, 'image editing'));
    const model = imageOnly?.id ?? 'gpt-5.1';
    const error = refusal(() => checkBinding(bind(model), { stepId: 'edit', steps }, NOW)) as CapabilityError;
    expect(error).toBeInstanceOf(CapabilityError);
    expect(error.missing).toContain('image editing');
    expect(error.suggestions.every((id) => modelHas(findModel(id)!, 'image editing'))).toBe(true);
  });

  it('suggests models that are not shut down, current ones first', () => {
    const fits = suggestModels(['text generation'], { now: NOW, limit: 10 });
    const statuses = fits.map((m) =>
      m.lifecycle.shutdownDate && m.lifecycle.shutdownDate <= '2026-11-25' ? 'shutdown' : m.lifecycle.status,
    );
    expect(statuses).not.toContain('shutdown');
    const rank = { current: 0, preview: 1, deprecated: 2, shutdown: 3 } as const;
    const ranks = statuses.map((s) => rank[s]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('binds a deprecated model with a warning naming its shutdown date and a replacement', () => {
    const checked = checkBinding(bind('gpt 5.1'), { stepId: 'draft', steps }, NOW);
    expect(checked.binding.model).toBe('gpt-5.1'); // alias made canonical
    expect(checked.warnings).toHaveLength(1);
    expect(checked.warnings[0]).toMatch(/^gpt-5\.1 is deprecated and shuts down on 2027-04-01\. Consider [a-z0-9.-]+ instead\.$/);
  });

  it('refuses a shut-down model', () => {
    const error = refusal(() => checkBinding(bind('gpt-4.1-nano'), { stepId: 'draft', steps }, NOW));
    expect(error).toBeInstanceOf(ModelBindingError);
    expect(error).not.toBeInstanceOf(CapabilityError);
    expect(error.message).toContain('gpt-4.1-nano was shut down on 2026-10-23 and can no longer be used.');
  });

  it('judges lifecycle on the given day: gpt-image-1-mini is usable before 2026-12-01, refused after', () => {
    expect(() => checkBinding(bind('gpt-image-1-mini'), { stepId: 'pic', steps }, NOW)).not.toThrow();
    expect(() => checkBinding(bind('gpt-image-1-mini'), { stepId: 'pic', steps }, new Date('2026-12-02'))).toThrow(ModelBindingError);
  });

  it('refuses an unknown model naming close matches', () => {
    expect(refusal(() => checkBinding(bind('gemini-3-flsh'), { stepId: 'draft', steps }, NOW))).toBeInstanceOf(UnknownModelError);
  });

  it('refuses binding a model to a step that uses none', () => {
    expect(refusal(() => checkBinding(bind('gemini-3-flash-preview'), { stepId: 'save', steps }, NOW)).message).toContain(
      'does not use a model',
    );
  });

  it('refuses a thinking level on a model that does not think, and an unknown level', () => {
    const noThinking = refusal(() => checkBinding(bind('gpt-4.1', { thinkingLevel: 'low' }), { stepId: 'draft', steps }, NOW));
    expect((noThinking as CapabilityError).missing).toEqual(['thinking']);
    expect(
      refusal(() => checkBinding(bind('gemini-3.1-pro-preview', { thinkingLevel: 'minimal' }), { stepId: 'draft', steps }, NOW)).message,
    ).toContain('use one of low, medium, high');
  });

  it('lets an OpenAI-compatible server serve a model the directory does not list, with a warning', () => {
    const checked = checkBinding({ model: 'llama3.1:8b', provider: 'openai-compatible', options: {} }, { stepId: 'draft', steps }, NOW);
    expect(checked.facts).toBeNull();
    expect(checked.warnings[0]).toContain('not in the model directory');
  });

  it('for the app default, tells how to keep the model for the other steps', () => {
    const error = refusal(() => checkBinding(bind('gemini-3-flash-preview'), { stepId: null, steps: steps.slice(0, 3) }, NOW));
    expect(error.message).toContain('bind_model with step "pic"');
  });

  it('binds image steps of a text app to an image model when composing', () => {
    const spec = parseAppSpec({
      specVersion: 1,
      name: 'Post',
      slug: 'post',
      model: { model: 'gemini-3-flash-preview' },
      steps: [steps[0], steps[2]],
    });
    const { spec: bound, notes } = bindUnfitSteps(spec, NOW);
    expect(bound.steps[0]).toEqual(spec.steps[0]);
    const image = findModel(bound.steps[1]!.model!.model)!;
    expect(modelHas(image, 'image generation')).toBe(true);
    expect(notes[0]).toContain('Step "pic" (generate-image) runs on');
    expect(() => checkSpecBindings(bound, NOW)).not.toThrow();
  });
});
