import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore } from '../../server/store/lowdb';
import { runTrialLogContract } from './trial-log.contract';

runTrialLogContract({
  name: 'lowdb',
  open: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toolwright-trials-'));
    return {
      store: await openLowdbStore({ dir }),
      reopen: () => openLowdbStore({ dir }),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  },
});
