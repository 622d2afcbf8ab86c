/**
 * Opens an uploaded file as a Sheet: decides CSV or XLSX from its first bytes (never from the
 * client's name or type), reads the header row, and hands back the data rows as a stream.
 * Anything else — an empty file, a PDF, an old .xls, a zip that is no workbook — is refused
 * with a sentence saying what to send.
 */
import { open } from 'node:fs/promises';
import { csvRows } from './csv-rows';
import { ImportError } from './import-error';
import { isBlankRow, type Cell, type Sheet, type SheetFormat, type SheetRow } from './sheet';
import { xlsxRows } from './xlsx-rows';

const SNIFF_BYTES = 4096;
const SAVE_AS = 'Save it as CSV (UTF-8) or Excel workbook (.xlsx) and try again.';

async function sniff(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** CSV or XLSX from the file's first bytes, or an ImportError naming what it looks like. */
export async function detectFormat(path: string): Promise<SheetFormat> {
  const head = await sniff(path);
  if (head.length === 0)
    throw new ImportError('invalid-import', 'The file is empty. Send a CSV or XLSX file with a header row and data rows.');
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new ImportError('unsupported-import', `This is an old Excel (.xls) or Office file, which cannot be imported. ${SAVE_AS}`);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) throw new ImportError('unsupported-import', `This is a PDF, not a table. ${SAVE_AS}`);
  // Text has no NUL bytes (UTF-16 does, and binary formats nearly always do).
  if (head.includes(0)) throw new ImportError('unsupported-import', `This file is neither CSV nor XLSX. ${SAVE_AS}`);
  return 'csv';
}

function headerText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString();
  return cell === null ? '' : String(cell).trim();
}

/** Names every column: trimmed header text, "Column N" when empty, "Name (2)" when repeated. */
export function columnNames(header: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, i) => {
    const text = headerText(cell) || `Column ${i + 1}`;
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return count === 1 ? text : `${text} (${count})`;
  });
}

function readRows(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  return format === 'xlsx' ? xlsxRows(path) : csvRows(path);
}

/** Opens the file and reads up to its header row (the first row with any value). */
export async function openSheet(path: string): Promise<Sheet> {
  const format = await detectFormat(path);
  const rows = readRows(path, format);
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done)
        throw new ImportError('invalid-import', 'The file has no rows. Send a CSV or XLSX file with a header row and data rows.');
      if (!isBlankRow(next.value.cells)) return { format, columns: columnNames(next.value.cells), rows };
    }
  } catch (error) {
    await rows.return(undefined);
    if (ImportError.isInstance(error)) throw error;
    // exceljs and the zip reader throw their own messages on a damaged workbook; say it plainly.
    throw new ImportError('invalid-import', `The ${format.toUpperCase()} file could not be read. ${SAVE_AS}`, { cause: error });
  }
}
