import { describe, expect, it } from 'vitest';
import type { Field } from '../../agent/spec/app-spec';
import { parseValues, RecordValidationError } from '../../server/runtime/field-values';
import { checkExtracted, fieldsJsonSchema } from '../../server/runtime/structured-fields';

const fields: Field[] = [
  { name: 'title', label: 'Title', type: 'text', required: true },
  { name: 'n', label: 'N', type: 'number', required: false },
  { name: 'ok', label: 'OK', type: 'boolean', required: false },
  { name: 'kind', label: 'Kind', type: 'select', required: false, options: ['a', 'b'] },
  { name: 'mail', label: 'Mail', type: 'email', required: false },
];

describe('field values', () => {
  it('accepts typed JSON values and drops absent optional ones', () => {
    expect(parseValues(fields, { title: 'x', n: 2, ok: true }, 'body')).toEqual({ title: 'x', n: 2, ok: true });
  });
  it('coerces form strings, empty boxes are no value', () => {
    expect(parseValues(fields, { title: 'x', n: '2.5', ok: 'on', kind: '' }, 'inputs', { fromForm: true })).toEqual({
      title: 'x',
      n: 2.5,
      ok: true,
      kind: null,
    });
  });
  it.each([
    [{ n: 1 }, /body\.title: is required/],
    [{ title: 'x', n: 'two' }, /body\.n/],
    [{ title: 'x', kind: 'c' }, /one of: a, b/],
    [{ title: 'x', mail: 'nope' }, /email/],
    [{ title: 'x', extra: 1 }, /extra/],
  ])('refuses %j naming the field', (raw, message) => {
    expect(() => parseValues(fields, raw, 'body')).toThrow(RecordValidationError);
    expect(() => parseValues(fields, raw, 'body')).toThrow(message);
  });
  it('builds a closed JSON schema with every property required and optional ones nullable', () => {
    const schema = fieldsJsonSchema(fields) as { required: string[]; additionalProperties: boolean; properties: Record<string, any> };
    expect(schema.required).toEqual(['title', 'n', 'ok', 'kind', 'mail']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.n.anyOf).toEqual([{ type: 'number' }, { type: 'null' }]);
    expect(schema.properties.title.type).toBe('string');
  });
  it('checks a model answer against the fields', () => {
    expect(checkExtracted(fields, { title: 't', n: null, ok: false, kind: 'a', mail: null })).toEqual({
      title: 't',
      n: null,
      ok: false,
      kind: 'a',
      mail: null,
    });
    expect(() => checkExtracted(fields, { title: 5 })).toThrow(/title/);
  });
});
