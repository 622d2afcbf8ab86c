/**
 * Values for scheduled runs, which have nobody to fill the form: a choice the description
 * names ("LinkedIn" for a platform select), else the first choice of a required select;
 * the description itself for a required text field. Optional fields stay empty.
 */
import type { FieldType } from '../spec/app-spec';

interface FieldLike {
  name: string;
  type: FieldType;
  options?: string[] | null;
  required?: boolean | null;
}

export function scheduledInputs(inputs: readonly FieldLike[], description: string): Array<{ name: string; value: string }> {
  const said = description.toLowerCase();
  const values: Array<{ name: string; value: string }> = [];
  for (const f of inputs) {
    if (f.type === 'select' && f.options && f.options.length > 0) {
      const named = f.options.find((o) => new RegExp(`\\b${o.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(said));
      const value = named ?? (f.required ? f.options[0] : undefined);
      if (value) values.push({ name: f.name, value });
    } else if ((f.type === 'text' || f.type === 'longText') && f.required) {
      values.push({ name: f.name, value: description.replace(/[{}]/g, '').slice(0, 20_000) });
    }
  }
  return values;
}
