/**
 * The multi-instance queue: pg-boss on the same PostgreSQL as the store. A job's id is a
 * UUID derived from its key, and pg-boss inserts with ON CONFLICT DO NOTHING, so the same
 * occurrence sent by N instances is one job; workers fetch with SKIP LOCKED, so each job
 * runs once.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { JobHandler, JobQueue, ScheduledJob } from './job-queue';

const QUEUE = 'toolwright-scheduled-runs';

/** A name-based (v5-style) UUID from the job key. */
export function jobIdFromKey(key: string): string {
  const bytes = createHash('sha256').update(`toolwright:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface PgBossQueueOptions {
  connectionString: string;
  /** How often an idle worker polls; pg-boss's minimum is 0.5 s. */
  pollingIntervalSeconds?: number;
  onError: (error: unknown) => void;
}

export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: options.connectionString, schedule: false, max: 4 });
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryBackoff: true });
  let workerId: string | null = null;

  return {
    async enqueue(job: ScheduledJob) {
      const id = await boss.send(QUEUE, job as unknown as object, { id: jobIdFromKey(job.key) });
      return id !== null;
    },
    async work(handler: JobHandler) {
      workerId = await boss.work<ScheduledJob>(
        QUEUE,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data);
        },
      );
    },
    async stop() {
      if (workerId) await boss.offWork(QUEUE);
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
