/**
 * Edits → the tool calls that make them, planned against the app as it was before this
 * message: one update_app with every spec change (in order), then bind_model per binding,
 * then trigger and access calls. A problem found while planning (a field that does not
 * exist) is returned as a sentence instead of a call.
 */
import { findModel } from '../catalog';
import type { AppSpec, Field, Step } from '../spec/app-spec';
import { modelHas, STEP_NEEDS, stepsUsingDefault } from '../spec/capabilities';
import type { AddTriggerInput } from '../tools/add-trigger';
import type { BindModelInput } from '../tools/bind-model';
import type { RemoveTriggerInput } from '../tools/remove-trigger';
import type { RestoreAppVersionInput } from '../tools/restore-app-version';
import type { SetAccessInput } from '../tools/set-access';
import type { AppChange, UpdateAppInput } from '../tools/update-app';
import type { PlannedCall } from './action';
import { toIdentifier } from './fields';
import { wordStems } from './words';
import { knownField } from './known-fields';
import { appNameWords, namesAppByName } from './app-name-words';
import type { Edit } from './follow-ups';
import type { ModelRole } from './model-wishes';
import { describeSchedule, toSchedule } from './schedule';
import { stepToInput } from './spec-to-input';
import { directoryPicks } from './default-models';
import { emailInputChanges } from './email-edits';
import { binding } from './model-choice';
import { notifyQuestion } from './replies';
import { matchingImageStep, notifyStep } from './step-outputs';

export interface EditPlan {
  calls: PlannedCall[];
  problems: string[];
}

const IMAGE_STEPS = new Set<Step['kind']>(['generate-image', 'edit-image']);
const TEXT_STEPS = new Set<Step['kind']>(['generate-text', 'extract', 'classify']);

/** The input the words name: by id or label, else the one input the words fit (known-fields.ts). */
function findField(spec: AppSpec, words: string) {
  const id = toIdentifier(words);
  const w = words.trim().toLowerCase();
  return (
    spec.inputs.find((f) => f.name === id || f.name.toLowerCase() === w || f.label.toLowerCase() === w) ?? knownField(spec.inputs, words)
  );
}

/** Words that name the app itself ("the digest", "Van fleet tracker"), not one of its fields by its own label. */
function namesTheApp(spec: AppSpec, words: string): boolean {
  const w = words.trim().toLowerCase();
  if (spec.inputs.some((f) => f.label.toLowerCase() === w || f.name.toLowerCase() === w)) return false;
  return w === spec.name.toLowerCase() || namesAppByName(w, appNameWords(spec.name), true);
}

const noSuchField = (spec: AppSpec, words: string): string =>
  `There is no field called "${words}"; the fields are ${spec.inputs.map((f) => f.name).join(', ') || 'none'}.`;

/** A field as it is, with `change` made, as update_app takes fields. */
function changedField(field: Field, change: Partial<Pick<Field, 'type' | 'required' | 'options' | 'help'>>) {
  const next = { ...field, ...change };
  return {
    name: next.name,
    label: next.label,
    type: next.type,
    required: next.required ?? null,
    options: next.options ?? null,
    help: next.help ?? null,
  };
}

/** The app's field as it is, with `change` made: a replace_input. */
const replaced = (field: Field, change: Partial<Pick<Field, 'type' | 'required' | 'options' | 'help'>>): AppChange => ({
  op: 'replace_input',
  name: field.name,
  field: changedField(field, change),
});

/** The step the words name: its id, or the one step whose id or title contains them. */
function findStep(spec: AppSpec, words: string): Step | null {
  const id = toIdentifier(words);
  const w = words.trim().toLowerCase();
  const exact = spec.steps.find((s) => s.id === id || s.title.toLowerCase() === w);
  if (exact) return exact;
  const partial = spec.steps.filter((s) => s.id.includes(id) || s.title.toLowerCase().includes(w));
  if (partial.length === 1) return partial[0]!;
  // "the write digest step" for "Write the digest": the words of its title, small words left out.
  const named = knownField(
    spec.steps.map((s) => ({ name: s.id, label: s.title, step: s })),
    w,
  );
  if (named) return named.step;
  // "the drafting step" for "Draft the reply": every word said, as its stem, in one step's id or title.
  const said = stemsOf(w);
  const by = spec.steps.filter((s) => said.length > 0 && said.every((x) => stemsOf(`${s.id} ${s.title}`).includes(x)));
  return by.length === 1 ? by[0]! : null;
}

/** Steps whose prompt says how their output is written. */
const WRITING_STEPS = new Set<Step['kind']>(['generate-text', 'generate-image', 'edit-image']);
const IMAGE_WORDS = /^(?:images?|pictures?|visuals?|illustrations?)$/;

/**
 * The step an instruction is for: the writing step named ("the replies" → Draft the reply), else
 * the last step that writes text (or makes images, when pictures were named): the app's output.
 */
function writingStep(spec: AppSpec, words: string | null): Step | null {
  const writers = spec.steps.filter((s) => WRITING_STEPS.has(s.kind));
  const named = words ? findStep(spec, words) : null;
  if (named && WRITING_STEPS.has(named.kind)) return named;
  const images = words !== null && IMAGE_WORDS.test(words);
  return [...writers].reverse().find((s) => (s.kind === 'generate-text') !== images) ?? null;
}

const stemsOf = (text: string): string[] => wordStems(text).filter((w) => w !== 'the' && w !== 'and');

/** Removes `{{inputs.name}}` from a step; save steps lose the value, prompts the reference. */
function withoutInput(step: Step, name: string): Step | null {
  const ref = new RegExp(`\\{\\{\\s*inputs\\.${name}\\s*\\}\\}`, 'g');
  const json = JSON.stringify(step);
  if (!ref.test(json)) return null;
  if (step.kind === 'save-record') {
    const values = step.values.filter((v) => !new RegExp(`\\{\\{\\s*inputs\\.${name}\\s*\\}\\}`).test(v.value));
    return values.length > 0 ? { ...step, values } : null;
  }
  // Drop whole "Label: {{inputs.x}}" lines, then any reference left inside a sentence.
  const line = new RegExp(`^[^\\n{}]*\\{\\{\\s*inputs\\.${name}\\s*\\}\\}[^\\n{}]*$\\n?`, 'gm');
  return JSON.parse(
    JSON.stringify(step, (_k, v: unknown) => (typeof v === 'string' ? v.replace(line, '').replace(ref, '').trim() || '(removed)' : v)),
  ) as Step;
}

function specChanges(spec: AppSpec, edits: Edit[], problems: string[]): AppChange[] {
  const changes: AppChange[] = [];
  const saves = spec.steps.filter((s) => s.kind === 'save-record');
  const table = spec.collections.length === 1 && saves.length === 1 ? spec.collections[0]! : null;
  const addedValues: Array<{ name: string; value: string }> = [];
  /** Steps as this plan has changed them so far: a later change builds on them. */
  const latest = new Map<string, Step>();
  for (const e of edits) {
    if (e.op === 'rename-app') changes.push({ op: 'rename', name: e.name });
    if (e.op === 'add-fields') {
      // Placed after a field of the app, one after the other; else at the end.
      let after = e.after && spec.inputs.some((f) => f.name === e.after) ? e.after : null;
      for (const field of e.fields) {
        if (spec.inputs.some((f) => f.name === field.name)) {
          problems.push(`The app already has a field called ${field.name}.`);
          continue;
        }
        changes.push({ op: 'add_input', field, after });
        if (after) after = field.name;
        if (table && !table.fields.some((f) => f.name === field.name)) {
          changes.push({ op: 'add_collection_field', collection: table.name, field: { ...field, required: null } });
          addedValues.push({ name: field.name, value: `{{inputs.${field.name}}}` });
        }
      }
    }
    if (e.op === 'remove-field') {
      const field = findField(spec, e.words);
      if (!field) {
        problems.push(noSuchField(spec, e.words));
        continue;
      }
      for (const step of spec.steps) {
        const edited = withoutInput(latest.get(step.id) ?? step, field.name);
        if (edited) {
          latest.set(step.id, edited);
          changes.push({ op: 'replace_step', id: step.id, step: stepToInput(edited) });
        }
      }
      changes.push({ op: 'remove_input', name: field.name });
      if (e.column) {
        for (const c of spec.collections) {
          if (c.fields.some((f) => f.name === field.name) && c.fields.length > 1)
            changes.push({ op: 'remove_collection_field', collection: c.name, name: field.name });
        }
      }
    }
    if (e.op === 'require-field') {
      const field = findField(spec, e.words);
      if (!field) problems.push(noSuchField(spec, e.words));
      else if ((field.required ?? false) === e.required)
        problems.push(`${field.label} is already ${e.required ? 'required' : 'optional'}.`);
      else changes.push(replaced(field, { required: e.required }));
    }
    if (e.op === 'help-field') {
      const field = findField(spec, e.words);
      if (!field) problems.push(noSuchField(spec, e.words));
      else if (field.help === e.help) problems.push(`${field.label} already shows "${e.help}".`);
      else changes.push(replaced(field, { help: e.help }));
    }
    if (e.op === 'retype-field') {
      const field = findField(spec, e.words);
      const options = e.type === 'select' ? (e.options ?? field?.options) : undefined;
      if (!field) problems.push(noSuchField(spec, e.words));
      else if (e.type === 'select' && !options?.length)
        problems.push(`Which choices should ${field.label} offer? Say them, e.g. "${e.words} should be a dropdown: a, b, c".`);
      else if (field.type === e.type && e.options === null) problems.push(`${field.label} is already a ${e.type} field.`);
      // Another type than a dropdown keeps no choices; the tables' column of the same name is retyped with it.
      else {
        changes.push(replaced(field, { type: e.type, options }));
        for (const c of spec.collections)
          for (const column of c.fields.filter((f) => f.name === field.name && f.type === field.type))
            changes.push({
              op: 'replace_collection_field',
              collection: c.name,
              name: column.name,
              field: changedField(column, { type: e.type, options }),
            });
      }
    }
    if (e.op === 'instruct-step') {
      const found = writingStep(spec, e.words);
      const step = found && (latest.get(found.id) ?? found);
      if (!step || !('prompt' in step)) {
        problems.push(`Nothing in "${spec.name}" writes text, so there is no prompt to give "${e.instruction}" to.`);
        continue;
      }
      if (step.prompt.includes(e.instruction)) {
        problems.push(`The ${step.title} step already says: "${e.instruction}"`);
        continue;
      }
      const edited = { ...step, prompt: `${step.prompt}\n\n${e.instruction}` };
      latest.set(step.id, edited);
      changes.push({ op: 'replace_step', id: step.id, step: stepToInput(edited) });
    }
    if (e.op === 'rename-field') {
      // "rename Van fleet tracker to Fleet log", "rename the digest to …" name the app, not a field.
      if (namesTheApp(spec, e.words)) {
        changes.push({ op: 'rename', name: e.to });
        continue;
      }
      const field = findField(spec, e.words);
      if (!field) {
        problems.push(noSuchField(spec, e.words));
        continue;
      }
      const label = e.to
        .trim()
        .replace(/^./, (c) => c.toUpperCase())
        .slice(0, 120);
      changes.push({ op: 'rename_input', from: field.name, to: toIdentifier(e.to), label });
    }
  }
  const save = saves[0] && (latest.get(saves[0].id) ?? saves[0]);
  if (addedValues.length > 0 && save?.kind === 'save-record') {
    changes.push({ op: 'replace_step', id: save.id, step: stepToInput({ ...save, values: [...save.values, ...addedValues] }) });
  }
  return changes;
}

/** bind_model calls putting `model` on the steps of `role` (text: the app default too). */
export function bindCalls(spec: AppSpec, role: ModelRole, model: string): BindModelInput[] {
  const base = { slug: spec.slug, model, provider: null, options: null };
  if (role === 'image') {
    return spec.steps.filter((s) => IMAGE_STEPS.has(s.kind)).map((s) => ({ ...base, step: s.id }));
  }
  // "swap everything to X": a step on the default that X cannot run (a classify step needs
  // structured output) keeps the model it runs on, bound as its own before the default moves.
  const facts = findModel(model);
  const runs = (s: Step) => !facts || (STEP_NEEDS[s.kind] ?? []).every((n) => modelHas(facts, n));
  const kept = stepsUsingDefault(spec)
    .filter((s) => TEXT_STEPS.has(s.kind) && !runs(s))
    .map((s) => ({ ...base, model: spec.model.model, step: s.id }));
  // Text steps with a binding of their own would keep the old model otherwise.
  const own = spec.steps.filter((s) => TEXT_STEPS.has(s.kind) && s.model && s.model.model !== model && runs(s));
  return [...kept, { ...base, step: null }, ...own.map((s) => ({ ...base, step: s.id }))];
}

export function planEdits(spec: AppSpec, edits: Edit[], picks: Array<string | null>, version: number | null): EditPlan {
  const problems: string[] = [];
  const calls: PlannedCall[] = [];
  const restore = edits.find((e) => e.op === 'restore');
  if (restore?.op === 'restore') {
    const target = restore.version ?? (version !== null ? version - (restore.back ?? 1) : null);
    if (target === null || target < 1) problems.push('There is no earlier version to go back to.');
    else calls.push({ name: 'restore_app_version', args: { slug: spec.slug, version: target } satisfies RestoreAppVersionInput });
    return { calls, problems };
  }
  const changes = specChanges(spec, edits, problems);
  if (changes.length > 0) calls.push({ name: 'update_app', args: { slug: spec.slug, changes } satisfies UpdateAppInput });

  let addsImage = false;
  for (const e of edits) {
    if (e.op !== 'add-image') continue;
    const text = [...spec.steps].reverse().find((s) => s.kind === 'generate-text');
    if (spec.steps.some((s) => IMAGE_STEPS.has(s.kind))) problems.push('The app already makes an image.');
    else if (!text) problems.push('The app writes no text to make an image from; describe what the image should show.');
    else {
      // An image step needs an image model: the one named in this message, else the directory's pick.
      const model = e.model ?? directoryPicks('image', 1)[0];
      const step = matchingImageStep(spec.steps, text.id, model ? binding(model) : null);
      calls.push({
        name: 'update_app',
        args: { slug: spec.slug, changes: [{ op: 'add_step', step, after: text.id }] } satisfies UpdateAppInput,
      });
      addsImage = true;
    }
  }
  for (const e of edits) {
    if (e.op !== 'notify') continue;
    if (!e.wish.target) problems.push(notifyQuestion(e.wish.channel));
    else {
      const step = notifyStep(spec.steps.map(stepToInput), e.wish.channel, e.wish.target, spec.name);
      calls.push({
        name: 'update_app',
        args: { slug: spec.slug, changes: [{ op: 'add_step', step, after: null }] } satisfies UpdateAppInput,
      });
    }
  }

  let pick = 0;
  for (const e of edits) {
    if (e.op !== 'model') continue;
    // The image step added above already carries the image model named with it.
    if (addsImage && e.wish.kind === 'named' && e.wish.role === 'image') continue;
    const model = e.wish.kind === 'named' ? e.wish.model.id : e.wish.kind === 'unlisted' ? e.wish.name : (picks[pick++] ?? null);
    if (!model) {
      problems.push(`recommend_model found no ${e.wish.role} model for that.`);
      continue;
    }
    if (e.step !== undefined) {
      const step = findStep(spec, e.step);
      if (step)
        calls.push({
          name: 'bind_model',
          args: { slug: spec.slug, model, step: step.id, provider: null, options: null } satisfies BindModelInput,
        });
      else problems.push(`There is no step called "${e.step}"; the steps are ${spec.steps.map((s) => `${s.id} (${s.title})`).join(', ')}.`);
      continue;
    }
    const binds = bindCalls(spec, e.wish.role, model);
    if (binds.length === 0) problems.push(`The app has no ${e.wish.role} step to put ${model} on.`);
    for (const args of binds) calls.push({ name: 'bind_model', args });
  }

  const schedule = spec.triggers.find((t) => t.kind === 'schedule');
  for (const e of edits) {
    if (e.op === 'schedule') {
      const previous = schedule?.kind === 'schedule' ? schedule : null;
      const next = toSchedule(e.parts, previous);
      if (previous && previous.cron === next.cron && previous.timezone === next.timezone) {
        problems.push(`It already runs ${describeSchedule(next)}.`);
        continue;
      }
      if (previous) {
        calls.push({
          name: 'remove_trigger',
          args: { slug: spec.slug, kind: 'schedule', cron: previous.cron, collection: null } satisfies RemoveTriggerInput,
        });
      }
      const inputs = previous && previous.inputs.length > 0 ? previous.inputs : null;
      const trigger = { kind: 'schedule' as const, cron: next.cron, timezone: next.timezone, inputs, missed: previous?.missed ?? null };
      calls.push({ name: 'add_trigger', args: { slug: spec.slug, trigger } satisfies AddTriggerInput });
    }
    if (e.op === 'remove-schedule') {
      if (!schedule) problems.push('The app has no schedule to stop.');
      else
        calls.push({
          name: 'remove_trigger',
          args: { slug: spec.slug, kind: 'schedule', cron: null, collection: null } satisfies RemoveTriggerInput,
        });
    }
    if (e.op === 'remove-event-trigger') {
      if (!spec.triggers.some((t) => t.kind === e.kind))
        problems.push(`The app does not start ${e.kind === 'email' ? 'from email' : 'by webhook'}.`);
      else
        calls.push({
          name: 'remove_trigger',
          args: { slug: spec.slug, kind: e.kind, cron: null, collection: null } satisfies RemoveTriggerInput,
        });
    }
    if (e.op === 'add-event-trigger') {
      if (e.trigger.kind === 'webhook' || e.trigger.kind === 'email') {
        const kind = e.trigger.kind;
        // A mail reaches the model through the inputs the mailbox watcher fills.
        const inputs = kind === 'email' ? emailInputChanges(spec) : [];
        if (inputs.length > 0) calls.push({ name: 'update_app', args: { slug: spec.slug, changes: inputs } satisfies UpdateAppInput });
        if (!spec.triggers.some((t) => t.kind === kind))
          calls.push({ name: 'add_trigger', args: { slug: spec.slug, trigger: { kind } } satisfies AddTriggerInput });
      } else {
        const table = spec.collections[0];
        const savesInto = table && spec.steps.some((s) => s.kind === 'save-record' && s.collection === table.name);
        if (!table) problems.push('The app keeps no records yet, so there is no table whose new rows could start a run.');
        else if (savesInto) {
          problems.push(
            `Each run saves a row into ${table.name}, so a trigger on new ${table.name} rows would start itself again; I left triggers as they were. Remove the save step first if you want that.`,
          );
        } else
          calls.push({
            name: 'add_trigger',
            args: { slug: spec.slug, trigger: { kind: 'record-created', collection: table.name } } satisfies AddTriggerInput,
          });
      }
    }
  }
  for (const e of edits) {
    if (e.op !== 'access') continue;
    if (spec.access.level === e.level) problems.push(`Access is already ${e.level}.`);
    else calls.push({ name: 'set_access', args: { slug: spec.slug, level: e.level } satisfies SetAccessInput });
  }
  return { calls, problems };
}
