/** Reads typed values out of a form built from spec fields (render-app.ts renderField). */
import type { Field } from '../../agent/spec/app-spec';

export type FormValue = string | number | boolean | null;

/** Text-like fields only: image/file inputs are handled by the caller (uploads). */
export function readFieldValue(form: HTMLFormElement, field: Field): FormValue {
  const el = form.elements.namedItem(field.name);
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) return null;
  if (field.type === 'boolean') return el instanceof HTMLInputElement ? el.checked : null;
  const value = el.value.trim();
  if (value === '') return null;
  if (field.type === 'number') {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  return value;
}

export function writeFieldValue(form: HTMLFormElement, field: Field, value: unknown): void {
  const el = form.elements.namedItem(field.name);
  if (el instanceof HTMLInputElement && field.type === 'boolean') el.checked = value === true;
  else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    el.value = value === null || value === undefined ? '' : String(value);
  }
}

/** How a stored value reads in a table cell. */
export function displayValue(field: Field, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (field.type === 'boolean') return value === true ? 'Yes' : 'No';
  return String(value);
}
