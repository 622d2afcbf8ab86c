/**
 * PostgreSQL's text and jsonb cannot hold U+0000 or an unpaired UTF-16 surrogate ("\ud800"
 * alone is not Unicode), while a JSON file can. So that both adapters behave alike and no
 * client gets a 5xx for it, every write is checked up front and either one anywhere in its
 * input is refused as StoreError 'invalid', naming where.
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
  'insertRecords',
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
      // Almost every write is clean: a walk that builds no paths says so; only a hit pays for naming where.
      if (!args.some(holdsUnstorable)) return write(...args);
      const found = args.map((arg) => findUnstorable(arg, '')).find((hit) => hit !== null);
      if (!found) return write(...args);
      const at = found.path ? ` at "${found.path}"` : '';
      return Promise.reject(
        new StoreError(
          'invalid',
          found.what === 'nul'
            ? `The value${at} contains a NUL character (\\u0000), which cannot be stored; remove it and try again.`
            : `The value${at} contains a broken character (an unpaired UTF-16 surrogate such as \\ud800), which cannot be stored; send valid Unicode text and try again.`,
        ),
      );
    };
  }
  return guarded;
}

interface Unstorable {
  path: string;
  what: 'nul' | 'surrogate';
}

function badText(text: string): Unstorable['what'] | null {
  if (text.includes('\u0000')) return 'nul';
  return (text as string & { isWellFormed(): boolean }).isWellFormed() ? null : 'surrogate';
}

/** Whether any string (or key) in `value` holds U+0000 or an unpaired surrogate. */
function holdsUnstorable(value: unknown): boolean {
  if (typeof value === 'string') return badText(value) !== null;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsUnstorable);
  for (const key in value) {
    if (badText(key) !== null || holdsUnstorable((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** The path of the first string (or key) holding U+0000 or an unpaired surrogate, or null. */
export function findUnstorable(value: unknown, path: string): Unstorable | null {
  if (typeof value === 'string') {
    const what = badText(value);
    return what ? { path, what } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const what = badText(key);
    if (what) return { path: at, what };
    const found = findUnstorable(item, at);
    if (found !== null) return found;
  }
  return null;
}
