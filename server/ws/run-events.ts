/**
 * Connects the runtime's run event bus to chat sessions: each socket sees its own workspace
 * only, and below editor not the runs of private apps (as get_app and list_apps hide them).
 */
import { canSeeApp } from '../../agent/access/can-see-app';
import { atLeast } from '../../agent/access/roles';
import type { RunEventBus } from '../runtime/run-events';
import type { Store } from '../store/store';
import type { RunEventSource } from './chat-session';
import { RunEventSchema } from './events';

export function runEventsFrom(bus: RunEventBus, store: Pick<Store, 'getApp'>): RunEventSource {
  return (actor, listener) => {
    // Lookups are async; chaining them keeps a run's events in order.
    let chain = Promise.resolve();
    return bus.subscribe((event) => {
      if (event.workspaceId !== actor.workspaceId) return;
      const parsed = RunEventSchema.parse(event);
      if (atLeast(actor.role, 'editor')) return listener(parsed);
      chain = chain
        .then(async () => {
          const app = await store.getApp(event.appSlug);
          if (app && canSeeApp(actor, app)) listener(parsed);
        })
        .catch(() => undefined);
    });
  };
}
