/**
 * Saves one conversation's new messages (and the app it is linked to) while the loop moves
 * on, in order. Whatever piles up while a write is in flight goes out as one write when it
 * finishes, so a turn costs one store write per wait instead of one per message — with the
 * built-in planner, whose turns take well under a millisecond, that is most of a build's time.
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

export function conversationWrites(store: ToolContext['store'], conversationId: string): ConversationWrites {
  let messages: ChatMessage[] = [];
  let app: string | null = null;
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
  });
  return {
    append(added) {
      messages.push(...added);
      writes.append(undefined);
    },
    link(appSlug) {
      app = appSlug;
      writes.append(undefined);
    },
    flush: () => writes.flush(),
  };
}
