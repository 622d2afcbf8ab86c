/**
 * The multi-instance queue: pg-boss (server/cluster/pg-boss.ts). A job's id derives from its
 * key, so the same occurrence sent by N instances is one job, and each job runs once.
 */
import { jobIdFromKey, startPgBoss, workOneAtATime } from '../cluster/pg-boss';
import type { JobHandler, JobQueue, ScheduledJob } from './job-queue';

const QUEUE = 'toolwright-scheduled-runs';

export interface PgBossQueueOptions {
  connectionString: string;
  /** How often an idle worker polls; pg-boss's minimum is 0.5 s. */
  pollingIntervalSeconds?: number;
  onError: (error: unknown) => void;
}

export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const boss = await startPgBoss({
    connectionString: options.connectionString,
    max: 4,
    onError: options.onError,
    queue: QUEUE,
    queueOptions: { retryLimit: 2, retryBackoff: true },
  });
  let working = false;

  return {
    async enqueue(job: ScheduledJob) {
      const id = await boss.send(QUEUE, job as unknown as object, { id: jobIdFromKey(job.key) });
      return id !== null;
    },
    async work(handler: JobHandler) {
      working = true;
      await workOneAtATime(boss, QUEUE, options.pollingIntervalSeconds, handler);
    },
    async stop() {
      if (working) await boss.offWork(QUEUE);
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
