import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { emptyUsage } from '../../agent/providers/usage';
import { openLowdbStore } from '../../server/store/lowdb';
import type { RunRow } from '../../server/store/records';
import { runSpendLedgerContract } from './spend-ledger.contract';
import { specFor } from './store.contract';

runSpendLedgerContract({
  name: 'lowdb',
  open: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toolwright-spend-'));
    return {
      store: await openLowdbStore({ dir }),
      reopen: () => openLowdbStore({ dir }),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  },
});

// lowdb writes a run's rows a moment after the run (no fsync of their own): a crash in between
// must not lose them, so opening rebuilds them from the stored, fsynced run.
it('lowdb: rebuilds the ledger rows of a stored run that has none (a crash came between)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'toolwright-spend-'));
  try {
    let store = await openLowdbStore({ dir });
    const app = await store.createApp({ workspaceId: 'ws', spec: specFor('crashy'), createdBy: null });
    const at = new Date().toISOString();
    const step = {
      stepId: 'draft',
      kind: 'generate-text',
      model: 'gpt-5-mini',
      status: 'ok' as const,
      output: {},
      usage: { ...emptyUsage(), inputTokens: 10, outputTokens: 5 },
      costUsd: 0.0123,
      request: null,
      error: null,
      startedAt: at,
      finishedAt: at,
    };
    const run: RunRow = {
      id: 'lost-run',
      appId: app.id,
      appVersion: 1,
      trigger: { kind: 'api' },
      status: 'ok',
      inputs: {},
      steps: [step],
      usage: step.usage,
      costUsd: 0.0123,
      error: null,
      createdBy: null,
      startedAt: at,
      finishedAt: at,
    };
    // The run is stored; its ledger rows were never written.
    await store.saveRun(run);
    await store.close();
    store = await openLowdbStore({ dir });
    const month = { workspaceId: 'ws', from: '2000-01-01T00:00:00.000Z', to: '2999-01-01T00:00:00.000Z' };
    expect(await store.spend.list(month)).toEqual([
      expect.objectContaining({ id: 'lost-run:0', runId: 'lost-run', appSlug: 'crashy', costUsd: 0.0123, source: 'run' }),
    ]);
    await store.close();
    // Rebuilt once: a further open finds them and adds nothing.
    store = await openLowdbStore({ dir });
    expect((await store.spend.total(month)).calls).toBe(1);
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
