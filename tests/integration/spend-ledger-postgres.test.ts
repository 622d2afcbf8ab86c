import { openPostgresStore } from '../../server/store/postgres';
import { createTestDatabase } from '../setup/test-database';
import { runSpendLedgerContract } from './spend-ledger.contract';

runSpendLedgerContract({
  name: 'postgres',
  open: async () => {
    const db = await createTestDatabase('spend_contract');
    return { store: await openPostgresStore({ url: db.url }), reopen: () => openPostgresStore({ url: db.url }), cleanup: () => db.drop() };
  },
});
