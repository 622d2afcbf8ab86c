/** A database of its own for one test file, on the cluster started by global-setup.ts. */
import { inject } from 'vitest';
import { createDatabase } from './postgres';

export async function createTestDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const clusterUrl = inject('postgresUrl');
  if (!clusterUrl)
    throw new Error(inject('postgresError') ?? 'The test PostgreSQL cluster did not start; see tests/setup/global-setup.ts.');
  return createDatabase(clusterUrl, prefix);
}
