/**
 * Number inputs checked against their own min, max and step, with a sentence under each one
 * that is off (empty, below the minimum, above the maximum, not whole) instead of a silent fix.
 */
import { clearFieldErrors, showFieldError } from './field-errors';

function labelOf(form: HTMLFormElement, input: HTMLInputElement): string {
  return form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim() ?? input.name;
}

export function numberProblem(label: string, input: HTMLInputElement): string | null {
  const min = input.min === '' ? null : Number(input.min);
  const max = input.max === '' ? null : Number(input.max);
  const whole = input.step === '1';
  const value = input.valueAsNumber;
  const range = min !== null && max !== null ? `from ${min} to ${max}` : min !== null ? `of ${min} or more` : 'like 10';
  if (input.value.trim() === '' || !Number.isFinite(value)) return `${label} needs a number ${range}.`;
  if (min !== null && value < min) return `${label} can’t be below ${min}; enter a number ${range}.`;
  if (max !== null && value > max) return `${label} can be at most ${max}.`;
  if (whole && !Number.isInteger(value)) return `${label} must be a whole number.`;
  return null;
}

/** Marks every number input of the form that is off; returns how many are. */
export function checkNumberInputs(form: HTMLFormElement): number {
  clearFieldErrors(form);
  let count = 0;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="number"]')) {
    const problem = numberProblem(labelOf(form, input), input);
    if (problem && showFieldError(form, input.name, problem)) count++;
  }
  return count;
}
