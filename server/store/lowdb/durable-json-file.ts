/**
 * A lowdb `Adapter` that writes atomically and durably (see atomic-file.ts) and refuses to
 * read a damaged file instead of starting empty over it.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { StoreError } from '../../../agent/ports/store-error';
import { writeFileAtomic } from './atomic-file';

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    /** Throws a sentence describing what is wrong with the parsed shape. */
    private readonly check: (data: unknown) => asserts data is T,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreError('unavailable', `Could not read ${this.path} (${(error as Error).message}); check its permissions.`, {
        cause: error,
      });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw corrupt(this.path, text.length === 0 ? 'it is empty' : `it is not valid JSON (${(error as Error).message})`, error);
    }
    try {
      this.check(data);
    } catch (error) {
      throw corrupt(this.path, (error as Error).message, error);
    }
    return data;
  }

  write(data: T): Promise<void> {
    // Serialised before the first await, so the write captures exactly the state at the call.
    return writeFileAtomic(this.path, JSON.stringify(data));
  }
}

export function corrupt(path: string, what: string, cause?: unknown): StoreError {
  return new StoreError(
    'corrupt',
    `The data file ${path} is damaged: ${what}. It was left untouched; restore it from a backup (or move it aside to start without its data), then start again.`,
    { cause },
  );
}
