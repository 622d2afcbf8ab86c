/**
 * The rows bench/runs-paging.ts and bench/records-paging.ts add: runs of ~5 KB (four steps,
 * like real runs) and support-ticket records of ~0.6 KB, times one second apart.
 */
import { randomUUID } from 'node:crypto';
import { emptyUsage } from '../../agent/providers/usage';
import type { RunRow } from '../../server/store/records';
import type { Store } from '../../server/store/store';

export const BENCH_COLLECTION = 'tickets';

let clock = Date.UTC(2026, 0, 1);
const ticket = (n: number) => `Ticket ${n}: ${'the customer reports that the export button does nothing; '.repeat(8)}`;

export function runFor(appId: string, n: number): RunRow {
  clock += 1000;
  const at = new Date(clock).toISOString();
  const text = ticket(n);
  return {
    id: randomUUID(),
    appId,
    appVersion: 1,
    trigger: { kind: n % 3 === 0 ? 'schedule' : 'manual' },
    status: 'dry-run',
    inputs: { ticket: text },
    steps: ['draft', 'classify', 'extract', 'save'].map((stepId) => ({
      stepId,
      kind: 'generate-text' as const,
      model: 'gpt-5-mini',
      status: 'dry-run' as const,
      output: { text: `${stepId}: ${text.slice(0, 300)}` },
      usage: { ...emptyUsage(), inputTokens: 320, outputTokens: 120 },
      costUsd: 0.00031,
      request: { body: { model: 'gpt-5-mini', messages: [{ role: 'user', content: text.slice(0, 400) }] } },
      error: null,
      startedAt: at,
      finishedAt: at,
    })),
    usage: { ...emptyUsage(), inputTokens: 1280, outputTokens: 480 },
    costUsd: 0.00124,
    error: null,
    createdBy: null,
    startedAt: at,
    finishedAt: at,
  };
}

/** Adds one row of the kind measured. */
export type AddRow = (store: Store, appId: string, n: number) => Promise<unknown>;

export const addRun: AddRow = (store, appId, n) => store.saveRun(runFor(appId, n));

export const addRecord: AddRow = (store, appId, n) =>
  store.insertRecord({
    appId,
    collection: BENCH_COLLECTION,
    values: { ticket: ticket(n), customer: `customer-${n % 997}@example.com`, priority: ['low', 'medium', 'high'][n % 3]!, n },
    createdBy: null,
  });
