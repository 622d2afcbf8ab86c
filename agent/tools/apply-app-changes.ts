/**
 * Applies update_app's edits to a spec, in order. Each edit is checked for what it names
 * (the field, step or collection must exist, new names must be free); a refusal names the
 * edit as `changes[i]`. Whether the result holds together is parseAppSpec's job afterwards.
 */
import type { AppSpec, Field, Step } from '../spec/app-spec';
import { fillReferences } from '../spec/references';
import { mapStepTexts } from '../spec/step-texts';
import { toCollection, toField, toStep } from './spec-inputs';
import { ToolError } from './tool-error';
import type { AppChange } from './app-change';

class ChangeRefused extends Error {}

function names(items: readonly { name: string }[]): string {
  return items.map((i) => i.name).join(', ') || 'none';
}

function indexOf<T>(items: readonly T[], match: (item: T) => boolean, missing: string): number {
  const i = items.findIndex(match);
  if (i < 0) throw new ChangeRefused(missing);
  return i;
}

function insertAfter<T>(items: readonly T[], item: T, after: number | null): T[] {
  const at = after === null ? items.length : after + 1;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function replaceAt<T>(items: readonly T[], at: number, item: T): T[] {
  return items.map((existing, i) => (i === at ? item : existing));
}

function requireFreeName(items: readonly { name: string }[], name: string, what: string): void {
  if (items.some((i) => i.name === name)) throw new ChangeRefused(`${what} "${name}" already exists; pick another name or replace it.`);
}

/** `{{inputs.from}}` → `{{inputs.to}}` everywhere, plus the places that name inputs directly. */
function renameInput(spec: AppSpec, from: string, to: string, label: string | null): AppSpec {
  const at = indexOf(spec.inputs, (f) => f.name === from, `There is no input "${from}"; inputs: ${names(spec.inputs)}.`);
  requireFreeName(spec.inputs, to, 'Input');
  const rewrite = (text: string) => fillReferences(text, (ref) => (ref.kind === 'input' && ref.name === from ? `{{inputs.${to}}}` : null));
  const renamed: Field = { ...spec.inputs[at]!, name: to, ...(label === null ? {} : { label }) };
  return {
    ...spec,
    inputs: replaceAt(spec.inputs, at, renamed),
    steps: spec.steps.map((step) => {
      const moved = mapStepTexts(step, rewrite);
      return moved.kind === 'edit-image' && moved.imageInput === from ? { ...moved, imageInput: to } : moved;
    }),
    triggers: spec.triggers.map((t) =>
      t.kind === 'schedule' ? { ...t, inputs: t.inputs.map((v) => (v.name === from ? { ...v, name: to } : v)) } : t,
    ),
  };
}

function stepIndex(spec: AppSpec, id: string): number {
  return indexOf(spec.steps, (s) => s.id === id, `There is no step "${id}"; steps: ${spec.steps.map((s) => s.id).join(', ') || 'none'}.`);
}

function collectionIndex(spec: AppSpec, name: string): number {
  return indexOf(spec.collections, (c) => c.name === name, `There is no collection "${name}"; collections: ${names(spec.collections)}.`);
}

/** The collection named and where its column `name` is in it. */
function columnOf(spec: AppSpec, collectionName: string, name: string) {
  const at = collectionIndex(spec, collectionName);
  const collection = spec.collections[at]!;
  const field = indexOf(
    collection.fields,
    (f) => f.name === name,
    `Collection "${collection.name}" has no field "${name}"; fields: ${names(collection.fields)}.`,
  );
  return { at, collection, field };
}

function applyOne(spec: AppSpec, change: AppChange): AppSpec {
  switch (change.op) {
    case 'rename':
      return { ...spec, name: change.name };
    case 'describe':
      return { ...spec, description: change.description };
    case 'add_input': {
      requireFreeName(spec.inputs, change.field.name, 'Input');
      const after =
        change.after === null
          ? null
          : indexOf(
              spec.inputs,
              (f) => f.name === change.after,
              `There is no input "${change.after}" to add after; inputs: ${names(spec.inputs)}.`,
            );
      return { ...spec, inputs: insertAfter(spec.inputs, toField(change.field), after) };
    }
    case 'remove_input': {
      const at = indexOf(spec.inputs, (f) => f.name === change.name, `There is no input "${change.name}"; inputs: ${names(spec.inputs)}.`);
      return { ...spec, inputs: spec.inputs.filter((_, i) => i !== at) };
    }
    case 'rename_input':
      return renameInput(spec, change.from, change.to, change.label);
    case 'replace_input': {
      const at = indexOf(spec.inputs, (f) => f.name === change.name, `There is no input "${change.name}"; inputs: ${names(spec.inputs)}.`);
      return { ...spec, inputs: replaceAt(spec.inputs, at, toField(change.field)) };
    }
    case 'add_step': {
      if (spec.steps.some((s) => s.id === change.step.id))
        throw new ChangeRefused(`Step "${change.step.id}" already exists; pick another id or use replace_step.`);
      const after = change.after === null ? null : stepIndex(spec, change.after);
      return { ...spec, steps: insertAfter<Step>(spec.steps, toStep(change.step), after) };
    }
    case 'remove_step': {
      const at = stepIndex(spec, change.id);
      return { ...spec, steps: spec.steps.filter((_, i) => i !== at) };
    }
    case 'replace_step': {
      const at = stepIndex(spec, change.id);
      return { ...spec, steps: replaceAt<Step>(spec.steps, at, toStep(change.step)) };
    }
    case 'add_collection':
      requireFreeName(spec.collections, change.collection.name, 'Collection');
      return { ...spec, collections: [...spec.collections, toCollection(change.collection)] };
    case 'remove_collection': {
      const at = collectionIndex(spec, change.name);
      return { ...spec, collections: spec.collections.filter((_, i) => i !== at) };
    }
    case 'add_collection_field': {
      const at = collectionIndex(spec, change.collection);
      const collection = spec.collections[at]!;
      requireFreeName(collection.fields, change.field.name, `Field of "${collection.name}"`);
      return {
        ...spec,
        collections: replaceAt(spec.collections, at, { ...collection, fields: [...collection.fields, toField(change.field)] }),
      };
    }
    case 'remove_collection_field': {
      const { at, collection, field } = columnOf(spec, change.collection, change.name);
      return {
        ...spec,
        collections: replaceAt(spec.collections, at, { ...collection, fields: collection.fields.filter((_, i) => i !== field) }),
      };
    }
    case 'replace_collection_field': {
      const { at, collection, field } = columnOf(spec, change.collection, change.name);
      if (change.field.name !== change.name) requireFreeName(collection.fields, change.field.name, `Field of "${collection.name}"`);
      return {
        ...spec,
        collections: replaceAt(spec.collections, at, { ...collection, fields: replaceAt(collection.fields, field, toField(change.field)) }),
      };
    }
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

/** The spec after every change; throws ToolError('refused') naming the first change that cannot apply. */
export function applyAppChanges(spec: AppSpec, changes: readonly AppChange[]): AppSpec {
  return changes.reduce((current, change, i) => {
    try {
      return applyOne(current, change);
    } catch (error) {
      if (!(error instanceof ChangeRefused)) throw error;
      throw new ToolError('refused', `changes[${i}] (${change.op}): ${error.message}`);
    }
  }, spec);
}

/** "rename; add_step summary; remove_input notes" — the version note. */
export function describeChanges(changes: readonly AppChange[]): string {
  return changes
    .map((c) => {
      switch (c.op) {
        case 'rename':
          return `rename to "${c.name}"`;
        case 'describe':
          return 'new description';
        case 'add_input':
        case 'replace_input':
          return `${c.op} ${c.field.name}`;
        case 'remove_input':
        case 'remove_collection':
          return `${c.op} ${c.name}`;
        case 'rename_input':
          return `rename_input ${c.from} → ${c.to}`;
        case 'add_step':
          return `add_step ${c.step.id}`;
        case 'remove_step':
        case 'replace_step':
          return `${c.op} ${c.id}`;
        case 'add_collection':
          return `add_collection ${c.collection.name}`;
        case 'add_collection_field':
          return `add_collection_field ${c.collection}.${c.field.name}`;
        case 'remove_collection_field':
        case 'replace_collection_field':
          return `${c.op} ${c.collection}.${c.name}`;
        default: {
          const unknown: never = c;
          return String(unknown);
        }
      }
    })
    .join('; ');
}
