/**
 * pg-boss on the same PostgreSQL as the store: one instance per server process, started by
 * startAutomation and shared by its queues (scheduled runs, delivery retries). A job's id is
 * a UUID derived from its key, and pg-boss inserts with ON CONFLICT DO NOTHING, so the same
 * job sent by N instances is one job; workers fetch with SKIP LOCKED, so each job runs once.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';

/** A name-based (v5-style) UUID from the job key. */
export function jobIdFromKey(key: string): string {
  const bytes = createHash('sha256').update(`toolwright:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Started, with no cron of its own; stop it with `boss.stop({ graceful: true, wait: true })` after its queues stop taking jobs. */
export async function startPgBoss(options: { connectionString: string; onError: (error: unknown) => void }): Promise<PgBoss> {
  // Six connections: what the scheduler's queue (4) and the delivery queue (2) had on their own.
  const boss = new PgBoss({ connectionString: options.connectionString, schedule: false, max: 6 });
  boss.on('error', options.onError);
  await boss.start();
  return boss;
}

/**
 * Hands the queue's jobs to `handler` one at a time; an idle worker polls every `pollingIntervalSeconds` (default 2,
 * pg-boss's minimum 0.5). pg-boss also waits out the interval after each fetch, so tests that drain many jobs fetch
 * `fetchBatchSize` at once (default 1), still handled one after the other.
 */
export async function workOneAtATime<T extends object>(
  boss: PgBoss,
  queue: string,
  pollingIntervalSeconds: number | undefined,
  handler: (data: T) => Promise<void>,
  fetchBatchSize = 1,
): Promise<void> {
  await boss.work<T>(queue, { pollingIntervalSeconds: pollingIntervalSeconds ?? 2, batchSize: fetchBatchSize }, async (jobs) => {
    for (const job of jobs) await handler(job.data);
  });
}
