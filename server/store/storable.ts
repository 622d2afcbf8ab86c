/**
 * PostgreSQL's text and jsonb cannot hold U+0000, while a JSON file can. So that both
 * adapters behave alike and no client gets a 5xx for it, every write is checked up front
 * and a NUL character anywhere in its input is refused as StoreError 'invalid', naming where.
 */
import type { Store } from './store';
import { StoreError } from '../../agent/ports/store-error';

const WRITES = [
  'createApp',
  'saveAppVersion',
  'createConversation',
  'appendMessages',
  'setConversationApp',
  'insertRecord',
  'updateRecord',
  'saveRun',
  'setState',
  'appendAudit',
] as const satisfies readonly (keyof Store)[];

export function refuseUnstorable<S extends Store>(store: S): S {
  const guarded: S = { ...store };
  for (const name of WRITES) {
    const write = store[name] as (...args: unknown[]) => Promise<unknown>;
    (guarded as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const where = args.map((arg) => findNul(arg, '')).find((path) => path !== null);
      if (where === undefined || where === null) return write(...args);
      return Promise.reject(
        new StoreError('invalid', `The value${where ? ` at "${where}"` : ''} contains a NUL character (\\u0000), which cannot be stored; remove it and try again.`),
      );
    };
  }
  return guarded;
}

/** The path of the first string (or key) holding U+0000, or null. */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = findNul(item, at);
    if (found !== null) return found;
  }
  return null;
}
