/**
 * One data row → a record's values, checked by the collection's field schemas
 * (server/runtime/field-values.ts): each mapped cell is read as its field's type (a CSV's
 * "12.5" as a number, "yes" as true; an XLSX date as an ISO date), then the whole object is
 * validated, so an import refuses exactly what the records API refuses. A rejected row gets
 * one sentence naming each bad field and what it held.
 */
import type { Collection, Field } from '../../agent/spec/app-spec';
import { valuesSchema } from '../runtime/field-values';
import type { RecordValues } from '../store/records';
import { findUnstorable } from '../store/storable';
import type { ResolvedColumn } from './column-mapping';
import { recordDate } from './date-cells';
import type { Cell } from './sheet';

const TRUE = new Set(['true', 'yes', 'y', '1', 'on', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);

/** A cell as its field's type when it reads as one; otherwise left as it is, for the schema to refuse. */
function readCell(field: Field, cell: Cell): unknown {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  switch (field.type) {
    case 'number':
      if (typeof cell === 'string' && Number.isFinite(Number(cell.trim()))) return Number(cell.trim());
      return cell;
    case 'boolean':
      if (typeof cell === 'string') {
        const word = cell.trim().toLowerCase();
        if (TRUE.has(word)) return true;
        if (FALSE.has(word)) return false;
      }
      if (cell === 1 || cell === 0) return cell === 1;
      return cell;
    case 'date':
      return cell instanceof Date ? recordDate(cell) : typeof cell === 'string' ? cell.trim() : cell;
    default:
      if (cell instanceof Date) return recordDate(cell);
      return typeof cell === 'string' ? cell : String(cell);
  }
}

function shown(value: unknown): string {
  const text = value instanceof Date ? recordDate(value) : String(value);
  return text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`;
}

/** zod's "Invalid input: expected number, received string" in the words a spreadsheet user reads. */
function expectedType(field: Field): string {
  if (field.type === 'number') return 'expected a number';
  if (field.type === 'boolean') return 'expected yes or no (true/false, 1/0)';
  return 'expected text';
}

export type RowOutcome = { ok: true; values: RecordValues } | { ok: false; reason: string };

/** Reads rows of one import: the schema is built once, not per row. */
export function rowReader(collection: Collection, columns: readonly ResolvedColumn[]): (cells: readonly Cell[]) => RowOutcome {
  const schema = valuesSchema(collection.fields);
  return (cells) => {
    const raw: Record<string, unknown> = {};
    for (const { index, field } of columns) {
      const value = readCell(field, cells[index] ?? null);
      if (value !== undefined) raw[field.name] = value;
    }
    const unstorable = findUnstorable(raw, '');
    if (unstorable) {
      const field = collection.fields.find((f) => f.name === unstorable.path);
      return {
        ok: false,
        reason: `${field?.label ?? unstorable.path} holds a character that cannot be stored (a NUL or a broken surrogate).`,
      };
    }
    const result = schema.safeParse(raw);
    if (result.success) {
      return { ok: true, values: Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as RecordValues };
    }
    const reasons = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const mapped = columns.find((c) => c.field.name === name);
      const label = mapped?.field.label ?? name;
      const cell = mapped ? cells[mapped.index] : undefined;
      const got = cell === null || cell === undefined || cell === '' ? '' : `, got ${shown(cell)}`;
      return `${label}: ${issue.code === 'invalid_type' && mapped ? expectedType(mapped.field) : issue.message}${got}`;
    });
    return { ok: false, reason: `${reasons.join('; ')}.` };
  };
}
