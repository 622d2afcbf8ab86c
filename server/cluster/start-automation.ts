/**
 * Starts what runs apps without a person: the scheduler, its queue and worker, and (with
 * PostgreSQL) the cross-instance event bridge. lowdb: an in-process queue (the data-folder
 * lock already means one process). PostgreSQL: pg-boss, so N instances run each job once.
 * Delivery retries (server/automation/) start here too, on the same backend choice.
 */
import { randomUUID } from 'node:crypto';
import { startDeliveries, type Deliveries, type StartDeliveriesOptions } from '../automation/start-deliveries';
import { startEmailTriggers, type EmailTriggers } from '../automation/email/email-triggers';
import { lazySecretBox, type SecretBox } from '../auth/secret-box';
import { loadConfig } from '../config/config';
import { loadSettings, type Settings } from '../config/settings';
import { createOutboundClient, type OutboundClient } from '../integrations/http';
import type { Logger } from '../logger';
import type { RunEventBus } from '../runtime/run-events';
import type { Runtime } from '../runtime/run-app';
import { createMemoryQueue } from '../scheduler/memory-queue';
import { createPgBossQueue } from '../scheduler/pg-boss-queue';
import { createScheduledRunner } from '../scheduler/run-scheduled-job';
import { createScheduler, type Scheduler } from '../scheduler/scheduler';
import type { JobQueue } from '../scheduler/job-queue';
import type { Store } from '../store/store';
import { startPgBoss } from './pg-boss';
import { startPgEventBridge, type PgEventBridge } from './pg-event-bridge';

export interface AutomationOptions {
  store: Store;
  runtime: Pick<Runtime, 'run'>;
  events: RunEventBus;
  logger: Logger;
  databaseUrl?: string | undefined;
  /** Scheduler tick; default 15 s. */
  tickMs?: number;
  /** Fake clock for tests. */
  now?: () => Date;
  /** Don't start the timer (tests call `scheduler.tick()` themselves). */
  manualTicks?: boolean;
  pollingIntervalSeconds?: number;
  /** Scheduled-run jobs fetched per poll on PostgreSQL, still run one at a time (default 1). */
  fetchBatchSize?: number;
  /** What delivery retries send through; defaults are built from the environment as main.ts builds the server's. */
  outbound?: OutboundClient;
  settings?: Settings;
  /** Opens sealed mailbox passwords; defaults to the data folder's master key. */
  secretBox?: SecretBox;
  /** How often mailboxes are polled besides IDLE pushes (default 60 s). */
  emailPollMs?: number;
  /** Retry policy and observers of delivery retries (tests). */
  deliveries?: Pick<StartDeliveriesOptions, 'policy' | 'onScheduled' | 'onSettled'>;
}

export interface Automation {
  scheduler: Scheduler;
  queue: JobQueue;
  instanceId: string;
  deliveries: Deliveries;
  email: EmailTriggers;
  stop(): Promise<void>;
}

export async function startAutomation(options: AutomationOptions): Promise<Automation> {
  const { store, logger } = options;
  const instanceId = randomUUID();
  const onError = (error: unknown) => logger.warn('automation error', { error });
  // One pg-boss per process, for the scheduler's queue and delivery retries alike.
  const boss = options.databaseUrl ? await startPgBoss({ connectionString: options.databaseUrl, onError }) : null;
  const queue = boss
    ? await createPgBossQueue({
        boss,
        ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
        ...(options.fetchBatchSize ? { fetchBatchSize: options.fetchBatchSize } : {}),
      })
    : createMemoryQueue((error, job) => logger.warn('scheduled run failed', { error, app: job.appSlug, fireAt: job.fireAt }));
  const bridge: PgEventBridge | null = options.databaseUrl
    ? await startPgEventBridge({ connectionString: options.databaseUrl, bus: options.events, instanceId, onError })
    : null;

  // Before any run starts, so a failed delivery of the first scheduled run is retried too.
  const outbound = options.outbound ?? createOutboundClient({ allow: loadConfig().outboundAllow });
  const deliveries = await startDeliveries({
    store,
    logger,
    outbound,
    settings: options.settings ?? loadSettings({ dataDir: loadConfig().dataDir }),
    postgres: boss && options.databaseUrl ? { boss, connectionString: options.databaseUrl } : undefined,
    pollingIntervalSeconds: options.pollingIntervalSeconds,
    ...options.deliveries,
  });

  const runner = createScheduledRunner({
    store,
    runtime: options.runtime,
    onRun: (job, run) =>
      logger.info('scheduled run', { app: job.appSlug, fireAt: job.fireAt, status: run?.status ?? 'app or schedule removed' }),
  });
  await queue.work(runner);
  const scheduler = createScheduler({
    store,
    queue,
    ...(options.now ? { now: options.now } : {}),
    onMissed: (info) => logger.info('missed scheduled runs', info),
  });
  if (!options.manualTicks) scheduler.start(options.tickMs);
  const email = startEmailTriggers({
    store,
    box: options.secretBox ?? lazySecretBox(loadConfig().dataDir),
    runtime: options.runtime,
    logger,
    outbound,
    ...(options.emailPollMs ? { pollMs: options.emailPollMs } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  return {
    scheduler,
    queue,
    instanceId,
    deliveries,
    email,
    async stop() {
      await email.stop();
      await scheduler.stop();
      await queue.stop();
      // Stops every pg-boss worker and waits for the jobs in hand (scheduled runs, delivery attempts).
      await boss?.stop({ graceful: true, wait: true });
      await deliveries.stop();
      await bridge?.close();
    },
  };
}
