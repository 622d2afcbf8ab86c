/**
 * A filtered, sorted view of a collection, as the records table shows it: the query the
 * records list and every export take (HTTP query strings and CLI flags alike), checked by zod
 * against the collection's own field names.
 */
import { z } from 'zod';
import type { Collection } from '../../agent/spec/app-spec';
import type { RecordQuery } from '../store/records';

export function recordViewSchema(collection: Collection) {
  return z.object({
    search: z.string().max(200).optional(),
    sort: z.enum(['createdAt', 'updatedAt', ...collection.fields.map((f) => f.name)]).optional(),
    direction: z.enum(['asc', 'desc']).default('asc'),
  });
}

export type RecordView = z.infer<ReturnType<typeof recordViewSchema>>;

/** The store query for a view (paging is the caller's). */
export function viewQuery(view: RecordView): RecordQuery {
  return {
    ...(view.search ? { search: view.search } : {}),
    ...(view.sort ? { sort: { field: view.sort, direction: view.direction } } : {}),
  };
}
