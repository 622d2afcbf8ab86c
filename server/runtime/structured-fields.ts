/**
 * Structured outputs of extract and classify steps: the JSON Schema sent to the model (closed,
 * every property required, optional fields nullable — what strict structured output needs),
 * and the check of the model's answer against the step's declared fields before anyone sees it.
 */
import { z } from 'zod';
import type { Field } from '../../agent/spec/app-spec';
import { fieldValueSchema } from '../../agent/spec/field-value-schema';

function jsonType(field: Field): Record<string, unknown> {
  switch (field.type) {
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'select':
      return { type: 'string', enum: field.options ?? [] };
    default:
      return { type: 'string' };
  }
}

export function fieldsJsonSchema(fields: readonly Field[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of fields) {
    const base = jsonType(field);
    const description = [field.label, field.help].filter(Boolean).join(': ');
    properties[field.name] = field.required
      ? { ...base, description }
      : { anyOf: [base, { type: 'null' }], description: `${description} (null when not stated)` };
  }
  return { type: 'object', properties, required: fields.map((f) => f.name), additionalProperties: false };
}

export function labelJsonSchema(labels: readonly string[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: { label: { type: 'string', enum: [...labels], description: 'The one label that fits best.' } },
    required: ['label'],
    additionalProperties: false,
  };
}

export class StructuredOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The model's object checked against the fields; a mismatch names the field. */
export function checkExtracted(fields: readonly Field[], object: unknown): Record<string, string | number | boolean | null> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const value = fieldValueSchema(field);
    shape[field.name] = field.required ? value : value.nullable().optional();
  }
  const result = z.object(shape).safeParse(object);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StructuredOutputError(
      `The model's answer does not match the step's fields (${issue?.path.join('.') || 'object'}: ${issue?.message ?? 'invalid'}). Run again or pick a model with structured output.`,
    );
  }
  return Object.fromEntries(
    fields.map((f) => [f.name, (result.data as Record<string, string | number | boolean | undefined>)[f.name] ?? null]),
  );
}

export function checkLabel(labels: readonly string[], object: unknown): string {
  const result = z.object({ label: z.enum(labels as [string, ...string[]]) }).safeParse(object);
  if (!result.success) {
    throw new StructuredOutputError(
      `The model did not answer with one of the labels (${labels.join(', ')}). Run again or pick another model.`,
    );
  }
  return result.data.label;
}
