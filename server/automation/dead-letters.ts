/**
 * The dead-letter list: deliveries whose last attempt failed, kept in the store's state under
 * one key so the page and the API read them the same way with either store. Changes are
 * read-modify-write, so they run under `exclusive` (with PostgreSQL: an advisory lock that
 * spans instances). The newest MAX_DEAD are kept.
 */
import type { Store } from '../store/store';
import type { DeadLetter } from './delivery';
import type { Exclusive } from './delivery-queue';

const DEAD_KEY = 'deliveries:dead';
export const MAX_DEAD = 500;

export class DeadLetterNotFoundError extends Error {
  constructor(id: string) {
    super(`There is no failed delivery "${id}". It may have been retried already; reload the list.`);
    this.name = new.target.name;
  }
}

/** The workspace's dead letters, newest first (reading needs no lock). */
export async function listDeadLetters(store: Store, workspaceId: string): Promise<DeadLetter[]> {
  return ((await store.getState<DeadLetter[]>(DEAD_KEY)) ?? []).filter((d) => d.workspaceId === workspaceId).reverse();
}

export interface DeadLetters {
  add(letter: DeadLetter): Promise<void>;
  /** Removes and returns the letter (to retry it); throws DeadLetterNotFoundError. */
  take(workspaceId: string, id: string): Promise<DeadLetter>;
}

export function createDeadLetters(store: Store, exclusive: Exclusive): DeadLetters {
  const read = async () => (await store.getState<DeadLetter[]>(DEAD_KEY)) ?? [];
  return {
    add(letter) {
      return exclusive(async () => {
        const kept = (await read()).filter((d) => d.id !== letter.id);
        await store.setState(DEAD_KEY, [...kept, letter].slice(-MAX_DEAD));
      });
    },
    take(workspaceId, id) {
      return exclusive(async () => {
        const all = await read();
        const letter = all.find((d) => d.id === id && d.workspaceId === workspaceId);
        if (!letter) throw new DeadLetterNotFoundError(id);
        await store.setState(
          DEAD_KEY,
          all.filter((d) => d !== letter),
        );
        return letter;
      });
    },
  };
}
