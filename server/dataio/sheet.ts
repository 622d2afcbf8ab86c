/** The rows of a spreadsheet file (CSV or XLSX) as the import reads them, one at a time. */

/** One cell: CSV cells are strings; XLSX cells keep their type (number, boolean, date). */
export type Cell = string | number | boolean | Date | null;

export type SheetFormat = 'csv' | 'xlsx';

export interface SheetRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first data row row 2. */
  number: number;
  cells: Cell[];
}

/** A file opened for reading: its column names (from the header row) and its data rows, streamed. */
export interface Sheet {
  format: SheetFormat;
  /** Header texts, trimmed; an empty header reads "Column 3", a repeated one "Name (2)". */
  columns: string[];
  /** Every data row after the header; break out early and the file is closed. */
  rows: AsyncGenerator<SheetRow>;
}

/** True when a row has no value in any cell (a blank line; skipped, not rejected). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
