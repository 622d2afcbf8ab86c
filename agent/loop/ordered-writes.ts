/**
 * Saves a conversation's messages in order while the loop moves on: each write starts as soon
 * as the previous one is done, so it overlaps the next slow step (the provider call, the
 * tools) instead of adding an fsync to every turn. `flush` waits for every queued write and
 * rethrows the first failure; after a failure nothing later is written, so the stored
 * history never has a gap.
 */
export interface OrderedWrites<T> {
  append(item: T): void;
  flush(): Promise<void>;
}

/** `after`: a write already under way that every queued one must follow (creating the conversation). */
export function orderedWrites<T>(write: (item: T) => Promise<unknown>, after: Promise<unknown> = Promise.resolve()): OrderedWrites<T> {
  let last: Promise<void> = after.then(() => undefined);
  last.catch(() => {});
  return {
    append(item) {
      last = last.then(async () => {
        await write(item);
      });
      // Observed here so an early failure is not an unhandled rejection; flush() reports it.
      last.catch(() => {});
    },
    flush: () => last,
  };
}
