/**
 * The multi-instance queue: a pg-boss queue (server/cluster/pg-boss.ts). A job's id derives
 * from its key, so the same occurrence sent by N instances is one job, and each job runs once.
 */
import type PgBoss from 'pg-boss';
import { jobIdFromKey, workOneAtATime } from '../cluster/pg-boss';
import type { JobHandler, JobQueue, ScheduledJob } from './job-queue';

const QUEUE = 'toolwright-scheduled-runs';

export interface PgBossQueueOptions {
  /** Started by the caller, who also stops it (which waits for the jobs in hand). */
  boss: PgBoss;
  /** How often an idle worker polls; pg-boss's minimum is 0.5 s. */
  pollingIntervalSeconds?: number;
  /** Jobs fetched per poll, still run one at a time (default 1; tests that drain many jobs raise it). */
  fetchBatchSize?: number;
}

export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const { boss } = options;
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryBackoff: true });
  let working = false;

  return {
    async enqueue(job: ScheduledJob) {
      const id = await boss.send(QUEUE, job as unknown as object, { id: jobIdFromKey(job.key) });
      return id !== null;
    },
    async work(handler: JobHandler) {
      working = true;
      await workOneAtATime(boss, QUEUE, options.pollingIntervalSeconds, handler, options.fetchBatchSize);
    },
    /** Stops taking jobs; the jobs in hand finish when the caller stops pg-boss. */
    async stop() {
      if (working) await boss.offWork(QUEUE);
      working = false;
    },
  };
}
