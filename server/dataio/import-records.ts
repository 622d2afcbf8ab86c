/**
 * Importing a CSV or XLSX file into a collection, with bounded memory whatever its length:
 * the file is read as a stream (twice when it must be all-or-nothing) and valid rows are
 * inserted in batches, each batch one transaction.
 *
 * - 'all-or-nothing' (the default): a first pass validates every row; if any is rejected,
 *   nothing is stored and the report lists the rejected rows. Otherwise a second pass inserts.
 * - 'valid-rows': one pass inserts the valid rows and reports the rejected ones.
 *
 * Should the store fail part-way, the batches already written are deleted again, so a failed
 * import leaves the collection as it was. Imported rows do not fire the record-created
 * trigger (a 100,000-row import must not start 100,000 runs).
 */
import type { Collection } from '../../agent/spec/app-spec';
import type { RecordValues, StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { resolveMapping, suggestMapping, type ColumnMapping, type ResolvedColumn } from './column-mapping';
import { ImportError } from './import-error';
import { openSheet } from './open-sheet';
import { rowReader } from './row-values';
import { isBlankRow, type Sheet, type SheetFormat } from './sheet';

export type ImportMode = 'all-or-nothing' | 'valid-rows';

export interface RejectedRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** One sentence naming each bad field and what it held. */
  reason: string;
}

export interface ImportReport {
  format: SheetFormat;
  mode: ImportMode;
  /** The mapping used (the suggested one when none was given). */
  mapping: ColumnMapping;
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Records stored. */
  imported: number;
  rejectedCount: number;
  /** The first MAX_LISTED rejected rows, in file order. */
  rejected: RejectedRow[];
  /** False when all-or-nothing found rejected rows and stored nothing. */
  stored: boolean;
}

export interface ImportRequest {
  store: Store;
  app: StoredApp;
  collection: Collection;
  /** The uploaded file on disk. */
  path: string;
  mapping: ColumnMapping | null;
  mode: ImportMode;
  createdBy: string | null;
  /** Rows per insert transaction. */
  batchSize?: number;
}

export const MAX_LISTED = 1000;
const BATCH_SIZE = 500;

/** The columns, a sample, and the suggested mapping: what the mapping step shows. */
export interface ImportPreview {
  format: SheetFormat;
  columns: string[];
  /** The first few data rows as text, for the person to recognise the columns. */
  sample: string[][];
  suggested: ColumnMapping;
}

const SAMPLE_ROWS = 5;

export async function previewImport(path: string, collection: Collection): Promise<ImportPreview> {
  const sheet = await openSheet(path);
  const sample: string[][] = [];
  for await (const row of readable(sheet)) {
    if (isBlankRow(row.cells)) continue;
    sample.push(sheet.columns.map((_, i) => cellText(row.cells[i] ?? null)));
    if (sample.length === SAMPLE_ROWS) break;
  }
  return { format: sheet.format, columns: sheet.columns, sample, suggested: suggestMapping(sheet.columns, collection.fields) };
}

function cellText(cell: string | number | boolean | Date | null): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/** The sheet's rows; a reader failing mid-file (a damaged workbook) becomes an ImportError. */
async function* readable(sheet: Sheet) {
  try {
    yield* sheet.rows;
  } catch (error) {
    if (ImportError.isInstance(error)) throw error;
    throw new ImportError(
      'invalid-import',
      `The ${sheet.format.toUpperCase()} file could not be read to the end; it may be damaged. Save it again and retry.`,
      {
        cause: error,
      },
    );
  }
}

export async function importRecords(request: ImportRequest): Promise<ImportReport> {
  const first = await openSheet(request.path);
  let mapping: ColumnMapping;
  let columns: ResolvedColumn[];
  try {
    mapping = request.mapping ?? suggestMapping(first.columns, request.collection.fields);
    columns = resolveMapping(mapping, first.columns, request.collection);
  } catch (error) {
    await first.rows.return(undefined);
    throw error;
  }
  const read = rowReader(request.collection, columns);
  const report: ImportReport = {
    format: first.format,
    mode: request.mode,
    mapping,
    rows: 0,
    imported: 0,
    rejectedCount: 0,
    rejected: [],
    stored: true,
  };
  const reject = (row: number, reason: string) => {
    report.rejectedCount += 1;
    if (report.rejected.length < MAX_LISTED) report.rejected.push({ row, reason });
  };

  if (request.mode === 'all-or-nothing') {
    for await (const row of readable(first)) {
      if (isBlankRow(row.cells)) continue;
      report.rows += 1;
      const outcome = read(row.cells);
      if (!outcome.ok) reject(row.number, outcome.reason);
    }
    if (report.rows === 0) throw noDataRows();
    if (report.rejectedCount > 0) return { ...report, stored: false };
    report.imported = await insertValid(request, await openSheet(request.path), read, () => undefined);
    return report;
  }
  report.imported = await insertValid(request, first, read, (row, reason) => {
    report.rows += 1;
    if (reason !== null) reject(row, reason);
  });
  if (report.rows === 0) throw noDataRows();
  return report;
}

const noDataRows = () =>
  new ImportError('invalid-import', 'The file has a header row but no data rows. Add rows under the header and try again.');

/**
 * Inserts every valid row in batches and answers how many; `seen` hears of each data row (with
 * the reason when rejected). On a store failure, deletes the batches written, then rethrows.
 */
async function insertValid(
  request: ImportRequest,
  sheet: Sheet,
  read: ReturnType<typeof rowReader>,
  seen: (row: number, reason: string | null) => void,
): Promise<number> {
  const size = request.batchSize ?? BATCH_SIZE;
  const written: string[] = [];
  let batch: RecordValues[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    written.push(
      ...(await request.store.insertRecords({
        appId: request.app.id,
        collection: request.collection.name,
        rows,
        createdBy: request.createdBy,
      })),
    );
  };
  try {
    for await (const row of readable(sheet)) {
      if (isBlankRow(row.cells)) continue;
      const outcome = read(row.cells);
      seen(row.number, outcome.ok ? null : outcome.reason);
      if (!outcome.ok) continue;
      batch.push(outcome.values);
      if (batch.length >= size) await flush();
    }
    await flush();
  } catch (error) {
    for (const id of written) await request.store.deleteRecord(id).catch(() => undefined);
    throw error;
  }
  return written.length;
}
