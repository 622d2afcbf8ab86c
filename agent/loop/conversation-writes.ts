/**
 * Saves one conversation's new messages (and the app it is linked to) in the background, in
 * order. A write starts on the next turn of the event loop, or at `flush`, and takes
 * everything pending: a slow provider call or tool run overlaps it, while messages that come
 * within one turn — the built-in planner answers without any I/O — share a single write.
 * With the planner that is most of a build's time, which is otherwise one sync per message.
 */
import type { ChatMessage } from '../providers/messages';
import type { ToolContext } from '../tools/tool';
import { orderedWrites } from './ordered-writes';

export interface ConversationWrites {
  append(messages: ChatMessage[]): void;
  /** Links the conversation to the app it now builds. */
  link(appSlug: string): void;
  /** Waits until everything appended so far is stored; rethrows the first failure. */
  flush(): Promise<void>;
}

/** `created`: the write creating the conversation, when it is still under way; every write follows it. */
export function conversationWrites(store: ToolContext['store'], conversationId: string, created?: Promise<unknown>): ConversationWrites {
  let messages: ChatMessage[] = [];
  let app: string | null = null;
  let scheduled = false;
  // Each queued write takes everything pending when it starts; later ones then find nothing left.
  const writes = orderedWrites(async () => {
    const batch = messages;
    const linked = app;
    messages = [];
    app = null;
    await Promise.all([
      batch.length > 0 ? store.appendMessages(conversationId, batch) : null,
      linked !== null ? store.setConversationApp(conversationId, linked) : null,
    ]);
  }, created);
  const start = () => {
    if (!scheduled) return;
    scheduled = false;
    writes.append(undefined);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(start);
  };
  return {
    append(added) {
      messages.push(...added);
      schedule();
    },
    link(appSlug) {
      app = appSlug;
      schedule();
    },
    flush() {
      start();
      return writes.flush();
    },
  };
}
