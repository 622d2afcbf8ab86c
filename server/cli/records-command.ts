/**
 * `toolwright records export|import`: a collection's records out to CSV, XLSX or JSON (the
 * records table's view: --search, --sort, --direction) and a CSV or XLSX file in, through the
 * same functions as the HTTP API (server/dataio/). Bad input is one sentence on stderr, exit 2;
 * an import whose rows were rejected (nothing stored) exits 1 after listing them.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ToolwrightError } from '../../agent/errors/toolwright-error';
import { loadConfig } from '../config/config';
import { EXPORT_FORMATS, exportRecords } from '../dataio/export-records';
import { importRecords, type ImportReport } from '../dataio/import-records';
import { recordViewSchema } from '../dataio/record-view';
import { openStore } from '../store/open-store';
import { CliUsageError, processIo, type CliIo } from './cli-io';

export const RECORDS_USAGE = `Usage: toolwright records <export|import> <app-slug> <collection> [options]

  export <app> <collection> --format csv|xlsx|json [--search <text>] [--sort <field>]
         [--direction asc|desc] [--out <file>]
                 the collection's records (the records table's view) to a file or stdout.
                 CSV cells starting with = + - @ get a leading ' so spreadsheets show them as text.
  import <app> <collection> <file.csv|file.xlsx> [--map "Column=field" …] [--valid-rows]
                 rows into the collection; columns map to fields by name or label unless
                 --map says otherwise (--map "Notes=" skips a column). All or nothing unless
                 --valid-rows: then the valid rows are stored and the rejected ones listed.

  --data-dir <folder>   where the data is (default: $DATA_DIR or ./data; PostgreSQL when DATABASE_URL is set)`;

const Common = z.object({
  'data-dir': z.string().trim().min(1, 'needs a folder path').optional(),
  help: z.boolean().optional(),
});
const ExportFlags = Common.extend({
  format: z.enum(EXPORT_FORMATS, { error: 'must be csv, xlsx or json' }),
  out: z.string().trim().min(1, 'needs a file path').optional(),
  search: z.string().optional(),
  sort: z.string().optional(),
  direction: z.string().optional(),
});
const ImportFlags = Common.extend({
  map: z.array(z.string().regex(/^[^=]+=.*$/, 'takes "Column=field"')).optional(),
  'valid-rows': z.boolean().optional(),
});

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      search: { type: 'string' },
      sort: { type: 'string' },
      direction: { type: 'string' },
      map: { type: 'string', multiple: true },
      'valid-rows': { type: 'boolean' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  return { values, positionals };
}

const flagError = (error: z.ZodError) => {
  const issue = error.issues[0];
  return new CliUsageError(`--${String(issue?.path[0] ?? '?')} ${issue?.message ?? 'is invalid'}`);
};

function renderReport(report: ImportReport, where: string): string {
  const lines = [
    report.stored
      ? `Imported ${report.imported} of ${report.rows} row${report.rows === 1 ? '' : 's'} into ${where}.`
      : `Nothing was imported into ${where}: ${report.rejectedCount} of ${report.rows} rows were rejected. Fix them, or run again with --valid-rows.`,
  ];
  if (report.rejectedCount > 0) {
    if (report.stored) lines.push(`${report.rejectedCount} row${report.rejectedCount === 1 ? ' was' : 's were'} rejected:`);
    for (const r of report.rejected) lines.push(`  row ${r.row}: ${r.reason}`);
    if (report.rejectedCount > report.rejected.length) lines.push(`  … and ${report.rejectedCount - report.rejected.length} more.`);
  }
  return `${lines.join('\n')}\n`;
}

export async function recordsCommand(args: string[], io: CliIo = processIo(), stdout: Writable = process.stdout): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.err(`${(error as Error).message.replace(/\.$/, '')}.\n\n${RECORDS_USAGE}\n`);
    return 2;
  }
  const [action, slug, collectionName, file, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.out(`${RECORDS_USAGE}\n`);
    return 0;
  }
  const store = await (async () => {
    const dataDir = parsed.values['data-dir'];
    return openStore(loadConfig(dataDir ? { ...process.env, DATA_DIR: dataDir } : process.env));
  })();
  try {
    if ((action !== 'export' && action !== 'import') || !slug || !collectionName) {
      throw new CliUsageError('Say export or import, then the app slug and the collection name');
    }
    const app = await store.getApp(slug);
    if (!app) throw new CliUsageError(`There is no app "${slug}"`);
    const collection = app.spec.collections.find((c) => c.name === collectionName);
    if (!collection) {
      throw new CliUsageError(
        `App "${slug}" has no collection "${collectionName}"; its collections: ${app.spec.collections.map((c) => c.name).join(', ') || 'none'}`,
      );
    }
    if (action === 'export') {
      if (file !== undefined) throw new CliUsageError(`Unexpected argument "${file}"`);
      const flags = ExportFlags.safeParse(parsed.values);
      if (!flags.success) throw flagError(flags.error);
      const view = recordViewSchema(collection).safeParse(parsed.values);
      if (!view.success) throw flagError(view.error);
      const out = flags.data.out ? createWriteStream(flags.data.out) : stdout;
      await exportRecords({ store, app, collection, view: view.data, format: flags.data.format, out });
      if (flags.data.out) await finished(out);
      return 0;
    }
    if (!file || extra.length > 0) throw new CliUsageError('Give one file to import (CSV or XLSX)');
    const flags = ImportFlags.safeParse(parsed.values);
    if (!flags.success) throw flagError(flags.error);
    const mapping = flags.data.map
      ? Object.fromEntries(
          flags.data.map.map((pair) => {
            const at = pair.indexOf('=');
            return [pair.slice(0, at).trim(), pair.slice(at + 1).trim() || null];
          }),
        )
      : null;
    // Read from a private copy: the file may change while the import reads it twice.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tw-import-'));
    try {
      const copy = path.join(dir, 'upload');
      await copyFile(file, copy).catch((error: NodeJS.ErrnoException) => {
        throw new CliUsageError(
          error.code === 'ENOENT' ? `There is no file "${file}"` : `The file "${file}" could not be read (${error.code})`,
        );
      });
      const report = await importRecords({
        store,
        app,
        collection,
        path: copy,
        mapping,
        mode: flags.data['valid-rows'] ? 'valid-rows' : 'all-or-nothing',
        createdBy: null,
      });
      (report.stored ? io.out : io.err)(renderReport(report, `${slug}/${collection.name}`));
      return report.stored ? 0 : 1;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } catch (error) {
    if (error instanceof CliUsageError || (ToolwrightError.isInstance(error) && error.family === 'runtime')) {
      io.err(`${error.message.replace(/\.$/, '')}.\n\n${error instanceof CliUsageError ? `${RECORDS_USAGE}\n` : ''}`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}
