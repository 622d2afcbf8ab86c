import { openPostgresStore } from '../../server/store/postgres';
import { createTestDatabase } from '../setup/test-database';
import { runTrialLogContract } from './trial-log.contract';

runTrialLogContract({
  name: 'postgres',
  open: async () => {
    const db = await createTestDatabase('trial_contract');
    return { store: await openPostgresStore({ url: db.url }), reopen: () => openPostgresStore({ url: db.url }), cleanup: () => db.drop() };
  },
});
