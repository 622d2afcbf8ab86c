/**
 * The store's WaitingRuns, one contract on both adapters: only waiting runs are listed (also
 * after reopening), and of concurrent `replace` calls for the same pending approval exactly one
 * wins; a stale approval or a run no longer waiting is never replaced.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { emptyUsage } from '../../agent/providers/usage';
import { openLowdbStore } from '../../server/store/lowdb';
import { openPostgresStore } from '../../server/store/postgres';
import type { RunRow } from '../../server/store/records';
import type { Store } from '../../server/store/store';
import { approvalSpec } from '../fixtures/approval-app';
import { createTestDatabase } from '../setup/test-database';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Adapter {
  /** Opens the same store again (a restart) when called twice. */
  open(): Promise<Store>;
}

const lowdb = (): Adapter => {
  let dir: string | null = null;
  return {
    async open() {
      if (!dir) {
        dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-waiting-'));
        const made = dir;
        cleanups.push(() => fs.rm(made, { recursive: true, force: true }));
      }
      return openLowdbStore({ dir });
    },
  };
};

const postgres = (): Adapter => {
  let url: string | null = null;
  return {
    async open() {
      if (!url) {
        const db = await createTestDatabase('waiting');
        url = db.url;
        cleanups.push(db.drop);
      }
      return openPostgresStore({ url });
    },
  };
};

function waitingRun(appId: string, status: RunRow['status'] = 'waiting'): RunRow {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    appId,
    appVersion: 1,
    trigger: { kind: 'api' },
    status,
    inputs: { ticket: '1' },
    steps: [],
    usage: emptyUsage(),
    costUsd: 0,
    error: null,
    createdBy: null,
    startedAt: at,
    finishedAt: null,
    approval: {
      id: randomUUID(),
      stepId: 'review',
      gates: 'draft',
      field: 'text',
      pending: 'ok',
      role: 'editor',
      message: null,
      askedAt: at,
      deadlineAt: null,
      otherwise: null,
    },
  };
}

describe.each([
  ['lowdb', lowdb],
  ['postgres', postgres],
] as const)('WaitingRuns on %s', (_name, make) => {
  it('lists waiting runs only, across a reopen, and hands each on exactly once', async () => {
    const adapter = make();
    let store = await adapter.open();
    const app = await store.createApp({
      workspaceId: 'default',
      spec: AppSpecSchema.parse(approvalSpec({ receiverUrl: 'http://127.0.0.1:9' })),
      createdBy: null,
    });
    const waiting = waitingRun(app.id);
    const other = waitingRun(app.id);
    await store.saveRun(waiting);
    await store.saveRun(other);
    await store.saveRun(waitingRun(app.id, 'ok'));
    await store.close();
    store = await adapter.open();
    expect((await store.waiting.list()).map((r) => r.id).sort()).toEqual([waiting.id, other.id].sort());

    const next = (n: number): RunRow => ({ ...waiting, status: 'running', inputs: { ticket: String(n) } });
    const won = await Promise.all([1, 2, 3, 4].map((n) => store.waiting.replace(waiting, next(n))));
    expect(won.filter(Boolean)).toHaveLength(1);
    const stored = await store.getRun(waiting.id);
    expect(stored?.status).toBe('running');
    expect(stored?.inputs).toEqual({ ticket: String(won.indexOf(true) + 1) });
    expect(await store.waiting.replace(waiting, next(5))).toBe(false);

    // A pending approval that changed since it was read (a reminder was sent) is not replaced.
    const reminded: RunRow = { ...other, approval: { ...other.approval!, overdueNotifiedAt: new Date().toISOString() } };
    expect(await store.waiting.replace(other, reminded)).toBe(true);
    expect(await store.waiting.replace(other, { ...other, status: 'running' })).toBe(false);
    expect(await store.waiting.replace(reminded, { ...reminded, status: 'running' })).toBe(true);
    expect(await store.waiting.list()).toEqual([]);
    await store.close();
  });
});
