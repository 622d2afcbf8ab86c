/**
 * Keeping records: a table named for what is kept ("leads"), with a column per form field
 * and per result, and the save step that fills it after the other steps.
 */
import pluralize from 'pluralize';
import type { CollectionInput, FieldInput, StepInput } from '../tools/spec-inputs';
import { toIdentifier } from './fields';
import { LEDGER_WORDS } from './record-nouns';

export interface ResultColumn {
  field: FieldInput;
  /** Template of the value, e.g. `{{steps.draft.text}}`. */
  value: string;
}

/** English plurals from pluralize's rules: "signups" stays, "person" → people, "status" → statuses. */
export function plural(noun: string): string {
  return pluralize.plural(noun);
}

const capitalised = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/**
 * A table's identifier and label for what it keeps: "lead" → leads, "Leads". A ledger keeps the
 * person's name for it as its label and is identified by its rows: "downtime log" → downtimes,
 * "Downtime log", as a tracker of leads is `leads`.
 */
export function tableNames(noun: string): Pick<CollectionInput, 'name' | 'label'> {
  const words = noun.split(' ');
  if (words.length > 1 && LEDGER_WORDS.has(words[words.length - 1]!)) {
    return { name: toIdentifier(plural(words.slice(0, -1).join(' '))), label: capitalised(noun) };
  }
  const name = plural(noun);
  return { name: toIdentifier(name), label: capitalised(name) };
}

export function tableFor(noun: string, fields: FieldInput[]): CollectionInput {
  return { ...tableNames(noun), fields: fields.map((f) => ({ ...f, required: null })) };
}

/** The table and its save step; uploads (files) are not copied into rows. */
export function keepRecords(
  noun: string,
  inputs: FieldInput[],
  results: ResultColumn[],
  takenIds: ReadonlySet<string>,
): { table: CollectionInput; save: StepInput } {
  const kept = inputs.filter((f) => f.type !== 'file' && f.type !== 'document');
  // A result named like a form field or an earlier result (a template's "summary" step and a "summary" read out) is one column.
  const extra = results.filter(
    (r, i) => !kept.some((k) => k.name === r.field.name) && results.findIndex((x) => x.field.name === r.field.name) === i,
  );
  const table = tableFor(noun, [...kept, ...extra.map((r) => r.field)]);
  const save: StepInput = {
    kind: 'save-record',
    id: takenIds.has('save') ? 'saveRecord' : 'save',
    title: `Save the ${noun}`,
    model: null,
    collection: table.name,
    values: [
      ...kept.map((f) => ({ name: f.name, value: `{{inputs.${f.name}}}` })),
      ...extra.map((r) => ({ name: r.field.name, value: r.value })),
    ],
  };
  return { table, save };
}

/** A column per AI result of `steps`: text, label, each extracted field, image. */
export function resultColumns(steps: readonly StepInput[]): ResultColumn[] {
  const columns: ResultColumn[] = [];
  const column = (name: string, label: string, type: FieldInput['type'], options: string[] | null = null): FieldInput => ({
    name,
    label,
    type,
    required: null,
    options,
    help: null,
  });
  for (const s of steps) {
    if (s.kind === 'generate-text') columns.push({ field: column(s.id, s.title, 'longText'), value: `{{steps.${s.id}.text}}` });
    if (s.kind === 'classify') columns.push({ field: column(s.id, s.title, 'select', s.labels), value: `{{steps.${s.id}.label}}` });
    if (s.kind === 'extract')
      for (const f of s.fields) columns.push({ field: { ...f, required: null }, value: `{{steps.${s.id}.${f.name}}}` });
    if (s.kind === 'generate-image' || s.kind === 'edit-image')
      columns.push({ field: column(s.id, s.title, 'image'), value: `{{steps.${s.id}.image}}` });
  }
  return columns;
}
