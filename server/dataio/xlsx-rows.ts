/**
 * An XLSX workbook's first worksheet, streamed with exceljs's WorkbookReader: rows arrive as the
 * zip is inflated, not after loading the workbook. Cells keep their type — numbers, booleans,
 * and dates (read through the cell styles, which is how XLSX marks a number as a date);
 * formulas give their cached result, rich text and links their text.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell, SheetRow } from './sheet';

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return cellOf(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return null;
}

export async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  // Our own stream, so that stopping early (a preview) closes the file at once.
  const file = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        // exceljs's row.values is 1-based (index 0 is empty) and sparse.
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(cellOf(values[i]));
        yield { number: row.number, cells };
      }
      return; // The first worksheet only.
    }
  } finally {
    file.destroy();
  }
}
