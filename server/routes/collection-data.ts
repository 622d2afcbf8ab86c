/**
 * Data in and out of one collection: import a CSV or XLSX file (a preview with the suggested
 * column mapping, then the import itself) and export the records table's view as CSV, XLSX or
 * JSON. Files arrive as multipart uploads streamed to disk (server/http/multipart.ts); exports
 * stream out page by page.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { ColumnMappingSchema } from '../dataio/column-mapping';
import { EXPORT_FORMATS, EXPORT_TYPES, exportFileName, exportRecords } from '../dataio/export-records';
import { importRecords, previewImport } from '../dataio/import-records';
import { recordViewSchema } from '../dataio/record-view';
import { actorFor } from '../http/actor';
import { HttpError } from '../http/http-error';
import { isMultipart, receiveUpload, type UploadedPart } from '../http/multipart';
import { parseRequest } from '../http/validate';
import { requireApp, requireCollection } from './app-lookup';
import type { ApiDeps } from './deps';
import { CollectionParams } from './params';

/** Imports are larger than image uploads: 100,000 rows of a few columns are 10–20 MB. */
export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

const ImportForm = z.object({
  mapping: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of column name → field name (or null)' });
        return z.NEVER;
      }
    })
    .pipe(ColumnMappingSchema)
    .optional(),
  mode: z.enum(['all-or-nothing', 'valid-rows']).default('all-or-nothing'),
});

const ExportQuery = z.object({ format: z.enum(EXPORT_FORMATS, { error: 'must be csv, xlsx or json' }) });

export function collectionDataRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  const load = async (params: unknown) => {
    const p = parseRequest(CollectionParams, params, 'params');
    const app = await requireApp(deps.store, p.slug);
    return { app, collection: requireCollection(app, p.collection) };
  };
  const receiveFile = async (req: Request, res: Response): Promise<{ file: UploadedPart; fields: Record<string, string> }> => {
    // As POST /api/files: anything but a form carrying the file is "no file arrived" (400).
    const upload = isMultipart(req) ? await receiveUpload(req, res, { dir: deps.files.incomingDir, limitBytes: IMPORT_LIMIT_BYTES }) : null;
    const file = upload?.files.file;
    if (!upload || !file) {
      throw new HttpError(
        400,
        'invalid_upload',
        'No file arrived. Send the CSV or XLSX file as a multipart/form-data upload, in a field named "file".',
      );
    }
    return { file, fields: upload.fields };
  };

  router.post('/import/preview', async (req, res) => {
    const { collection } = await load(req.params);
    const { file } = await receiveFile(req, res);
    const preview = await previewImport(file.path, collection);
    res.json({ ...preview, fields: collection.fields });
  });

  router.post('/import', async (req, res) => {
    const { app, collection } = await load(req.params);
    const { file, fields } = await receiveFile(req, res);
    const form = parseRequest(ImportForm, fields, 'body');
    const report = await importRecords({
      store: deps.store,
      app,
      collection,
      path: file.path,
      mapping: form.mapping ?? null,
      mode: form.mode,
      createdBy: actorFor(req).userId,
    });
    if (report.stored) {
      res.status(201).json({ report });
      return;
    }
    const n = report.rejectedCount;
    res.status(422).json({
      error: {
        code: 'rows_rejected',
        message: `${n} row${n === 1 ? ' was' : 's were'} rejected, so nothing was imported. Fix ${n === 1 ? 'it' : 'them'} and import again, or import the valid rows only.`,
      },
      report,
    });
  });

  router.get('/export', async (req, res) => {
    const { app, collection } = await load(req.params);
    const { format } = parseRequest(ExportQuery, { format: req.query.format }, 'query');
    const view = parseRequest(recordViewSchema(collection), { ...req.query, format: undefined }, 'query');
    res.setHeader('Content-Type', EXPORT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(app, collection, format)}"`);
    await exportRecords({ store: deps.store, app, collection, view, format, out: res });
  });

  return router;
}
