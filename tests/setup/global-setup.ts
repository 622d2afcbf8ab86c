/**
 * Global test setup: one throwaway PostgreSQL cluster for the whole run (≈1 s to start),
 * handed to suites through vitest's provide/inject; each suite creates its own database
 * with `createTestDatabase()` (tests/setup/test-database.ts). If the cluster cannot start,
 * only the suites that need it fail, with the reason.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster, or null when it could not start. */
    postgresUrl: string | null;
    /** Why the cluster could not start (a sentence), when it could not. */
    postgresError: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    const cluster = await startPostgresCluster();
    project.provide('postgresUrl', cluster.url);
    project.provide('postgresError', null);
    return () => cluster.stop();
  } catch (error) {
    project.provide('postgresUrl', null);
    project.provide('postgresError', (error as Error).message);
    return async () => {};
  }
}
