/**
 * Typed field values: the schema of each field type (agent/spec/field-value-schema.ts) over a
 * whole set of values, used for run inputs, record values (API and save-record steps) and
 * extracted objects, so every door refuses the same things with a sentence naming the field.
 */
import { z } from 'zod';
import type { Field } from '../../agent/spec/app-spec';
import type { RecordValues } from '../store/records';
import { ToolwrightError } from '../../agent/errors/toolwright-error';
import { fieldValueSchema } from '../../agent/spec/field-value-schema';

function valueSchema(field: Field, fromForm: boolean): z.ZodType {
  const schema = fieldValueSchema(field, fromForm);
  // An empty form box means "no value", not an empty string to validate.
  const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
  if (field.required) {
    return z.preprocess(
      emptyToNull,
      schema.nullable().refine((v) => v !== null, 'is required'),
    );
  }
  return z.preprocess(emptyToNull, schema.nullable()).optional();
}

export interface ValuesSchemaOptions {
  /** Values come from an HTML form (strings); numbers and booleans are coerced. */
  fromForm?: boolean;
  /** A patch: every field optional, required ones still refused when set to empty. */
  partial?: boolean;
}

/** An object schema over `fields`; unknown keys are refused, naming the key. */
export function valuesSchema(fields: readonly Field[], options: ValuesSchemaOptions = {}): z.ZodType<RecordValues> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = valueSchema(field, options.fromForm ?? false);
    shape[field.name] = options.partial ? schema.optional() : schema;
  }
  return z.strictObject(shape) as unknown as z.ZodType<RecordValues>;
}

export class RecordValidationError extends ToolwrightError<'runtime'> {
  readonly family = 'runtime';
  readonly kind = 'invalid-record';
}

/** Parses values or throws RecordValidationError naming the first bad field. */
export function parseValues(fields: readonly Field[], raw: unknown, where: string, options: ValuesSchemaOptions = {}): RecordValues {
  const result = valuesSchema(fields, options).safeParse(raw ?? {});
  if (result.success) {
    // Drop absent optional fields so records keep only what was given.
    return Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as RecordValues;
  }
  const issue = result.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  const known = fields.map((f) => f.name).join(', ') || 'none';
  throw new RecordValidationError(`${path}: ${issue?.message ?? 'is invalid'}. Fields are: ${known}.`);
}
