/**
 * Finds the running automation (delivery retries, mailbox watchers) from the store it persists
 * into. createServer builds the runtime and routes before main starts automation, and automation
 * needs that runtime, so steps and routes look it up here instead of receiving it. Keyed by
 * the store object, so two instances in one process (tests) never see each other's.
 * Nothing attached (automation not started): steps fail as they would without retries.
 */
import type { Store } from '../store/store';
import type { DeliveryService } from './deliveries';
import type { EmailTriggers } from './email/email-trigger-control';

export interface AttachedAutomation {
  deliveries: DeliveryService;
  email: EmailTriggers;
}

const attached = new WeakMap<Store, Partial<AttachedAutomation>>();

/** Attaches one part; returns the function that detaches it again. */
export function attachAutomation<K extends keyof AttachedAutomation>(store: Store, part: K, value: AttachedAutomation[K]): () => void {
  attached.set(store, { ...attached.get(store), [part]: value });
  return () => {
    const parts = attached.get(store);
    if (parts?.[part] === value) {
      const { [part]: _gone, ...rest } = parts;
      attached.set(store, rest);
    }
  };
}

export function automationFor(store: Store): Partial<AttachedAutomation> | null {
  return attached.get(store) ?? null;
}
