/**
 * The delivery queue with PostgreSQL: pg-boss jobs (due at `startAfter`, fetched with SKIP
 * LOCKED, so one instance makes each attempt), plus an advisory lock that makes the
 * dead-letter list's read-modify-write exclusive across instances.
 */
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { jobIdFromKey, workOneAtATime } from '../cluster/pg-boss';
import type { Delivery } from './delivery';
import type { DeliveryQueue, Exclusive } from './delivery-queue';

const QUEUE = 'toolwright-deliveries';
/** Arbitrary, fixed: the advisory-lock id of the dead-letter list. */
const DEAD_LETTER_LOCK = 7_346_581_902;

export interface PgBossDeliveryBackend {
  queue: DeliveryQueue;
  exclusive: Exclusive;
  /** Call after pg-boss stopped (so no handler still holds the lock pool). */
  close(): Promise<void>;
}

export async function createPgBossDeliveryBackend(options: {
  /** Started by the caller, who also stops it. */
  boss: PgBoss;
  /** For the advisory-lock pool. */
  connectionString: string;
  pollingIntervalSeconds?: number;
  onError: (error: unknown) => void;
}): Promise<PgBossDeliveryBackend> {
  // Retries of a delivery are ours (backoff, Retry-After, dead letters); pg-boss only retries a
  // handler that crashed (e.g. the store was briefly unreachable).
  const { boss } = options;
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 3, retryDelay: 30 });
  const locks = new pg.Pool({ connectionString: options.connectionString, max: 2 });
  locks.on('error', options.onError);
  let working = false;

  const exclusive: Exclusive = async (fn) => {
    const client = await locks.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [DEAD_LETTER_LOCK]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [DEAD_LETTER_LOCK]);
      }
    } finally {
      client.release();
    }
  };

  const queue: DeliveryQueue = {
    async enqueue(delivery: Delivery, delayMs: number) {
      // One job per attempt: sending the same attempt twice (a retried handler) is a no-op.
      await boss.send(QUEUE, delivery as unknown as object, {
        id: jobIdFromKey(`delivery:${delivery.id}#${delivery.attempts}`),
        // Seconds from the database's now(), not this process's clock: instances whose clocks
        // disagree with PostgreSQL's still wait the intended time.
        startAfter: delayMs / 1000,
      });
    },
    async work(handler) {
      working = true;
      await workOneAtATime(boss, QUEUE, options.pollingIntervalSeconds, handler);
    },
    async stop() {
      if (working) await boss.offWork(QUEUE);
      working = false;
    },
  };

  return {
    queue,
    exclusive,
    async close() {
      await queue.stop();
      await locks.end();
    },
  };
}
