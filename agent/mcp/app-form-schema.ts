/**
 * An app's form as a tool input schema, in the strict dialect of every other tool: one
 * property per input field (typed, its label and help as the description), required fields
 * required, the others nullable. The runtime still validates the values against the spec.
 */
import type { Field } from '../spec/app-spec';
import type { JsonSchema } from '../providers/json-schema-walk';
import { toStrictJsonSchema } from '../providers/strict-schema';

const UPLOAD_HINT = 'the id of a file uploaded with POST /api/files';

function typed(field: Field): { schema: JsonSchema; hint?: string } {
  switch (field.type) {
    case 'text':
    case 'longText':
      return { schema: { type: 'string' } };
    case 'number':
      return { schema: { type: 'number' } };
    case 'boolean':
      return { schema: { type: 'boolean' } };
    case 'date':
      return { schema: { type: 'string', format: 'date' }, hint: 'a date like 2026-01-31' };
    case 'select':
      return { schema: { type: 'string', enum: field.options ?? [] } };
    case 'email':
      return { schema: { type: 'string', format: 'email' } };
    case 'url':
      return { schema: { type: 'string', format: 'uri' }, hint: 'an http(s) URL' };
    case 'image':
    case 'file':
    case 'document':
      return { schema: { type: 'string' }, hint: UPLOAD_HINT };
  }
}

function describe(field: Field, hint: string | undefined): string {
  return [field.label, field.help, hint].filter((part) => part).join('. ');
}

export function appFormSchema(inputs: readonly Field[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of inputs) {
    const { schema, hint } = typed(field);
    properties[field.name] = { ...schema, description: describe(field, hint) };
  }
  return toStrictJsonSchema({ type: 'object', properties, required: inputs.filter((f) => f.required).map((f) => f.name) });
}
