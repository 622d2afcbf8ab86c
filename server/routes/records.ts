/** Records of an app's collections: list (search, sort, paging), get, add, change, delete. */
import { Router } from 'express';
import { z } from 'zod';
import { fireRecordCreated } from '../automation/record-trigger';
import { actorFor } from '../http/actor';
import { notFound } from '../http/http-error';
import { recordViewSchema, viewQuery } from '../dataio/record-view';
import { parseRequest } from '../http/validate';
import { parseValues } from '../runtime/field-values';
import { requireApp, requireCollection } from './app-lookup';
import type { ApiDeps } from './deps';
import { CollectionParams, PagingQuery, RecordParams } from './params';

const ValuesBody = z.object({ values: z.record(z.string(), z.unknown()) });

export function recordRoutes(deps: ApiDeps): Router {
  const router = Router({ mergeParams: true });

  const load = async (params: unknown) => {
    const p = parseRequest(CollectionParams, params, 'params');
    const app = await requireApp(deps.store, p.slug);
    return { app, collection: requireCollection(app, p.collection) };
  };
  const loadRecord = async (params: unknown) => {
    const { id } = parseRequest(RecordParams, params, 'params');
    const { app, collection } = await load(params);
    const record = await deps.store.getRecord(id);
    if (!record || record.appId !== app.id || record.collection !== collection.name) {
      throw notFound(`There is no record "${id}" in ${app.slug}/${collection.name}.`);
    }
    return { app, collection, record };
  };

  router.get('/', async (req, res) => {
    const { app, collection } = await load(req.params);
    // The same view (search, sort) an export of this table takes.
    const q = parseRequest(recordViewSchema(collection).extend(PagingQuery.shape), req.query, 'query');
    const result = await deps.store.listRecords(app.id, collection.name, { ...viewQuery(q), offset: q.offset, limit: q.limit });
    res.json({ ...result, offset: q.offset, limit: q.limit });
  });

  router.post('/', async (req, res) => {
    const { app, collection } = await load(req.params);
    const { values } = parseRequest(ValuesBody, req.body, 'body');
    const record = await deps.store.insertRecord({
      appId: app.id,
      collection: collection.name,
      values: parseValues(collection.fields, values, 'body.values'),
      createdBy: actorFor(req).userId,
    });
    // The app's record-created trigger, if it watches this collection (runs in the background).
    fireRecordCreated(deps, app, record);
    res.status(201).json({ record });
  });

  router.get('/:id', async (req, res) => {
    res.json({ record: (await loadRecord(req.params)).record });
  });

  router.patch('/:id', async (req, res) => {
    const { collection, record } = await loadRecord(req.params);
    const { values } = parseRequest(ValuesBody, req.body, 'body');
    const patch = parseValues(collection.fields, values, 'body.values', { partial: true });
    res.json({ record: await deps.store.updateRecord(record.id, patch) });
  });

  router.delete('/:id', async (req, res) => {
    const { record } = await loadRecord(req.params);
    await deps.store.deleteRecord(record.id);
    res.status(204).end();
  });

  return router;
}
