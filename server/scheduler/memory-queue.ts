/**
 * The single-instance queue used with the lowdb store (whose data-folder lock already
 * means one server process). Jobs run one at a time in arrival order.
 */
import type { JobHandler, JobQueue, ScheduledJob } from './job-queue';

/** Keys remembered for de-duplication; older ones are also covered by the scheduler's mark. */
const REMEMBERED_KEYS = 10_000;

export function createMemoryQueue(onError: (error: unknown, job: ScheduledJob) => void): JobQueue {
  const seen = new Set<string>();
  const pending: ScheduledJob[] = [];
  let handler: JobHandler | null = null;
  let draining: Promise<void> | null = null;
  let stopped = false;

  async function drain(): Promise<void> {
    while (handler && !stopped) {
      const job = pending.shift();
      if (!job) break;
      try {
        await handler(job);
      } catch (error) {
        onError(error, job);
      }
    }
  }

  const kick = () => {
    if (draining || !handler || stopped) return;
    draining = drain().finally(() => {
      draining = null;
      // A job enqueued between the loop's last check and now would otherwise wait for the next one.
      if (pending.length > 0) kick();
    });
  };

  return {
    async enqueue(job) {
      if (seen.has(job.key)) return false;
      seen.add(job.key);
      if (seen.size > REMEMBERED_KEYS) seen.delete(seen.values().next().value as string);
      pending.push(job);
      kick();
      return true;
    },
    async work(next) {
      handler = next;
      stopped = false;
      kick();
    },
    async stop() {
      stopped = true;
      await draining;
    },
  };
}
