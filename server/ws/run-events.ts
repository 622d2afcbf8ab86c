/** Connects the runtime's run event bus to chat sessions: each socket sees its own workspace only. */
import type { RunEventBus } from '../runtime/run-events';
import type { RunEventSource } from './chat-session';
import { RunEventSchema } from './events';

export function runEventsFrom(bus: RunEventBus): RunEventSource {
  return (workspaceId, listener) =>
    bus.subscribe((event) => {
      if (event.workspaceId === workspaceId) listener(RunEventSchema.parse(event));
    });
}
