/** Rules every adapter applies the same way, so the contract suite sees one behaviour. */
import type { AppSpec } from '../../agent/spec/app-spec';
import type { StoredApp } from './records';
import { StoreError } from './store-error';

/** Refuses a save that would lose someone else's change or rename the app. */
export function checkSaveAllowed(app: StoredApp, spec: AppSpec, expectedVersion: number | undefined): void {
  if (spec.slug !== app.slug) {
    throw new StoreError('conflict', `The spec's slug '${spec.slug}' differs from the app's slug '${app.slug}'; slugs never change, so keep '${app.slug}'.`);
  }
  if (expectedVersion !== undefined && expectedVersion !== app.version) {
    throw new StoreError(
      'conflict',
      `App '${app.slug}' is at version ${app.version}, not ${expectedVersion}; someone else changed it — reload it and apply your change again.`,
    );
  }
}

/** Runs: newest first, default 50, max 500. */
export function runPage(options: { offset?: number; limit?: number } | undefined): { offset: number; limit: number } {
  return {
    offset: Math.max(0, Math.floor(options?.offset ?? 0)),
    limit: Math.min(500, Math.max(1, Math.floor(options?.limit ?? 50))),
  };
}

/** Audit: newest first, default 100, max 1000. */
export function auditLimit(options: { limit?: number } | undefined): number {
  return Math.min(1000, Math.max(1, Math.floor(options?.limit ?? 100)));
}

/** The refusals both adapters give, worded once. */
export const refusal = {
  appNotFound: (slug: string) => new StoreError('not-found', `There is no app with slug '${slug}'; check the slug or list the apps.`),
  appIdNotFound: (id: string) => new StoreError('not-found', `There is no app with id '${id}'; it may have been deleted.`),
  slugTaken: (slug: string) => new StoreError('conflict', `An app with slug '${slug}' already exists; choose another slug.`),
  conversationNotFound: (id: string) => new StoreError('not-found', `There is no conversation with id '${id}'; start a new one.`),
  recordNotFound: (id: string) => new StoreError('not-found', `There is no record with id '${id}'; it may have been deleted.`),
  runOfAnotherApp: (runId: string) => new StoreError('conflict', `Run '${runId}' belongs to another app; give the new run its own id.`),
};
