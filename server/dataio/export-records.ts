/**
 * Exporting a collection's view (search and sort as in the records table) as CSV, XLSX or
 * JSON, written to a stream page by page, so memory holds one page whatever the size.
 *
 * - CSV (RFC 4180, CRLF, a UTF-8 byte-order mark so Excel reads accents right): one column per
 *   field, headed by its label. A text cell starting with = + - @, a tab or a carriage return
 *   gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
 *   formula (CSV injection); numbers and booleans are written as they are.
 * - XLSX: typed cells (numbers, booleans, dates as dates) in one worksheet; cells are never
 *   formulas, so nothing needs defusing.
 * - JSON: an array of { id, createdAt, updatedAt, values }.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Collection, Field } from '../../agent/spec/app-spec';
import type { RecordRow, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { cellDate } from './date-cells';
import { viewQuery, type RecordView } from './record-view';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export interface ExportRequest {
  store: Store;
  app: StoredApp;
  collection: Collection;
  view: RecordView;
  format: ExportFormat;
  out: Writable;
}

const PAGE = 500;
// Anything a spreadsheet would start a formula with; unlike papaparse's default, also when the text spans lines.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The view's records, a page at a time. */
async function* pages(request: ExportRequest): AsyncGenerator<RecordRow[]> {
  const query = viewQuery(request.view);
  for (let offset = 0; ; offset += PAGE) {
    const { items, total } = await request.store.listRecords(request.app.id, request.collection.name, { ...query, offset, limit: PAGE });
    if (items.length > 0) yield items;
    if (items.length < PAGE || offset + PAGE >= total) return;
  }
}

/** The client went away mid-export: stop reading pages. */
class ExportGone extends Error {}

/** Writes and waits when the stream asks to (backpressure), or stops if it closed. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new ExportGone();
  if (out.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  if (out.destroyed) throw new ExportGone();
}

export function exportFileName(app: StoredApp, collection: Collection, format: ExportFormat): string {
  return `${app.slug}-${collection.name}.${format}`;
}

export async function exportRecords(request: ExportRequest): Promise<void> {
  try {
    await (request.format === 'xlsx' ? exportXlsx(request) : exportText(request));
  } catch (error) {
    if (!(error instanceof ExportGone)) throw error;
  }
}

async function exportText(request: ExportRequest): Promise<void> {
  const fields = request.collection.fields;
  if (request.format === 'csv') {
    await write(request.out, `\ufeff${Papa.unparse([fields.map((f) => f.label)], { escapeFormulae: FORMULA_START })}\r\n`);
    for await (const page of pages(request)) {
      const rows = page.map((r) => fields.map((f) => r.values[f.name] ?? ''));
      await write(request.out, `${Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`);
    }
  } else {
    let first = true;
    await write(request.out, '[');
    for await (const page of pages(request)) {
      for (const r of page) {
        await write(
          request.out,
          `${first ? '\n' : ',\n'}${JSON.stringify({ id: r.id, createdAt: r.createdAt, updatedAt: r.updatedAt, values: r.values })}`,
        );
        first = false;
      }
    }
    await write(request.out, first ? ']\n' : '\n]\n');
  }
  request.out.end();
}

/** A value as its XLSX cell, with the number format a date needs. */
function xlsxCell(field: Field, value: RecordRow['values'][string] | undefined): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === undefined || value === null) return { value: null };
  if (field.type === 'date' && typeof value === 'string') {
    const date = cellDate(value);
    if (date) return { value: date, numFmt: date.toISOString().endsWith('T00:00:00.000Z') ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
  }
  return { value };
}

async function exportXlsx(request: ExportRequest): Promise<void> {
  const fields = request.collection.fields;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: request.out, useStyles: true, useSharedStrings: false });
  // Sheet names are at most 31 characters and may not hold []:*?/\.
  const sheet = workbook.addWorksheet(request.collection.label.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Records');
  sheet.addRow(fields.map((f) => f.label)).commit();
  for await (const page of pages(request)) {
    if (request.out.destroyed) throw new ExportGone();
    for (const record of page) {
      const row = sheet.addRow([]);
      fields.forEach((field, i) => {
        const { value, numFmt } = xlsxCell(field, record.values[field.name]);
        const cell = row.getCell(i + 1);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      });
      row.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
