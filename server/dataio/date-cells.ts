/**
 * Dates between a record (an ISO-8601 string, as the date field type keeps them) and a
 * spreadsheet cell (a date). Spreadsheet dates carry no time zone; they are read and written
 * as UTC, so "2026-01-31" leaves as midnight of that day and comes back as "2026-01-31".
 */

/** A cell date as the record keeps it: the day alone at midnight UTC, else the instant (seconds, or milliseconds when present). */
export function recordDate(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.replace('.000Z', 'Z');
}

/** A record's date string as a cell date; null when it does not parse (it is then written as text). */
export function cellDate(value: string): Date | null {
  const text = value.trim().replace(' ', 'T');
  // No zone written: UTC, as the cell will be read back.
  const zoned = /T/.test(text) && !/(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text}Z` : text;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(zoned) ? `${zoned}T00:00:00Z` : zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}
