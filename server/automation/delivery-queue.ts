/**
 * Where deliveries wait for their next attempt. Both backends persist the waiting delivery
 * (lowdb: the store's state; PostgreSQL: pg-boss jobs), so a restart resumes them, and hand a
 * due delivery to one worker. A job leaves the queue only after its handler has finished
 * (at-least-once: a crash mid-attempt means the attempt is made again).
 */
import type { Delivery } from './delivery';

export type DeliveryHandler = (delivery: Delivery) => Promise<void>;

export interface DeliveryQueue {
  /** Persists the delivery, due `delayMs` from now. */
  enqueue(delivery: Delivery, delayMs: number): Promise<void>;
  /** Starts handing due deliveries to `handler`, those left from before a restart included. */
  work(handler: DeliveryHandler): Promise<void>;
  /** Stops taking deliveries and waits for the ones in hand. */
  stop(): Promise<void>;
}

/** Runs `fn` while no other holder (in this process, or with PostgreSQL any instance) runs one. */
export type Exclusive = <T>(fn: () => Promise<T>) => Promise<T>;

/** An in-process lock: callers run one after the other, in call order. */
export function createLocalExclusive(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const result = tail.then(fn);
    tail = result.catch(() => undefined);
    return result;
  };
}
