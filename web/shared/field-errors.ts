/**
 * Errors where the eye is: a problem with a form field is written under that field, with its
 * label, and the control is marked aria-invalid and described by the sentence — before anything
 * is sent (checkFields) and when the server refuses a value it names (showRefusal).
 */
import type { Field } from '../../agent/spec/app-spec';
import { h } from '../dom';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function controlOf(form: HTMLFormElement, name: string): Control | null {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el : null;
}

export function clearFieldErrors(form: HTMLFormElement): void {
  for (const note of form.querySelectorAll('.field-error')) note.remove();
  for (const control of form.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute('aria-invalid');
    const rest = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

/** Writes `sentence` under the field named `name`; false when the form has no such field. */
export function showFieldError(form: HTMLFormElement, name: string, sentence: string): boolean {
  const control = controlOf(form, name);
  if (!control) return false;
  const id = `${control.id || name}-error`;
  document.getElementById(id)?.remove();
  const note = h('p', { class: 'field-error', attrs: { id } }, sentence);
  (control.closest('.field') ?? control.parentElement)?.append(note);
  control.setAttribute('aria-invalid', 'true');
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  control.setAttribute('aria-describedby', [...described.filter((d) => d !== id), id].join(' '));
  return true;
}

/** The sentence for one field's value, or null when it is fine. */
export function fieldProblem(field: Pick<Field, 'label' | 'type' | 'required'>, control: Control): string | null {
  if (field.type === 'boolean') return null;
  const files = control instanceof HTMLInputElement && control.type === 'file' ? (control.files?.length ?? 0) : null;
  const value = control.value.trim();
  if (files === null ? value === '' : files === 0) return field.required ? `${field.label} is required.` : null;
  if (field.type === 'number' && !Number.isFinite(Number(value))) return `${field.label} must be a number, like 3 or 2.5.`;
  if (field.type === 'email' && control instanceof HTMLInputElement && control.validity.typeMismatch)
    return `${field.label} must be an email address, like ada@example.com.`;
  if (field.type === 'url' && !/^https?:\/\/\S+$/i.test(value))
    return `${field.label} must be a web address starting with http:// or https://.`;
  return null;
}

/** Marks every field with a problem; focuses the first. Returns how many there are. */
export function checkFields(form: HTMLFormElement, fields: ReadonlyArray<Pick<Field, 'name' | 'label' | 'type' | 'required'>>): number {
  clearFieldErrors(form);
  let first: Control | null = null;
  let count = 0;
  for (const field of fields) {
    const control = controlOf(form, field.name);
    const problem = control ? fieldProblem(field, control) : null;
    if (!control || !problem) continue;
    showFieldError(form, field.name, problem);
    first ??= control;
    count++;
  }
  first?.focus();
  return count;
}

/**
 * A server refusal that names a field ("inputs.role: is required. Fields are: …", or an issue
 * path such as "body.openaiBaseUrl") shown under that field with its label, in plain words.
 * Returns false when the refusal names no field of this form (the caller shows it as a whole).
 */
export function showRefusal(
  form: HTMLFormElement,
  fields: ReadonlyArray<Pick<Field, 'name' | 'label'>>,
  message: string,
  issues: ReadonlyArray<{ path: string; message: string }> = [],
): boolean {
  clearFieldErrors(form);
  const named = issues.length ? issues : [{ path: message.split(':')[0] ?? '', message: message.slice(message.indexOf(':') + 1) }];
  let shown = false;
  for (const issue of named) {
    const name = issue.path.split('.').pop() ?? '';
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    const said = (issue.message.split('. Fields are:')[0] ?? '').trim().replace(/\.$/, '');
    shown = showFieldError(form, field.name, `${field.label}: ${said}.`) || shown;
  }
  if (shown) form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  return shown;
}
