/**
 * Finds the running automation (the delivery service) from the store it persists into.
 * createServer builds the runtime and routes before main starts automation, and automation
 * needs that runtime, so steps and routes look it up here instead of receiving it. Keyed by
 * the store object, so two instances in one process (tests) never see each other's.
 * Nothing attached (automation not started): steps fail as they would without retries.
 */
import type { Store } from '../store/store';
import type { DeliveryService } from './deliveries';

export interface AttachedAutomation {
  deliveries: DeliveryService;
}

const attached = new WeakMap<Store, AttachedAutomation>();

/** Returns the function that detaches it again. */
export function attachAutomation(store: Store, automation: AttachedAutomation): () => void {
  attached.set(store, automation);
  return () => {
    if (attached.get(store) === automation) attached.delete(store);
  };
}

export function automationFor(store: Store): AttachedAutomation | null {
  return attached.get(store) ?? null;
}
