/** PostgreSQL start-up: migrations recorded once (also when instances start together), clear errors when the server is unreachable. */
import { createServer } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/postgres/migrations';
import { openPostgresStore } from '../../server/store/postgres';
import { openStore } from '../../server/store/open-store';
import { StoreError } from '../../agent/ports/store-error';
import type { Store } from '../../server/store/store';
import { createTestDatabase } from '../setup/test-database';
import { specFor } from './store.contract';

describe('PostgreSQL start-up', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('applies every migration once, even when several instances start at the same time', async () => {
    const db = await createTestDatabase('store_migrations');
    cleanups.push(() => db.drop());
    const stores: Store[] = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url: db.url })));
    cleanups.push(async () => {
      for (const store of stores) await store.close();
    });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    cleanups.push(() => client.end());
    const { rows } = await client.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    // A store opened later finds the schema in place and works.
    const later = await openStore({ dataDir: '/nonexistent', databaseUrl: db.url });
    cleanups.push(() => later.close());
    const app = await later.createApp({ workspaceId: 'default', spec: specFor('later'), createdBy: null });
    expect(await stores[0]!.getApp('later')).toEqual(app);
  });

  it('refuses to start against an unreachable server with a sentence that hides the password', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const error = await openPostgresStore({ url: `postgres://toolwright:s3cret-pass@127.0.0.1:${port}/app` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('unavailable');
    expect((error as StoreError).message).toContain(`127.0.0.1:${port}/app`);
    expect((error as StoreError).message).toMatch(/check DATABASE_URL/);
    expect((error as StoreError).message).not.toContain('s3cret-pass');
  });
});
