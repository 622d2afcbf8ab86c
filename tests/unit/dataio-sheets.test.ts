/**
 * Reading spreadsheet files for import, and the column mapping: CSV rows keep multi-byte
 * characters whole across stream chunks, lose Excel's byte-order mark, keep quoted line breaks
 * inside a cell and number rows as a spreadsheet does; XLSX cells keep their types; the
 * suggested mapping matches headers to field names and labels; dates survive a cell round trip.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { resolveMapping, suggestMapping } from '../../server/dataio/column-mapping';
import { cellDate, recordDate } from '../../server/dataio/date-cells';
import { openSheet } from '../../server/dataio/open-sheet';
import type { SheetRow } from '../../server/dataio/sheet';
import { ordersSpec } from '../fixtures/dataio';

const collection = AppSpecSchema.parse(ordersSpec()).collections[0]!;
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-sheets-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function rowsOf(file: string): Promise<{ columns: string[]; rows: SheetRow[] }> {
  const sheet = await openSheet(file);
  const rows: SheetRow[] = [];
  for await (const row of sheet.rows) rows.push(row);
  return { columns: sheet.columns, rows };
}

describe('reading CSV', () => {
  it('keeps multi-byte characters across chunks, drops the BOM, keeps quoted line breaks, numbers rows as a spreadsheet does', async () => {
    const names = Array.from({ length: 30_000 }, (_, i) => `Zoë Ørsted ${i} 🎉`);
    const file = path.join(dir, 'big.csv');
    await fs.writeFile(file, `\ufeffName,Note\n"Ann","two\nlines"\n\n${names.map((n) => `${n},ok`).join('\n')}\n`);
    const { columns, rows } = await rowsOf(file);
    expect(columns).toEqual(['Name', 'Note']);
    expect(rows[0]).toEqual({ number: 2, cells: ['Ann', 'two\nlines'] });
    // A blank line is a row too (skipped by the import, but it keeps the numbering).
    expect(rows[1]!.number).toBe(3);
    const read = rows.slice(2).map((r) => r.cells[0]);
    expect(read).toEqual(names);
    expect(rows.at(-1)!.number).toBe(names.length + 3);
  });

  it('names empty and repeated headers, and reads semicolons', async () => {
    const file = path.join(dir, 'semi.csv');
    await fs.writeFile(file, 'Name;;Name\na;b;c\n');
    const { columns, rows } = await rowsOf(file);
    expect(columns).toEqual(['Name', 'Column 2', 'Name (2)']);
    expect(rows[0]!.cells).toEqual(['a', 'b', 'c']);
  });
});

describe('reading XLSX', () => {
  it('keeps numbers, booleans, dates, and formula results; a preview can stop early', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('One');
    sheet.addRow(['Amount', 'Paid', 'Due', 'Total']);
    sheet.addRow([12.5, true, new Date('2026-01-31T00:00:00Z'), { formula: 'A2*2', result: 25 }]);
    for (let i = 0; i < 50; i += 1) sheet.addRow([i, false, null, null]);
    book.addWorksheet('Two').addRow(['ignored']);
    const file = path.join(dir, 'typed.xlsx');
    await book.xlsx.writeFile(file);

    const { columns, rows } = await rowsOf(file);
    expect(columns).toEqual(['Amount', 'Paid', 'Due', 'Total']);
    expect(rows[0]).toEqual({ number: 2, cells: [12.5, true, new Date('2026-01-31T00:00:00Z'), 25] });
    expect(rows).toHaveLength(51);

    const early = await openSheet(file);
    for await (const _row of early.rows) break;
    expect((await early.rows.next()).done).toBe(true);
  });
});

describe('column mapping', () => {
  it('suggests by field name or label, ignoring case, spaces and punctuation, each field once', () => {
    expect(suggestMapping(['CUSTOMER', 'amount', 'Due-Date', 'e_mail', 'Status', 'Status (old)', 'Notes'], collection.fields)).toEqual({
      CUSTOMER: 'customer',
      amount: 'amount',
      'Due-Date': 'due',
      e_mail: 'email',
      Status: 'status',
      'Status (old)': null,
      Notes: null,
    });
  });

  it('refuses a field mapped twice', () => {
    expect(() => resolveMapping({ A: 'customer', B: 'customer' }, ['A', 'B'], collection)).toThrow(
      'Columns "A" and "B" both map to Customer; map one column per field.',
    );
  });
});

describe('dates between records and cells', () => {
  it('a day stays a day, an instant stays the instant', () => {
    for (const value of ['2026-01-31', '2026-03-02T14:30:00Z', '2026-03-02T14:30:00.250Z'])
      expect(recordDate(cellDate(value)!)).toBe(value);
    expect(recordDate(cellDate('2026-03-02 09:15')!)).toBe('2026-03-02T09:15:00Z');
    expect(cellDate('soon')).toBeNull();
  });
});
