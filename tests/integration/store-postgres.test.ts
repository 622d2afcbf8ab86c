import { openPostgresStore } from '../../server/store/postgres';
import { createTestDatabase } from '../setup/test-database';
import { runStoreContract } from './store.contract';

runStoreContract({
  name: 'postgres',
  open: async () => {
    const db = await createTestDatabase('store_contract');
    return {
      store: await openPostgresStore({ url: db.url }),
      reopen: () => openPostgresStore({ url: db.url }),
      cleanup: () => db.drop(),
    };
  },
});
