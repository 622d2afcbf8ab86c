/**
 * Group commit: changes made in the same tick of the event loop share one flush (a chat turn
 * that appends its messages and links its app in one go pays one fsync, not two), and while
 * a flush is running, later requests wait together and are all acknowledged by the single
 * next flush. Each caller's promise resolves only after a flush that started after its change
 * was made — so it covers that change.
 *
 * When a flush fails, memory holds changes the disk does not. With a `rollback` (which
 * returns memory to what the last good flush wrote) every change not yet on disk is undone
 * and refused — the failed batch and the ones waiting behind it — and the next change tries
 * the disk again, so a disk that gets space back needs no restart. Without one the writer
 * is broken: every later request is refused until a restart reloads the disk.
 */
import { StoreError } from '../../../agent/ports/store-error';
import { diskFault } from '../../files/os-error';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit {
  #waiting: Waiter[] = [];
  #running: Promise<void> | null = null;
  #kickQueued = false;
  #failure: StoreError | null = null;

  constructor(
    /** Writes everything changed so far; must capture the state before its first await. */
    private readonly flush: () => Promise<void>,
    private readonly describe: string,
    /** Returns memory to the state the last successful flush wrote. */
    private readonly rollback?: () => void,
  ) {}

  /** Resolves once a flush covering every change made before this call is on disk. */
  commit(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      if (this.#kickQueued) return;
      this.#kickQueued = true;
      // After the current synchronous work: every change made meanwhile joins this flush.
      queueMicrotask(() => {
        this.#kickQueued = false;
        this.#kick();
      });
    });
  }

  /** Refuses new changes up front once a write has failed. */
  assertWritable(): void {
    if (this.#failure) throw this.#failure;
  }

  /** Waits until nothing is queued or running. */
  async idle(): Promise<void> {
    // A queued kick starts its flush within a microtask; one turn lets it begin first.
    if (this.#kickQueued) await Promise.resolve();
    while (this.#running) await this.#running;
  }

  #kick(): void {
    if (this.#running || this.#waiting.length === 0) return;
    const batch = this.#waiting;
    this.#waiting = [];
    this.#running = this.#run(batch).finally(() => {
      this.#running = null;
      this.#kick();
    });
  }

  async #run(batch: Waiter[]): Promise<void> {
    if (this.#failure) {
      for (const waiter of batch) waiter.reject(this.#failure);
      return;
    }
    try {
      await this.flush();
    } catch (cause) {
      if (this.rollback) {
        this.rollback();
        const refused = [...batch, ...this.#waiting];
        this.#waiting = [];
        const error = new StoreError(
          'unavailable',
          diskFault(cause)?.message ??
            `Could not write ${this.describe} (${cause instanceof Error ? cause.message : String(cause)}); the change was not saved. Try again.`,
          { cause },
        );
        for (const waiter of refused) waiter.reject(error);
        return;
      }
      this.#failure = new StoreError(
        'unavailable',
        `Could not write ${this.describe} (${cause instanceof Error ? cause.message : String(cause)}); the last changes were not saved — fix the disk (space, permissions) and restart the server.`,
        { cause },
      );
      for (const waiter of batch) waiter.reject(this.#failure);
      return;
    }
    for (const waiter of batch) waiter.resolve();
  }
}
