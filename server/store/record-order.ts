/**
 * The one ordering and matching rule for records, shared by every adapter so lists come
 * back the same from lowdb and PostgreSQL (PostgreSQL mirrors it in SQL; the contract
 * suite checks they agree).
 *
 * Default order: newest first. Sorting by a field groups values by type — numbers, then
 * strings (code-unit order, like COLLATE "C"), then booleans (false < true) — with the
 * direction applied inside each group; null or missing values always come last. Ties keep
 * insertion order in the requested direction.
 */
import type { RecordQuery, RecordRow } from './records';
import { StoreError } from '../../agent/ports/store-error';

export const DEFAULT_RECORD_LIMIT = 50;
export const MAX_RECORD_LIMIT = 500;

/** Clamps paging to what the interface promises: offset ≥ 0, 1 ≤ limit ≤ 500. */
export function recordPage(query: RecordQuery | undefined): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(query?.offset ?? 0));
  const limit = Math.min(MAX_RECORD_LIMIT, Math.max(1, Math.floor(query?.limit ?? DEFAULT_RECORD_LIMIT)));
  return { offset, limit };
}

/** `createdAfter` as epoch milliseconds (null when absent); anything but a date-time is 'invalid'. */
export function createdAfterMs(query: RecordQuery | undefined): number | null {
  if (query?.createdAfter === undefined) return null;
  const ms = Date.parse(query.createdAfter);
  if (Number.isNaN(ms)) {
    throw new StoreError(
      'invalid',
      `createdAfter "${query.createdAfter}" is not a date-time; give an ISO-8601 instant such as 2026-01-31T09:00:00Z.`,
    );
  }
  return ms;
}

/** Type group of a value for sorting: 0 number, 1 string, 2 boolean, 3 null/missing. */
export function valueRank(value: unknown): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

/** Case-insensitive substring test over every value, as text. */
export function matchesSearch(row: RecordRow, needle: string): boolean {
  const lower = needle.toLowerCase();
  for (const value of Object.values(row.values)) {
    if (value !== null && String(value).toLowerCase().includes(lower)) return true;
  }
  return false;
}

/**
 * Filters, sorts and pages rows held in memory. `rows` must be in insertion order and never
 * mutated afterwards (a fact about its order is remembered per array); the
 * position stands in for PostgreSQL's sequence column.
 */
export function queryRecords(rows: readonly RecordRow[], query: RecordQuery | undefined): { items: RecordRow[]; total: number } {
  const { offset, limit } = recordPage(query);
  const search = query?.search?.trim();
  const after = createdAfterMs(query);
  const keep = (row: RecordRow): boolean =>
    (after === null || Date.parse(row.createdAt) > after) && (!search || matchesSearch(row, search));
  const sort = query?.sort;
  if (!sort && after === null && !search && isChronological(rows)) {
    // Newest first without a filter: the last rows, read backwards.
    const items: RecordRow[] = [];
    for (let i = rows.length - 1 - offset; i >= 0 && items.length < limit; i -= 1) items.push(rows[i]!);
    return { items, total: rows.length };
  }
  if (!sort && isChronological(rows)) {
    // Newest first is insertion order reversed: page without sorting or copying.
    const items: RecordRow[] = [];
    let total = 0;
    for (let i = rows.length - 1; i >= 0; i -= 1) {
      const row = rows[i]!;
      if (!keep(row)) continue;
      if (total >= offset && items.length < limit) items.push(row);
      total += 1;
    }
    return { items, total };
  }
  const indexed: { row: RecordRow; seq: number }[] = [];
  rows.forEach((row, seq) => {
    if (keep(row)) indexed.push({ row, seq });
  });
  if (sort) {
    const sign = sort.direction === 'desc' ? -1 : 1;
    const key = (row: RecordRow): unknown =>
      sort.field === 'createdAt' || sort.field === 'updatedAt' ? row[sort.field] : row.values[sort.field];
    indexed.sort((a, b) => {
      const va = key(a.row);
      const vb = key(b.row);
      const ra = valueRank(va);
      const rb = valueRank(vb);
      if (ra !== rb) return ra - rb;
      if (ra < 3 && va !== vb) return (va! < vb! ? -1 : 1) * sign;
      return (a.seq - b.seq) * sign;
    });
  } else {
    indexed.sort((a, b) => compareNewestFirst(a.row, b.row) || b.seq - a.seq);
  }
  return { items: indexed.slice(offset, offset + limit).map((entry) => entry.row), total: indexed.length };
}

/** Remembered per array: adapters hand in the same immutable array until the rows change. */
const chronological = new WeakMap<readonly RecordRow[], boolean>();

/** True when creation times never go backwards in insertion order (always, unless the clock was set back). */
function isChronological(rows: readonly RecordRow[]): boolean {
  let known = chronological.get(rows);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < rows.length && known; i += 1) if (rows[i]!.createdAt < rows[i - 1]!.createdAt) known = false;
    chronological.set(rows, known);
  }
  return known;
}

function compareNewestFirst(a: RecordRow, b: RecordRow): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}
