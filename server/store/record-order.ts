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
function valueRank(value: unknown): number {
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
 * Order of two sort values: by type group (always ascending, so null or missing comes last in
 * either direction), then by value in the direction `sign` (1 ascending, -1 descending); 0 for a tie.
 */
export function compareSortValues(a: unknown, b: unknown, sign: 1 | -1): number {
  const ra = valueRank(a);
  const rb = valueRank(b);
  if (ra !== rb) return ra - rb;
  if (ra < 3 && a !== b) return ((a as number | string | boolean) < (b as number | string | boolean) ? -1 : 1) * sign;
  return 0;
}
