/**
 * The steps a composed app runs on the person's own task: a draft written from it, or, for a
 * data tool that named nothing to read out, one result value worked out from it. Each hands
 * its output to the app's result columns.
 */
import type { FieldInput, StepInput } from '../tools/spec-inputs';
import type { ResultColumn } from './keep-records';

const RESULT: FieldInput = { name: 'result', label: 'Result', type: 'longText', required: false, options: null, help: null };
const SYSTEM = 'Do exactly what the task asks, using only the information given. Reply with the result alone.';

/** A draft of the task ("Write"), its text the result. */
export function draftStep(prompt: string, outputs: ResultColumn[]): StepInput {
  outputs.push({ field: RESULT, value: '{{steps.draft.text}}' });
  return { kind: 'generate-text', id: 'draft', title: 'Write', model: null, prompt, system: SYSTEM };
}

/**
 * The one step of an app whose words named nothing the rules could make (no labels, no values
 * to read out, no writing): the task itself, as a result value for a data tool or a draft for
 * a writing one. An app with no step at all would take its form and do nothing.
 */
export function taskStep(structured: boolean, prompt: string, outputs: ResultColumn[]): StepInput {
  if (!structured) return draftStep(prompt, outputs);
  outputs.push({ field: RESULT, value: '{{steps.result.result}}' });
  return { kind: 'extract', id: 'result', title: 'Work it out', model: null, prompt, fields: [{ ...RESULT, required: null }] };
}

/** A written result of several named parts ("a title and a description") copied out part by part, so each shows on its own. */
export function partsStep(from: string, parts: readonly FieldInput[], taken: ReadonlySet<string>): StepInput {
  return {
    kind: 'extract',
    id: taken.has('parts') ? 'resultParts' : 'parts',
    title: 'Split the result into its parts',
    model: null,
    prompt: `Copy each part out of this text as written.\n\n{{steps.${from}.text}}`,
    fields: parts.map((f) => ({ ...f, required: null })),
  };
}
