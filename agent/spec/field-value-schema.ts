/**
 * One zod schema per spec field type for a single present value: what every door (run inputs,
 * record values, extracted objects) accepts, and what the planner checks a value said in chat
 * against before it hands the value to a field.
 */
import { z } from 'zod';
import type { Field } from './app-spec';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The schema of one present, non-null value. `fromForm`: values arrive as strings (HTML forms). */
export function fieldValueSchema(field: Field, fromForm = false): z.ZodType<string | number | boolean> {
  switch (field.type) {
    case 'text':
    case 'image':
    case 'file':
    case 'document':
      return z.string().max(20_000);
    case 'longText':
      return z.string().max(200_000);
    case 'number':
      return fromForm ? z.coerce.number<string | number>().refine(Number.isFinite, 'expected a number') : z.number().finite();
    case 'boolean':
      return fromForm ? z.union([z.boolean(), z.enum(['true', 'false', 'on']).transform((v) => v !== 'false')]) : z.boolean();
    case 'date':
      return z.string().regex(ISO_DATE, 'expected a date like 2026-01-31');
    case 'select':
      return z.enum((field.options ?? []) as [string, ...string[]], { error: `expected one of: ${(field.options ?? []).join(', ')}` });
    case 'email':
      return z.email('expected an email address');
    case 'url':
      return z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
  }
}
