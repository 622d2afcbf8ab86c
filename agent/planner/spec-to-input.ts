/**
 * Spec parts → tool-input shapes (every property present, null for "not set"): the reverse
 * of agent/tools/spec-inputs.ts, so a template's parts can be passed back to create_app
 * with changes, and a current app's steps to update_app.
 */
import type { Collection, Field, ModelBinding, Step, Trigger } from '../spec/app-spec';
import type { CollectionInput, FieldInput, ModelBindingInput, StepInput, TriggerInput } from '../tools/spec-inputs';

export function fieldToInput(f: Field): FieldInput {
  return { name: f.name, label: f.label, type: f.type, required: f.required ?? null, options: f.options ?? null, help: f.help ?? null };
}

export function bindingToInput(b: ModelBinding): ModelBindingInput {
  const o = b.options ?? {};
  const hasOptions = Object.keys(o).length > 0;
  return {
    model: b.model,
    provider: b.provider ?? null,
    options: hasOptions
      ? {
          thinkingLevel: o.thinkingLevel ?? null,
          temperature: o.temperature ?? null,
          imageQuality: o.imageQuality ?? null,
          imageSize: o.imageSize ?? null,
        }
      : null,
  };
}

export function stepToInput(s: Step): StepInput {
  const base = { id: s.id, title: s.title, model: s.model ? bindingToInput(s.model) : null };
  switch (s.kind) {
    case 'generate-text':
      return { ...base, kind: s.kind, prompt: s.prompt, system: s.system ?? null };
    case 'extract':
      return { ...base, kind: s.kind, prompt: s.prompt, fields: s.fields.map(fieldToInput) };
    case 'classify':
      return { ...base, kind: s.kind, prompt: s.prompt, labels: s.labels };
    case 'generate-image':
      return { ...base, kind: s.kind, prompt: s.prompt, quality: s.quality, size: s.size };
    case 'edit-image':
      return { ...base, kind: s.kind, prompt: s.prompt, imageInput: s.imageInput, quality: s.quality, size: s.size };
    case 'save-record':
      return { ...base, kind: s.kind, collection: s.collection, values: s.values };
    case 'call-webhook':
      return { ...base, kind: s.kind, url: s.url, method: s.method, body: s.body ?? null };
    case 'notify':
      return { ...base, kind: s.kind, channel: s.channel, target: s.target, message: s.message };
    case 'approval':
      return { ...base, kind: s.kind, gates: s.gates, role: s.role, message: s.message ?? null, deadline: s.deadline ?? null };
    case 'retrieve':
      return { ...base, kind: s.kind, query: s.query, limit: s.limit };
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}

export function collectionToInput(c: Collection): CollectionInput {
  return { name: c.name, label: c.label, fields: c.fields.map(fieldToInput) };
}

export function triggerToInput(t: Trigger): TriggerInput {
  if (t.kind !== 'schedule') return t;
  return { kind: 'schedule', cron: t.cron, timezone: t.timezone, inputs: t.inputs.length > 0 ? t.inputs : null, missed: t.missed };
}
