/** A field as a person said it, and the form field it becomes. */
import type { FieldInput } from '../tools/spec-inputs';
import { inferFieldType } from './field-types';
import { toIdentifier } from './fields';

export interface SaidField {
  /** The words as said, e.g. "website URL". */
  words: string;
  /** The text inside a bracket right after it: choices or a type hint. */
  hint: string | null;
  /** Handed to the tool by the person ("I paste a job posting"), not listed as a value to keep or read out. */
  given: boolean;
  /** Handed back by the tool ("get an overall score and a verdict"): a value of the result, never a form input. */
  returned?: boolean;
  /** Uploaded ("upload the contract and our change log"): a file, when its name says no other kind of value. */
  uploaded?: boolean;
  /** Said with its own determiner or possessive ("our change log"), not bare ("+ product name"). */
  determined?: boolean;
  /** How the form shows it, when not as named: "who reported it" is named reportedBy. */
  label?: string;
}

/** A said field as a form field: identifier, label and the type its name and hint suggest. */
export function fieldFromSaid(said: SaidField): FieldInput {
  const { type, options } = inferFieldType(said.words, said.hint);
  const label = (said.label ?? said.words).replace(/\s+/g, ' ').trim();
  return {
    name: toIdentifier(said.words),
    label: (label[0]!.toUpperCase() + label.slice(1)).slice(0, 120),
    // A file a person hands over is a document whose text the runtime reads.
    type: type === 'file' ? 'document' : type,
    required: null,
    options,
    help: null,
  };
}
