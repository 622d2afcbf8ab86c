/**
 * Which column of the file fills which field of the collection. Suggested from the header
 * texts against each field's name and label (case, spaces and punctuation aside), then
 * editable by the person; a mapping that names a column the file lacks, a field the
 * collection lacks, a field twice, or leaves a required field without a column is refused
 * before any row is read.
 */
import { z } from 'zod';
import type { Collection, Field } from '../../agent/spec/app-spec';
import { ImportError } from './import-error';

/** Column name → field name, or null to skip that column. Columns left out are skipped too. */
export const ColumnMappingSchema = z.record(z.string().max(300), z.string().max(63).nullable());
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** A mapping checked against the file and the collection: which cell fills which field. */
export interface ResolvedColumn {
  /** 0-based index of the column in each row. */
  index: number;
  column: string;
  field: Field;
}

const key = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The field each column most likely fills: same name or label, else one field whose key contains the column's (or the reverse). */
export function suggestMapping(columns: readonly string[], fields: readonly Field[]): ColumnMapping {
  const taken = new Set<string>();
  const mapping: ColumnMapping = Object.fromEntries(columns.map((c) => [c, null]));
  const pick = (match: (column: string, field: Field) => boolean) => {
    for (const column of columns) {
      if (mapping[column] !== null || !key(column)) continue;
      const candidates = fields.filter((f) => !taken.has(f.name) && match(key(column), f));
      if (candidates.length !== 1) continue;
      mapping[column] = candidates[0]!.name;
      taken.add(candidates[0]!.name);
    }
  };
  pick((column, field) => column === key(field.name) || column === key(field.label));
  const contains = (a: string, b: string) => b.length >= 3 && a.includes(b);
  pick((column, field) => [key(field.name), key(field.label)].some((f) => contains(column, f) || contains(f, column)));
  return mapping;
}

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ') || 'none';

export function resolveMapping(mapping: ColumnMapping, columns: readonly string[], collection: Collection): ResolvedColumn[] {
  const resolved: ResolvedColumn[] = [];
  const used = new Map<string, string>();
  for (const [column, fieldName] of Object.entries(mapping)) {
    if (fieldName === null) continue;
    const index = columns.indexOf(column);
    if (index < 0)
      throw new ImportError(
        'invalid-import',
        `The mapping names a column "${column}" the file does not have. Its columns: ${list(columns)}.`,
      );
    const field = collection.fields.find((f) => f.name === fieldName);
    if (!field) {
      throw new ImportError(
        'invalid-import',
        `The mapping sends column "${column}" to "${fieldName}", which is not a field of ${collection.label}. Its fields: ${list(collection.fields.map((f) => f.name))}.`,
      );
    }
    const other = used.get(field.name);
    if (other !== undefined)
      throw new ImportError('invalid-import', `Columns "${other}" and "${column}" both map to ${field.label}; map one column per field.`);
    used.set(field.name, column);
    resolved.push({ index, column, field });
  }
  if (resolved.length === 0)
    throw new ImportError('invalid-import', `No column maps to a field of ${collection.label}. Map at least one column.`);
  const missing = collection.fields.filter((f) => f.required && !used.has(f.name));
  if (missing.length > 0) {
    throw new ImportError(
      'invalid-import',
      `${list(missing.map((f) => f.label))} ${missing.length === 1 ? 'is' : 'are'} required, but no column maps to ${missing.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return resolved;
}
