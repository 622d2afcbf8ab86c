/** Rules every implementation of the ports applies the same way (server/store's adapters, memory.ts). */
import type { AppSpec } from '../spec/app-spec';
import type { StoredApp } from './apps';
import { StoreError } from './store-error';

/** Refuses a save that would lose someone else's change or rename the app. */
export function checkSaveAllowed(app: StoredApp, spec: AppSpec, expectedVersion: number | undefined): void {
  if (spec.slug !== app.slug) {
    throw new StoreError(
      'conflict',
      `The spec's slug '${spec.slug}' differs from the app's slug '${app.slug}'; slugs never change, so keep '${app.slug}'.`,
    );
  }
  if (expectedVersion !== undefined && expectedVersion !== app.version) {
    throw new StoreError(
      'conflict',
      `App '${app.slug}' is at version ${app.version}, not ${expectedVersion}; someone else changed it — reload it and apply your change again.`,
    );
  }
}

/** The refusals of the ports, worded once. */
export const portRefusal = {
  appNotFound: (slug: string) => new StoreError('not-found', `There is no app with slug '${slug}'; check the slug or list the apps.`),
  slugTaken: (slug: string) => new StoreError('conflict', `An app with slug '${slug}' already exists; choose another slug.`),
  conversationNotFound: (id: string) => new StoreError('not-found', `There is no conversation with id '${id}'; start a new one.`),
  conversationIdTaken: (id: string) =>
    new StoreError('conflict', `A conversation with id '${id}' already exists; give the new one a fresh id, or leave the id out.`),
};
