/**
 * The delivery service: takes a delivery whose first attempt (made by the step) failed,
 * retries it with backoff through the queue, and moves it to the dead-letter list when
 * retrying is over or cannot help. A person can send a dead letter again (a fresh series).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { DeadLetters } from './dead-letters';
import type { Delivery } from './delivery';
import type { DeliveryHandler, DeliveryQueue } from './delivery-queue';
import { describeTarget } from './redact-target';
import { DEFAULT_RETRY_POLICY, nextDelayMs, type RetryPolicy } from './retry-policy';
import { attemptDelivery, type AttemptResult, type SendDeps } from './send-delivery';

export type AttemptFailure = Extract<AttemptResult, { ok: false }>;
export type NewDelivery = Omit<Delivery, 'id' | 'attempts' | 'lastError' | 'lastStatus' | 'createdAt' | 'updatedAt'>;

export interface HandOffResult {
  deliveryId: string;
  outcome: 'retrying' | 'dead';
  /** What happens next, as a sentence to append to the step's error. */
  sentence: string;
}

export interface DeliveryService {
  /** A step's first attempt failed: queue a retry, or dead-letter it when retrying cannot help. */
  handOff(delivery: NewDelivery, failure: AttemptFailure): Promise<HandOffResult>;
  /** The queue's worker: one more attempt at a due delivery. */
  attempt: DeliveryHandler;
  /** Takes a dead letter off the list and queues it for a fresh series of attempts, now. */
  retryDead(workspaceId: string, id: string): Promise<Delivery>;
}

export interface DeliveryServiceDeps {
  queue: DeliveryQueue;
  deadLetters: DeadLetters;
  send: SendDeps;
  logger: Logger;
  policy?: RetryPolicy;
  now?: () => Date;
  /** Told about every retry scheduled and its wait (tests check the backoff). */
  onScheduled?: (delivery: Delivery, delayMs: number) => void;
  /** Told when a delivery got through or ended on the dead-letter list. */
  onSettled?: (delivery: Delivery, outcome: 'delivered' | 'dead') => void;
  /** Updates the run that produced a delivery once its background attempts settle. */
  recordOutcome?: (delivery: Delivery, outcome: 'delivered' | 'dead', at: string) => Promise<void>;
}

export function createDeliveryService(deps: DeliveryServiceDeps): DeliveryService {
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  // A run record that cannot be updated must not undo a delivery that happened.
  const report = (delivery: Delivery, outcome: 'delivered' | 'dead', at: string) =>
    deps
      .recordOutcome?.(delivery, outcome, at)
      .catch((error: unknown) => deps.logger.warn('could not update the run of a delivery', { deliveryId: delivery.id, error }));

  async function settle(delivery: Delivery, failure: AttemptFailure): Promise<HandOffResult> {
    const delay = failure.retryable ? nextDelayMs(delivery.attempts, failure.retryAfterMs, policy) : null;
    const log = {
      deliveryId: delivery.id,
      app: delivery.appSlug,
      target: describeTarget(delivery.payload),
      attempts: delivery.attempts,
      error: failure.error,
    };
    if (delay !== null) {
      await deps.queue.enqueue(delivery, delay);
      deps.onScheduled?.(delivery, delay);
      deps.logger.info('delivery failed, will retry', { ...log, retryInMs: delay });
      return {
        deliveryId: delivery.id,
        outcome: 'retrying',
        sentence: `Toolwright will try again in the background (up to ${policy.maxAttempts} attempts in all); if every attempt fails, it is listed on the Deliveries page.`,
      };
    }
    const deadAt = now();
    await deps.deadLetters.add({ ...delivery, deadAt });
    deps.logger.warn('delivery failed for good', log);
    // The step's own first attempt already says this; only later failures change the run.
    if (delivery.attempts > 1) await report(delivery, 'dead', deadAt);
    deps.onSettled?.(delivery, 'dead');
    const why = failure.retryable ? `It failed ${delivery.attempts} times` : 'Trying again would get the same answer';
    return {
      deliveryId: delivery.id,
      outcome: 'dead',
      sentence: `${why}; it is listed on the Deliveries page, where it can be sent again.`,
    };
  }

  return {
    async handOff(input, failure) {
      const at = now();
      const delivery: Delivery = {
        ...input,
        id: randomUUID(),
        attempts: 1,
        lastError: failure.error,
        lastStatus: failure.status,
        createdAt: at,
        updatedAt: at,
      };
      return settle(delivery, failure);
    },

    async attempt(delivery) {
      const result = await attemptDelivery(delivery.payload, deps.send, delivery.workspaceId);
      const attempts = delivery.attempts + 1;
      if (result.ok) {
        deps.logger.info('delivered', {
          deliveryId: delivery.id,
          app: delivery.appSlug,
          target: describeTarget(delivery.payload),
          attempts,
        });
        const at = now();
        await report({ ...delivery, attempts, updatedAt: at }, 'delivered', at);
        deps.onSettled?.({ ...delivery, attempts, updatedAt: at }, 'delivered');
        return;
      }
      await settle({ ...delivery, attempts, lastError: result.error, lastStatus: result.status, updatedAt: now() }, result);
    },

    async retryDead(workspaceId, id) {
      const { deadAt: _deadAt, ...letter } = await deps.deadLetters.take(workspaceId, id);
      const delivery: Delivery = { ...letter, attempts: 0, updatedAt: now() };
      try {
        await deps.queue.enqueue(delivery, 0);
      } catch (error) {
        await deps.deadLetters.add({ ...letter, deadAt: _deadAt });
        throw error;
      }
      return delivery;
    },
  };
}
