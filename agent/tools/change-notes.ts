/**
 * What an update did, in words for the person who asked: the words a prompt now ends with, and
 * how a form field changed in place. update_app appends these to its summary.
 */
import type { AppSpec } from '../spec/app-spec';
import { fieldTypeWord } from '../spec/plain-words';

/** What a prompt gained, said back so that the person sees the words the model will now read. */
function promptAdditions(before: AppSpec, after: AppSpec): string[] {
  return after.steps.flatMap((step) => {
    const old = before.steps.find((s) => s.id === step.id);
    if (!old || !('prompt' in old) || !('prompt' in step) || step.prompt === old.prompt || !step.prompt.startsWith(old.prompt)) return [];
    return [`The "${step.title}" step's prompt now ends: "${step.prompt.slice(old.prompt.length).trim()}"`];
  });
}

/** A form field changed in place, in words: "Deal size is now a number field", "Name shows the hint "e.g. Jane Doe"". */
function fieldChanges(before: AppSpec, after: AppSpec): string[] {
  return after.inputs.flatMap((field) => {
    const old = before.inputs.find((f) => f.name === field.name);
    if (!old) return [];
    const said = [
      old.type !== field.type ? `is now a ${fieldTypeWord(field.type)} field` : null,
      JSON.stringify(old.options ?? null) !== JSON.stringify(field.options ?? null) && field.options?.length
        ? `offers ${field.options.join(', ')}`
        : null,
      (old.required ?? false) !== (field.required ?? false) ? `is now ${field.required ? 'required' : 'optional'}` : null,
      (old.help ?? null) !== (field.help ?? null) ? (field.help ? `shows the hint "${field.help}"` : 'shows no hint') : null,
    ].filter((s) => s !== null);
    return said.length > 0 ? [`${field.label} ${said.join(' and ')}.`] : [];
  });
}

/** Every sentence owed for the change from `before` to `after`. */
export function changeNotes(before: AppSpec, after: AppSpec): string[] {
  return [...promptAdditions(before, after), ...fieldChanges(before, after)];
}
