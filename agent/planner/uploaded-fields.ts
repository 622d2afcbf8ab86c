/**
 * Fields a person uploads ("upload our billing export and our change log"): when a document is
 * handed over, an uploaded thing whose name says no other kind of value (a date, a number, a
 * photo) is that document, not a line of text.
 */
import type { FieldInput } from '../tools/spec-inputs';
import type { SaidField } from './said-field';
import type { GivenInputs } from './given-inputs';

/** An uploaded thing as a field: the document handed over, or the value its name says. */
export function asUpload(field: FieldInput, said: SaidField, given: GivenInputs): FieldInput {
  const plain = field.type === 'text' || field.type === 'longText';
  return said.uploaded && plain && given.document ? { ...field, type: 'document', options: null } : field;
}

/** "from the main image… upload the image": a file named by its head alone is the file named before. */
export function namedBefore(field: FieldInput, earlier: Iterable<FieldInput>): boolean {
  if (field.type !== 'image' && field.type !== 'document') return false;
  const word = field.label.toLowerCase();
  return [...earlier].some((f) => f.type === field.type && f.label.toLowerCase().endsWith(` ${word}`));
}
