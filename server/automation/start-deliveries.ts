/**
 * Starts delivery retries: the queue (lowdb: the store's state; PostgreSQL: pg-boss), the
 * dead-letter list, the service and its worker, attached to the store so steps and routes
 * find it. Deliveries left waiting by a previous process are picked up here.
 */
import type PgBoss from 'pg-boss';
import type { Settings } from '../config/settings';
import type { OutboundClient } from '../integrations/http';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { attachAutomation } from './automation-registry';
import { createDeadLetters } from './dead-letters';
import { createDeliveryService, type DeliveryService, type DeliveryServiceDeps } from './deliveries';
import { createLocalExclusive, type DeliveryQueue, type Exclusive } from './delivery-queue';
import { createPgBossDeliveryBackend } from './pg-boss-delivery-queue';
import { createStoreDeliveryQueue } from './store-delivery-queue';
import { recordDeliveryOutcome } from './run-delivery-outcome';

export interface StartDeliveriesOptions extends Pick<DeliveryServiceDeps, 'policy' | 'onScheduled' | 'onSettled' | 'now'> {
  store: Store;
  logger: Logger;
  outbound: OutboundClient;
  settings: Settings;
  /** With PostgreSQL: the process's pg-boss (started and, before `stop`, stopped by the caller) and the database. */
  postgres?: { boss: PgBoss; connectionString: string } | undefined;
  pollingIntervalSeconds?: number | undefined;
}

export interface Deliveries {
  service: DeliveryService;
  stop(): Promise<void>;
}

export async function startDeliveries(options: StartDeliveriesOptions): Promise<Deliveries> {
  const { store, logger } = options;
  const onError = (error: unknown) => logger.warn('delivery queue error', { error });
  let queue: DeliveryQueue;
  let exclusive: Exclusive;
  let close: () => Promise<void>;
  if (options.postgres) {
    const backend = await createPgBossDeliveryBackend({
      ...options.postgres,
      onError,
      ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
    });
    ({ queue, exclusive } = backend);
    close = backend.close;
  } else {
    queue = createStoreDeliveryQueue({ store, onError, ...(options.now ? { now: options.now } : {}) });
    exclusive = createLocalExclusive();
    close = () => queue.stop();
  }

  const service = createDeliveryService({
    queue,
    deadLetters: createDeadLetters(store, exclusive),
    send: {
      outbound: options.outbound,
      settings: (workspaceId) => options.settings.values(workspaceId),
      ...(options.now ? { now: options.now } : {}),
    },
    logger,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.onScheduled ? { onScheduled: options.onScheduled } : {}),
    ...(options.onSettled ? { onSettled: options.onSettled } : {}),
    recordOutcome: (delivery, outcome, at) => recordDeliveryOutcome(store, delivery, outcome, at),
  });
  const detach = attachAutomation(store, 'deliveries', service);
  await queue.work(service.attempt);
  return {
    service,
    async stop() {
      detach();
      await close();
    },
  };
}
