/** Picks the store from configuration: PostgreSQL when a database URL is set, else lowdb in the data folder. */
import type { Store } from './store';
import { openLowdbStore } from './lowdb';
import { openPostgresStore } from './postgres';

export async function openStore(config: { dataDir: string; databaseUrl?: string | null }): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore({ url: config.databaseUrl });
  return openLowdbStore({ dir: config.dataDir });
}
