/**
 * Composing an app from scratch when no template fits: a form from the fields named (or
 * one neutral input for the job), the AI steps the output kind needs, a table and a
 * save step when records are kept, and the triggers said. Prompts quote the person's own
 * description so the app does what was asked, in their words.
 */
import type { CollectionInput, FieldInput, StepInput, TriggerInput } from '../tools/spec-inputs';
import type { CreateAppInput } from '../tools/create-app';
import { appName } from './app-name';
import type { Description } from './description';
import { keepRecords, tableFor, type ResultColumn } from './keep-records';
import { binding, type ModelChoice } from './model-choice';
import { scheduledInputs } from './scheduled-inputs';
import { matchingImageStep, notifyStep } from './step-outputs';
import { withApproval } from './review-wish';
import { rowsDecidedOn, withApprovalState } from './approval-state';
import { emailInputs } from './email-inputs';
import { fieldFromSaid, type SaidField } from './said-field';
import { sideTables } from './coordinated-tables';
import { materialOf, READING_VERBS } from './material';
import { toIdentifier } from './fields';
import { readTokens, saysAny } from './language';
import { asksForProse } from './result-shape';
import { describedInOwnWords } from './template-fit';
import { draftStep, partsStep, taskStep } from './task-steps';

function field(name: string, label: string, type: FieldInput['type'], required: boolean): FieldInput {
  return { name, label, type, required, options: null, help: null };
}

/** An upload called what the person calls it ("resume", "receipt photo"), else what it is. */
function upload(words: string | null, fallback: string, type: FieldInput['type']): FieldInput {
  const name = words ? toIdentifier(words) : fallback.toLowerCase();
  const label = words ? words.replace(/^./, (c) => c.toUpperCase()) : fallback;
  return field(name, label, type, true);
}

/** The material a photo or document brings: an upload field, unless one was named (or it comes attached to a mail). */
function uploads(d: Description, named: FieldInput[]): FieldInput[] {
  const extra: FieldInput[] = [];
  const taken = (f: FieldInput) => named.some((n) => n.name === f.name);
  if (d.given.document && !named.some((f) => f.type === 'document')) {
    const doc = upload(d.given.documentWords, 'Document', 'document');
    extra.push(taken(doc) ? field('document', 'Document', 'document', true) : doc);
  }
  if (d.given.photo && d.outputKind !== 'image-edit' && !named.some((f) => f.type === 'image')) {
    const photo = upload(d.given.photoWords && `${d.given.photoWords} photo`, 'Photo', 'image');
    extra.push(taken(photo) ? field('photo', 'Photo', 'image', true) : photo);
  }
  return extra;
}

/** The text to read, called what it is ("Product reviews") when the reading verb says. */
function material(d: Description, required: boolean): FieldInput {
  const words = materialOf(d.text);
  const name = words ? toIdentifier(words) : 'text';
  const taken = d.fields.some((f) => f.name === name);
  return words && !taken
    ? field(
        name,
        words.replace(/^./, (c) => c.toUpperCase()),
        'longText',
        required,
      )
    : field('text', 'Text', 'longText', required);
}

/** A value copied in, not a text to read: "order number", "VAT no", "customer ID", "company name". */
const IDENTIFIER = /\b(?:number|no|nr|id|code|name)$/i;

/** The form: fields named, else one input that carries the job's material. */
function inputsFor(d: Description): FieldInput[] {
  // Started by mail: the message's parts are the first inputs, and its attachments the document.
  const mail = d.event?.kind === 'email' ? emailInputs(d.given.document) : [];
  const said = d.fields.filter((f) => !d.extracted.has(f.name) && !mail.some((m) => m.name === f.name)).map((f) => ({ ...f }));
  const uploaded = uploads(d, [...mail, ...d.fields]);
  // "upload a photo … the photo" said among the fields as well: one input, the upload.
  const named = [...mail, ...uploaded, ...said.filter((f) => !uploaded.some((u) => u.name === f.name))];
  if (d.extracted.size > 0 && !named.some((f) => f.type === 'longText' || f.type === 'document' || f.type === 'image')) {
    // Fields read out of a text need the text: the one handed over ("I paste a supplier quote") when said, else a box for it.
    const handed = named.filter((f) => d.givenFields.has(f.name) && f.type === 'text' && !IDENTIFIER.test(f.label));
    if (handed.length === 1) return named.map((f) => (f === handed[0] ? { ...f, type: 'longText' as const, required: true } : f));
    return [...named, field('text', 'Text to read', 'longText', true)];
  }
  if (d.outputKind === 'image-edit') {
    const photo = named.find((f) => f.type === 'image') ?? field('photo', 'Reference photo', 'image', true);
    const rest = named.filter((f) => f.name !== photo.name);
    const hasInstructions = rest.some((f) => f.type === 'longText' || f.type === 'text');
    return [photo, ...rest, ...(hasInstructions ? [] : [field('instructions', 'What to change', 'longText', false)])];
  }
  if (named.some((f) => f.type === 'longText' || f.type === 'text' || f.type === 'document' || f.type === 'image')) return named;
  const main =
    d.outputKind === 'image'
      ? field('description', 'What the image should show', 'longText', !d.schedule)
      : saysAny(readTokens(d.text), READING_VERBS)
        ? material(d, !d.schedule)
        : field('brief', 'Brief', 'longText', !d.schedule);
  return [...named, main];
}

function inputLines(inputs: FieldInput[]): string {
  return (
    inputs
      // A document input is text once extracted, so its reference belongs in the prompt.
      .filter((f) => f.type !== 'image' && f.type !== 'file')
      .map((f) => `${f.label}: {{inputs.${f.name}}}`)
      .join('\n')
  );
}

/**
 * A data app reads values out of what it is given: with a document, a photo or a text to read,
 * the fields listed (not handed over) are what it extracts; with nothing to read it is a plain
 * records app whose fields are its form and its table.
 */
function asDataApp(d: Description): Description {
  const reads =
    d.given.document ||
    d.given.photo ||
    d.event?.kind === 'email' ||
    d.extracted.size > 0 ||
    d.fields.some((f) => d.givenFields.has(f.name) && f.type === 'longText');
  if (!reads) return { ...d, keepsRecords: d.keepsRecords || (d.recordsApp && d.labels === null) };
  const listed = d.fields.filter((f) => !d.givenFields.has(f.name) && f.type !== 'image' && f.type !== 'document').map((f) => f.name);
  return { ...d, extracted: new Set([...d.extracted, ...listed]) };
}

export function composeApp(described: Description, models: ModelChoice): CreateAppInput {
  const structured = described.structured && described.outputKind === 'text';
  const d = structured ? asDataApp(described) : described;
  const name = appName(d, null);
  const inputs = inputsFor(d);
  // The person's words go into prompts; braces there would read as template references.
  // Kept well under the 20,000-character prompt limit, leaving room for the input lines.
  const task = d.text.replace(/\s+/g, ' ').replace(/[{}]/g, '').slice(0, 4000);
  const lines = inputLines(inputs);
  const steps: StepInput[] = [];
  const outputs: ResultColumn[] = [];

  if (d.labels) {
    steps.push({
      kind: 'classify',
      id: 'label',
      title: 'Classify',
      model: null,
      prompt: `Pick the label that fits best.\n\n${lines}`,
      labels: d.labels,
    });
    outputs.push({ field: { ...field('label', 'Label', 'select', false), options: d.labels }, value: '{{steps.label.label}}' });
  }
  const extracted = d.fields.filter((f) => d.extracted.has(f.name));
  const source = inputs.find((f) => f.type === 'document' || f.type === 'image') ?? inputs.find((f) => f.type === 'longText');
  // Something to read and nothing named to read out of it: the findings are the one value.
  if (structured && extracted.length === 0 && !d.labels && source && (d.given.document || d.given.photo)) {
    extracted.push(field('findings', 'Findings', 'longText', false));
  }
  if (extracted.length > 0 && source) {
    steps.push({
      kind: 'extract',
      id: 'fields',
      title: 'Extract the fields',
      model: null,
      prompt: `${task}\n\nExtract these fields. Leave a field empty when the source does not state it.\n\n{{inputs.${source.name}}}`,
      fields: extracted.map((f) => ({ ...f, required: null })),
    });
    for (const f of extracted) outputs.push({ field: { ...f, required: null }, value: `{{steps.fields.${f.name}}}` });
  }
  const writes = d.outputKind === 'text' || d.outputKind === 'text+image';
  // Labels or values read out, and no writing asked for: nothing to write.
  const onlyReads = (d.labels !== null || extracted.length > 0) && !asksForProse(d.text);
  if (writes && !onlyReads && !structured) {
    steps.push(draftStep(`${task}\n\n${lines}${d.labels ? '\nLabel: {{steps.label.label}}' : ''}`.trim(), outputs));
    // Rows kept of a result with named parts ("a title and a description") hold each part in its column;
    // a result of several parts ("a score, a short summary and the next best action") shows each part, kept or not.
    if (d.parts.length >= 2 || (d.parts.length > 0 && d.keepsRecords)) {
      const split = partsStep('draft', d.parts, new Set(steps.map((s) => s.id)));
      steps.push(split);
      for (const f of d.parts) outputs.push({ field: { ...f, required: null }, value: `{{steps.${split.id}.${f.name}}}` });
    }
  }
  // Unnamed image models are left to create_app, which binds image steps to a fitting model.
  const imageBinding = models.image ? binding(models.image) : null;
  if (d.outputKind === 'text+image') {
    steps.push(matchingImageStep(steps, 'draft', imageBinding));
  } else if (d.outputKind === 'image') {
    steps.push({
      kind: 'generate-image',
      id: 'image',
      title: 'Create the image',
      model: imageBinding,
      prompt: `${task}\n\n${lines}`.trim(),
      quality: null,
      size: null,
    });
  } else if (d.outputKind === 'image-edit') {
    const photo = inputs.find((f) => f.type === 'image')!;
    steps.push({
      kind: 'edit-image',
      id: 'edited',
      title: 'Edit the photo',
      model: imageBinding,
      prompt: `${task}\n\n${lines}`.trim(),
      imageInput: photo.name,
      quality: null,
      size: null,
    });
  }

  const collections: CollectionInput[] = [];
  const triggers: TriggerInput[] = [{ kind: 'manual' }];
  const noun = d.recordNoun ?? 'record';
  // Nothing to make, and a records app or a table said with its columns: its form fills its table.
  const recordsSaid = d.recordsApp || d.tables.some((t) => t.columns.length >= 3);
  const keeps = d.keepsRecords || (steps.length === 0 && d.fields.length > 0 && recordsSaid);
  // A run that neither makes, reads nor keeps anything would do nothing: it does the task.
  if (steps.length === 0 && (!keeps || d.event?.kind === 'record-created')) {
    steps.push(taskStep(structured, `${task}\n\n${lines}`.trim(), outputs));
  }
  // Tables said with their columns count where rows are kept, the tool is a records app or makes
  // nothing else ("Projects: name, slug, address…"); in a tool that writes, reads or routes, "open
  // incidents with next step and owner" or "key contacts (champion, …)" are parts of what it writes or is given.
  const said = (keeps || d.recordsApp) && (d.tables.length >= 2 || (d.tables.length === 1 && d.tables[0]!.columns.length >= 3));
  // A tool that reads an upload keeps what it read; a tracker keeps photos as columns of its rows.
  const several = said && !d.given.document && (!d.given.photo || d.recordsApp) ? d.tables : [];
  if (d.event?.kind === 'record-created') {
    // New rows start the run, so the run must not save into the same table (it would loop).
    const table = tableFor(noun, inputs);
    // Other tables named beside the one watched ("… and log what it did in our actions sheet") are kept too.
    collections.push(table, ...sideTables(d.joined, [table]));
    triggers.push({ kind: 'record-created', collection: table.name });
  } else if (keeps || several.length > 0) {
    // Several tables said, each with its columns: the form saves into the first, the others are kept as said.
    const first = several[0] ? inputs.filter((f) => several[0]!.columns.some((c) => fillsColumn(f, c))) : [];
    const kept = keepRecords(several[0]?.noun ?? noun, first.length > 0 ? first : inputs, outputs, new Set(steps.map((s) => s.id)));
    // Rows someone approves or rejects keep where they stand; a run held for review (d.review) is decided before it saves.
    const { table, save } = rowsDecidedOn(d.text) && !d.review ? withApprovalState(kept.table, kept.save) : kept;
    collections.push(table, ...several.slice(1).map((t) => tableFor(t.noun, t.columns.map(fieldFromSaid))));
    steps.push(save);
    collections.push(...sideTables(d.joined, collections));
  }
  if (d.notify?.target) steps.push(notifyStep(steps, d.notify.channel, d.notify.target, name));
  if (d.event?.kind === 'webhook' || d.event?.kind === 'email') triggers.push({ kind: d.event.kind });
  if (d.schedule) {
    // Scheduled runs have nobody to fill the form: the main input gets the description.
    const main = inputs.find((f) => f.type === 'longText');
    const values = scheduledInputs(
      inputs.map((f) => (f === main ? { ...f, required: true } : f)),
      task,
    );
    triggers.push({
      kind: 'schedule',
      cron: d.schedule.cron,
      timezone: d.schedule.timezone,
      inputs: values.length > 0 ? values : null,
      missed: null,
    });
  }
  return {
    name,
    description: describedInOwnWords(d),
    template: null,
    inputs,
    steps: d.review ? withApproval(steps) : steps,
    collections,
    triggers,
    model: models.text ? binding(models.text) : null,
    workload: d.workload.length > 0 ? d.workload : null,
  };
}

/** An input fills a said column when named alike, or when it names it more closely ("dog's breed" for "breed"). */
function fillsColumn(input: FieldInput, column: SaidField): boolean {
  const said = fieldFromSaid(column);
  return said.name === input.name || input.label.toLowerCase().endsWith(` ${said.label.toLowerCase()}`);
}
