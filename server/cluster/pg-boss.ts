/**
 * pg-boss on the same PostgreSQL as the store, started one way for every queue that uses it
 * (scheduled runs, delivery retries): no cron of its own, errors to `onError`, the queue
 * created, and a worker that hands jobs over one at a time. A job's id is a UUID derived from
 * its key, and pg-boss inserts with ON CONFLICT DO NOTHING, so the same job sent by N
 * instances is one job; workers fetch with SKIP LOCKED, so each job runs once.
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

export async function startPgBoss(options: {
  connectionString: string;
  /** Connections in pg-boss's pool. */
  max: number;
  onError: (error: unknown) => void;
  queue: string;
  queueOptions: Omit<PgBoss.Queue, 'name'>;
}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: options.connectionString, schedule: false, max: options.max });
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue(options.queue, { ...options.queueOptions, name: options.queue });
  return boss;
}

/** Hands the queue's jobs to `handler` one at a time; an idle worker polls every `pollingIntervalSeconds` (default 2, pg-boss's minimum 0.5). */
export async function workOneAtATime<T extends object>(
  boss: PgBoss,
  queue: string,
  pollingIntervalSeconds: number | undefined,
  handler: (data: T) => Promise<void>,
): Promise<void> {
  await boss.work<T>(queue, { pollingIntervalSeconds: pollingIntervalSeconds ?? 2, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await handler(job.data);
  });
}
