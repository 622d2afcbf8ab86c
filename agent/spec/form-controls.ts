/**
 * What each input field is as a form control — element, attributes, options — described once
 * and rendered by both the app page (server/runtime/render-app.ts, escaping html template)
 * and the builder preview (web/builder/preview.ts, DOM), so the preview shows the form the
 * app will have.
 */
import type { Field } from './app-spec';

/** Image uploads the runtime accepts (server/files keeps these types). */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/webp';

/** Documents the runtime extracts text from (server/documents). */
export const DOCUMENT_ACCEPT =
  '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

export interface FormControl {
  /** `<prefix>-<name>`: unique when two forms share a page. */
  id: string;
  name: string;
  label: string;
  required: boolean;
  help: string | null;
  /** The field's type (the control's data-type). */
  type: Field['type'];
  /** 'checkbox' is an input whose label follows it inside one label element. */
  element: 'input' | 'textarea' | 'select' | 'checkbox';
  /** Attributes that come first, in order: the input's type and its extras (accept, step). */
  attributes: readonly (readonly [name: string, value: string])[];
  /** Select choices as [value, text]; a blank first one when the field is optional. */
  options: readonly (readonly [value: string, text: string])[];
}

function shape(field: Field): Pick<FormControl, 'element' | 'attributes'> {
  switch (field.type) {
    case 'boolean':
      return { element: 'checkbox', attributes: [['type', 'checkbox']] };
    case 'longText':
      return { element: 'textarea', attributes: [] };
    case 'select':
      return { element: 'select', attributes: [] };
    case 'image':
      return {
        element: 'input',
        attributes: [
          ['type', 'file'],
          ['accept', IMAGE_ACCEPT],
        ],
      };
    case 'file':
      return { element: 'input', attributes: [['type', 'file']] };
    case 'document':
      return {
        element: 'input',
        attributes: [
          ['type', 'file'],
          ['accept', DOCUMENT_ACCEPT],
        ],
      };
    case 'number':
      return {
        element: 'input',
        attributes: [
          ['type', 'number'],
          ['step', 'any'],
        ],
      };
    case 'text':
    case 'email':
    case 'url':
    case 'date':
      return { element: 'input', attributes: [['type', field.type]] };
  }
}

export function formControl(field: Field, prefix: string): FormControl {
  const choices = field.type === 'select' ? (field.options ?? []).map((o) => [o, o] as const) : [];
  return {
    id: `${prefix}-${field.name}`,
    name: field.name,
    label: field.label,
    required: field.required,
    help: field.help ?? null,
    type: field.type,
    ...shape(field),
    options: field.type === 'select' && !field.required ? [['', ''], ...choices] : choices,
  };
}
