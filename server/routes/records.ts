/** Records of an app's collections: list (search, sort, paging), get, add, change, delete. */
import { Router } from 'express';
import { z } from 'zod';
import type { Collection } from '../../agent/spec/app-spec';
import { fireRecordCreated } from '../automation/record-trigger';
import { actorFor } from '../http/actor';
import { notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import { parseValues } from '../runtime/field-values';
import type { StoredApp } from '../store/records';
import { requireApp } from './app-lookup';
import type { ApiDeps } from './deps';
import { CollectionParams, PagingQuery, RecordParams } from './params';

const ListQuery = PagingQuery.extend({
  search: z.string().max(200).optional(),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
const ValuesBody = z.object({ values: z.record(z.string(), z.unknown()) });

function requireCollection(app: StoredApp, name: string): Collection {
  const collection = app.spec.collections.find((c) => c.name === name);
  if (!collection) {
    const names = app.spec.collections.map((c) => c.name).join(', ') || 'none';
    throw notFound(`App "${app.slug}" has no collection "${name}". Its collections: ${names}.`);
  }
  return collection;
}

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
    const sortable = z.enum(['createdAt', 'updatedAt', ...collection.fields.map((f) => f.name)]);
    const q = parseRequest(ListQuery.extend({ sort: sortable.optional() }), req.query, 'query');
    const result = await deps.store.listRecords(app.id, collection.name, {
      ...(q.search ? { search: q.search } : {}),
      ...(q.sort ? { sort: { field: q.sort, direction: q.direction } } : {}),
      offset: q.offset,
      limit: q.limit,
    });
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
