/** Picks the store from configuration: PostgreSQL when a database URL is set, else lowdb in the data folder. */
import type { Store } from './store';
import { StoreError } from './store-error';
import { openLowdbStore } from './lowdb';

export async function openStore(config: { dataDir: string; databaseUrl?: string | null }): Promise<Store> {
  if (config.databaseUrl) {
    throw new StoreError('unavailable', 'The PostgreSQL store is not built yet; unset DATABASE_URL to use the embedded store.');
  }
  return openLowdbStore({ dir: config.dataDir });
}
