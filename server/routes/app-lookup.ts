/** Loads an app by slug or answers 404 with a sentence. */
import type { StoredApp } from '../store/records';
import type { Store } from '../store/store';
import { notFound } from '../http/http-error';

export async function requireApp(store: Store, slug: string): Promise<StoredApp> {
  const app = await store.getApp(slug);
  if (!app) throw notFound(`There is no app "${slug}". List apps with GET /api/apps.`);
  return app;
}
