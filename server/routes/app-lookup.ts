/** Loads an app by slug (and one of its collections by name) or answers 404 with a sentence. */
import type { Collection } from '../../agent/spec/app-spec';
import type { StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { notFound } from '../http/http-error';

export async function requireApp(store: Store, slug: string): Promise<StoredApp> {
  const app = await store.getApp(slug);
  if (!app) throw notFound(`There is no app "${slug}". List apps with GET /api/apps.`);
  return app;
}

export function requireCollection(app: StoredApp, name: string): Collection {
  const collection = app.spec.collections.find((c) => c.name === name);
  if (!collection) {
    const names = app.spec.collections.map((c) => c.name).join(', ') || 'none';
    throw notFound(`App "${app.slug}" has no collection "${name}". Its collections: ${names}.`);
  }
  return collection;
}
