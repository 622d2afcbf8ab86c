/**
 * The delivery queue for the lowdb store (one server process, guaranteed by the data-folder
 * lock): waiting deliveries live under one state key, each with its due time, and a timer per
 * delivery fires the worker. `store.setState` resolves only once the write is durable.
 */
import type { Store } from '../store/store';
import type { Delivery } from './delivery';
import { createLocalExclusive, type DeliveryHandler, type DeliveryQueue } from './delivery-queue';

const PENDING_KEY = 'deliveries:pending';
/** When a handler crashed (not a failed delivery: those are the handler's to reschedule). */
const CRASHED_HANDLER_RETRY_MS = 30_000;

interface Waiting {
  /** Delivery id + attempt: one entry per scheduled attempt. */
  jobId: string;
  dueAt: string;
  delivery: Delivery;
}

export function createStoreDeliveryQueue(options: {
  store: Store;
  now?: () => Date;
  onError: (error: unknown, delivery: Delivery) => void;
}): DeliveryQueue {
  const { store, onError } = options;
  const now = options.now ?? (() => new Date());
  const exclusive = createLocalExclusive();
  const timers = new Map<string, NodeJS.Timeout>();
  const inHand = new Set<Promise<void>>();
  let handler: DeliveryHandler | null = null;
  let stopped = false;

  const read = async () => (await store.getState<Waiting[]>(PENDING_KEY)) ?? [];
  const change = (edit: (list: Waiting[]) => Waiting[]) => exclusive(async () => store.setState(PENDING_KEY, edit(await read())));

  const fire = (entry: Waiting) => {
    timers.delete(entry.jobId);
    if (!handler || stopped) return;
    const handled = handler(entry.delivery).then(
      () => change((list) => list.filter((w) => w.jobId !== entry.jobId)),
      (error: unknown) => {
        // The handler itself failed (e.g. the store refused a write): keep the entry, try later.
        onError(error, entry.delivery);
        arm({ ...entry, dueAt: new Date(now().getTime() + CRASHED_HANDLER_RETRY_MS).toISOString() });
      },
    );
    const settled = handled.catch((error: unknown) => onError(error, entry.delivery));
    inHand.add(settled);
    void settled.finally(() => inHand.delete(settled));
  };

  const arm = (entry: Waiting) => {
    if (timers.has(entry.jobId) || !handler || stopped) return;
    const wait = Math.max(0, Date.parse(entry.dueAt) - now().getTime());
    const timer = setTimeout(() => fire(entry), wait);
    timer.unref();
    timers.set(entry.jobId, timer);
  };

  return {
    async enqueue(delivery, delayMs) {
      const entry: Waiting = {
        jobId: `${delivery.id}#${delivery.attempts}`,
        dueAt: new Date(now().getTime() + delayMs).toISOString(),
        delivery,
      };
      await change((list) => [...list.filter((w) => w.jobId !== entry.jobId), entry]);
      arm(entry);
    },
    async work(next) {
      handler = next;
      stopped = false;
      for (const entry of await read()) arm(entry);
    },
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all([...inHand]);
    },
  };
}
