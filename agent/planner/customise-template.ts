/**
 * Starting from a template: keep its parts and pass only what the description changes —
 * extra fields (form, table and save step together), an image step when a matching image
 * was asked for, the schedule or webhook said, and the models named. Parts left null are
 * the template's own (create_app's contract).
 */
import type { AppSpec } from '../spec/app-spec';
import type { LoadedTemplate } from '../spec/app-template';
import type { CreateAppInput } from '../tools/create-app';
import { toCollection, type CollectionInput, type StepInput, type TriggerInput } from '../tools/spec-inputs';
import { appName } from './app-name';
import type { Description } from './description';
import { sideTables } from './coordinated-tables';
import { keepRecords, resultColumns, tableNames } from './keep-records';
import { binding, type ModelChoice } from './model-choice';
import { collectionToInput, fieldToInput, stepToInput, triggerToInput } from './spec-to-input';
import { scheduledInputs } from './scheduled-inputs';
import { matchingImageStep, notifyStep } from './step-outputs';
import { withApproval } from './review-wish';
import { specOutputKind } from './template-match';
import { describedInOwnWords, nameStems, readableInput } from './template-fit';
import { VAGUE_VALUES } from './vague-values';
import { stem, tokenize } from './words';
import { partsStep } from './task-steps';

/**
 * The triggers said, never the template's own: a template's schedule or webhook stays only
 * when the person asked for that kind of start (the schedule at their time).
 */
function newTriggers(d: Description, spec: AppSpec, tablesKept: boolean): TriggerInput[] {
  const kept = spec.triggers
    .filter(
      (t) => (t.kind === 'webhook' && d.event?.kind === 'webhook') || (t.kind === 'record-created' && d.event?.kind === 'record-created'),
    )
    .map(triggerToInput);
  const oldSchedule = spec.triggers.find((t) => t.kind === 'schedule');
  const added: TriggerInput[] = [];
  if (d.schedule) {
    // The template's scheduled inputs (e.g. "{{schedule.since}}") still apply at the new time,
    // unless they read a table that was left out.
    const readsTables = oldSchedule?.kind === 'schedule' && oldSchedule.inputs.some((v) => v.value.includes('schedule.records.'));
    const kept =
      oldSchedule?.kind === 'schedule' && oldSchedule.inputs.length > 0 && (tablesKept || !readsTables) ? oldSchedule.inputs : null;
    const filled = kept ?? scheduledInputs(spec.inputs, d.text);
    const inputs = filled.length > 0 ? filled : null;
    added.push({ kind: 'schedule', cron: d.schedule.cron, timezone: d.schedule.timezone, inputs, missed: null });
  }
  if (d.event?.kind === 'webhook' && !kept.some((t) => t.kind === 'webhook')) added.push({ kind: 'webhook' });
  if (d.event?.kind === 'record-created' && spec.collections[0] && !kept.some((t) => t.kind === 'record-created')) {
    added.push({ kind: 'record-created', collection: spec.collections[0].name });
  }
  const manual: TriggerInput[] = kept.some((t) => t.kind === 'manual') ? [] : [{ kind: 'manual' }];
  return [...manual, ...kept, ...added];
}

function withExtraFields(spec: AppSpec, extra: Description['fields'], steps: StepInput[]): CreateAppInput['collections'] {
  // One table and one save step: the new fields become columns and are saved too.
  const saves = steps.filter((s) => s.kind === 'save-record');
  if (spec.collections.length !== 1 || saves.length !== 1) return null;
  for (const step of saves) {
    if (step.kind !== 'save-record') continue;
    const missing = extra.filter((f) => !step.values.some((v) => v.name === f.name));
    step.values = [...step.values, ...missing.map((f) => ({ name: f.name, value: `{{inputs.${f.name}}}` }))];
  }
  return spec.collections.map(collectionToInput).map((c) => ({
    ...c,
    fields: [...c.fields, ...extra.filter((f) => !c.fields.some((x) => x.name === f.name)).map((f) => ({ ...f, required: null }))],
  }));
}

function addMatchingImage(spec: AppSpec, steps: StepInput[]): boolean {
  const lastText = [...spec.steps].reverse().find((s) => s.kind === 'generate-text');
  if (!lastText) return false;
  steps.splice(steps.findIndex((x) => x.id === lastText.id) + 1, 0, matchingImageStep(spec.steps, lastText.id, null));
  return true;
}

/** Binds image steps to the image model asked for (unnamed ones are left to create_app). */
function bindImageSteps(steps: StepInput[], named: string | null): boolean {
  if (named === null) return false;
  let changed = false;
  for (const s of steps) {
    if ((s.kind === 'generate-image' || s.kind === 'edit-image') && s.model?.model !== named) {
      s.model = binding(named);
      changed = true;
    }
  }
  return changed;
}

/**
 * Fields to read out of the text replace what the template's one extract step reads (the
 * person said what to pull); its table and save step follow, keeping other columns (the source).
 */
function withExtractedFields(spec: AppSpec, wanted: Description['fields'], steps: StepInput[]): CreateAppInput['collections'] {
  const step = steps.find((s) => s.kind === 'extract');
  if (step?.kind !== 'extract') return null;
  const before = new Set(step.fields.map((f) => f.name));
  // A value another AI step reads ("{{steps.enrich.companySize}}") stays, or that step would break;
  // save steps follow the fields below.
  const others = JSON.stringify(steps.filter((s) => s !== step && s.kind !== 'save-record'));
  const used = step.fields.filter((f) => others.includes(`{{steps.${step.id}.${f.name}}}`) && !wanted.some((w) => w.name === f.name));
  step.fields = [...wanted.map((f) => step.fields.find((x) => x.name === f.name) ?? f), ...used];
  // Nothing left to read: the step goes (its values were the template's, not the person's).
  if (step.fields.length === 0) steps.splice(steps.indexOf(step), 1);
  const now = new Set(step.fields.map((f) => f.name));
  const dropped = [...before].filter((n) => !now.has(n));
  const added = step.fields.filter((f) => !before.has(f.name));
  const reads = (value: string) => dropped.some((n) => value.includes(`{{steps.${step.id}.${n}}}`));
  const saves = steps.filter((s) => s.kind === 'save-record');
  const save = spec.collections.length === 1 && saves.length === 1 ? saves[0] : undefined;
  if (save?.kind !== 'save-record') return spec.collections.map(collectionToInput);
  const droppedColumns = new Set(save.values.filter((v) => reads(v.value)).map((v) => v.name));
  const kept = save.values.filter((v) => !reads(v.value));
  // A column of the template's own named like a value the person asked for ("source" beside the source text)
  // takes another name: each column once.
  const renamed = new Map<string, string>();
  for (const v of kept) if (added.some((f) => f.name === v.name)) renamed.set(v.name, `${v.name}Text`);
  save.values = [
    ...kept.map((v) => ({ ...v, name: renamed.get(v.name) ?? v.name })),
    ...added.map((f) => ({ name: f.name, value: `{{steps.${step.id}.${f.name}}}` })),
  ];
  return spec.collections.map(collectionToInput).map((c) => {
    const fields = c.fields.filter((f) => !droppedColumns.has(f.name)).map((f) => ({ ...f, name: renamed.get(f.name) ?? f.name }));
    return {
      ...c,
      fields: [...fields, ...added.filter((f) => !fields.some((x) => x.name === f.name)).map((f) => ({ ...f, required: null }))],
    };
  });
}

/**
 * The labels said ("as billing, technical or other") replace those of the template's one
 * classify step, and the choices of table columns that held the old labels.
 */
function relabel(steps: StepInput[], labels: string[], collections: CollectionInput[]): boolean {
  const classify = steps.filter((s) => s.kind === 'classify');
  const step = classify.length === 1 ? classify[0] : undefined;
  if (step?.kind !== 'classify') return false;
  const old = JSON.stringify(step.labels);
  step.labels = labels;
  for (const c of collections) for (const f of c.fields) if (f.type === 'select' && JSON.stringify(f.options) === old) f.options = labels;
  return true;
}

/**
 * One table, called what the person calls what it keeps ("our invoices sheet" → invoices), not
 * the template's own name; the steps and triggers that name it follow.
 */
function renameTable(collections: CollectionInput[], noun: string, steps: StepInput[], triggers: TriggerInput[]): boolean {
  const table = collections.length === 1 ? collections[0]! : null;
  const { name, label } = tableNames(noun);
  if (!table || table.name === name) return false;
  const old = table.name;
  table.name = name;
  table.label = label;
  for (const s of steps) if (s.kind === 'save-record' && s.collection === old) s.collection = name;
  for (const t of triggers) {
    if (t.kind === 'record-created' && t.collection === old) t.collection = name;
    if (t.kind === 'schedule' && t.inputs)
      t.inputs = t.inputs.map((v) => ({ ...v, value: v.value.split(`schedule.records.${old}}}`).join(`schedule.records.${name}}}`) }));
  }
  return true;
}

/**
 * Whether the text names a template field by every content word of its name ("clears the
 * amount"), not only inside a field of the person's own ("the booking confirmation email").
 */
function textNames(said: ReadonlySet<string>, name: string, own: readonly Description['fields'][number][]): boolean {
  const stems = [...nameStems(name)];
  const within = (f: Description['fields'][number]) => f.name !== name && stems.every((w) => nameStems(f.name).has(w));
  return stems.length > 0 && stems.every((w) => said.has(w)) && !own.some(within);
}

/** Kinds of field that are handed over (a photo, a file), never a value read out of text. */
const HANDED_OVER = new Set(['image', 'document', 'file']);

/**
 * What the template's one extract step reads out: the values the person said to read, else,
 * when they listed fields of their own, never the template's defaults beside them, only those
 * the text names ("clears the amount"). A template that only reads (a data extractor) reads
 * the fields listed; one that also writes reads only its defaults the person names ("the
 * action items"). Null when nothing was listed: the defaults stay.
 */
function valuesRead(d: Description, spec: AppSpec, upload: (f: Description['fields'][number]) => boolean): Description['fields'] | null {
  const extracts = spec.steps.filter((s) => s.kind === 'extract');
  const step = extracts.length === 1 ? extracts[0] : undefined;
  if (step?.kind !== 'extract') return null;
  // What the app reads ("from invoices") or a vague "structured data" names no value of the person's own.
  const vague = (name: string) => {
    const head =
      name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(' ')
        .at(-1) ?? name;
    return VAGUE_VALUES.has(head) || (d.recordNoun !== null && stem(name) === stem(d.recordNoun));
  };
  const read = d.fields.filter((f) => d.extracted.has(f.name) && !vague(f.name));
  if (read.length > 0) return read;
  const own = d.fields.filter(
    (f) => !upload(f) && !HANDED_OVER.has(f.type) && !spec.inputs.some((i) => i.name === f.name) && !vague(f.name),
  );
  // One noun beside the template's job ("from invoices") is what it reads, not a list of values.
  if (own.length < 2) return null;
  const said = new Set(tokenize(d.text).map(stem));
  const named = step.fields.filter((x) => d.fields.some((f) => f.name === x.name) || textNames(said, x.name, own)).map(fieldToInput);
  const onlyReads = spec.steps.every((s) => s.kind === 'extract' || s.kind === 'save-record');
  return onlyReads ? [...own, ...named.filter((x) => !own.some((f) => f.name === x.name))] : named;
}

export function customiseTemplate(d: Description, template: LoadedTemplate, models: ModelChoice): CreateAppInput {
  const spec = template.spec;
  const steps = spec.steps.map(stepToInput);
  let stepsChanged = false;
  let collections: CreateAppInput['collections'] = null;
  // The photo or document handed over is the template's own upload ("a photo of a room" is its photo).
  const upload = (f: Description['fields'][number]) =>
    (f.type === 'image' || f.type === 'document') && spec.inputs.some((i) => i.type === f.type);
  const read = valuesRead(d, spec, upload);
  const given = d.fields.filter((f) => !read?.some((r) => r.name === f.name));
  if (read !== null) {
    collections = withExtractedFields(spec, read, steps);
    stepsChanged = collections !== null;
  }
  const extra = given.filter((f) => !spec.inputs.some((i) => i.name === f.name) && !upload(f));
  if (extra.length > 0) {
    const withExtra = withExtraFields(
      { ...spec, collections: collections ? collections.map(toCollection) : spec.collections },
      extra,
      steps,
    );
    if (withExtra) {
      collections = withExtra;
      stepsChanged = true;
    }
  }
  if (d.outputKind === 'text+image' && specOutputKind(spec) === 'text') stepsChanged = addMatchingImage(spec, steps) || stepsChanged;
  stepsChanged = bindImageSteps(steps, models.image) || stepsChanged;
  if (d.labels) {
    collections ??= spec.collections.map(collectionToInput);
    stepsChanged = relabel(steps, d.labels, collections) || stepsChanged;
  }
  // A result of several named parts ("a SOAP note (subjective, objective, assessment, plan)") shows each part.
  const writing = steps.findLastIndex((s) => s.kind === 'generate-text');
  if (d.parts.length >= 2 && writing >= 0) {
    steps.splice(writing + 1, 0, partsStep(steps[writing]!.id, d.parts, new Set(steps.map((s) => s.id))));
    stepsChanged = true;
  }
  // Tables nobody asked for are the template's idea, not the person's: left out with their save
  // steps (a digest then reads what the person describes, not rows of its own).
  const tablesKept = d.keepsRecords || d.event?.kind === 'record-created';
  if (!tablesKept && (collections ?? spec.collections).length > 0) {
    collections = [];
    const unsaved = steps.filter((s) => s.kind !== 'save-record');
    if (unsaved.length < steps.length) steps.splice(0, steps.length, ...unsaved);
    stepsChanged = true;
  }
  const keeps = d.keepsRecords && d.event?.kind !== 'record-created' && spec.collections.length === 0 && (collections ?? []).length === 0;
  if (keeps) {
    const { table, save } = keepRecords(
      d.recordNoun ?? 'record',
      [...spec.inputs.map(fieldToInput), ...extra],
      resultColumns(steps),
      new Set(steps.map((s) => s.id)),
    );
    collections = [table];
    steps.push(save);
    stepsChanged = true;
  }
  const name = appName(d, d.name ? null : template.title);
  if (d.notify?.target) {
    steps.push(notifyStep(steps, d.notify.channel, d.notify.target, name));
    stepsChanged = true;
  }
  if (d.review && !steps.some((s) => s.kind === 'approval')) {
    const gated = withApproval(steps);
    if (gated.length > steps.length) {
      steps.splice(0, steps.length, ...gated);
      stepsChanged = true;
    }
  }
  const triggers = newTriggers(d, spec, tablesKept);
  // New rows start the run, so the run must not save into that table again (it would loop).
  const watched = triggers.find((t) => t.kind === 'record-created');
  if (watched?.kind === 'record-created') {
    const kept = steps.filter((s) => !(s.kind === 'save-record' && s.collection === watched.collection));
    if (kept.length < steps.length) {
      steps.splice(0, steps.length, ...kept);
      stepsChanged = true;
    }
  }
  if (d.recordNoun) {
    const tables = collections ?? spec.collections.map(collectionToInput);
    if (renameTable(tables, d.recordNoun, steps, triggers)) {
      collections = tables;
      stepsChanged = true;
    }
  }
  const side = tablesKept ? sideTables(d.joined, collections ?? spec.collections.map(collectionToInput)) : [];
  if (side.length > 0) collections = [...(collections ?? spec.collections.map(collectionToInput)), ...side];
  // Copies: the fields are the description's, which the turn after this one reads again (recent.ts).
  const inputs = [...spec.inputs.map(fieldToInput), ...extra.map((f) => ({ ...f }))];
  const documentInput = d.given.document ? readableInput(inputs) : null;
  if (documentInput) documentInput.type = 'document';
  return {
    name,
    description: describedInOwnWords(d),
    template: template.id,
    inputs: extra.length > 0 || documentInput ? inputs : null,
    steps: stepsChanged ? steps : null,
    collections,
    triggers,
    model: models.text ? binding(models.text) : null,
    workload: d.workload.length > 0 ? d.workload : null,
  };
}
