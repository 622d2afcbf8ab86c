/**
 * Accounts for the lowdb store, in their own file (`accounts.json`, mode 0600): rows by kind
 * and id, written atomically through a group commit like store.json. Kept apart from
 * store.json so the accounts never ride along when someone shares their app data.
 */
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { AuthKind, AuthRowKinds } from '../auth-records';
import type { AuthTables } from '../auth-store';
import { StoreError } from '../../../agent/ports/store-error';
import { DurableJsonFile } from './durable-json-file';
import { GroupCommit } from './group-commit';

type Rows = { [K in AuthKind]: Record<string, AuthRowKinds[K]> };

interface AuthData {
  format: 1;
  rows: Rows;
}

const KINDS: readonly AuthKind[] = ['workspace', 'user', 'membership', 'session', 'token', 'invitation', 'publicLink', 'secret'];

const emptyRows = (): Rows => Object.fromEntries(KINDS.map((k) => [k, {}])) as unknown as Rows;

const matches = (row: object, where: object): boolean =>
  Object.entries(where).every(([key, value]) => (row as Record<string, unknown>)[key] === value);

export async function openAuthFile(dir: string): Promise<{ tables: AuthTables; idle(): Promise<void> }> {
  const path = join(dir, 'accounts.json');
  const db = new Low<AuthData>(new DurableJsonFile<AuthData>(path, checkAuthData), { format: 1, rows: emptyRows() });
  await db.read();
  for (const kind of KINDS) db.data.rows[kind] ??= {};
  const writer = new GroupCommit(async () => {
    await db.write();
    await chmod(path, 0o600);
  }, path);
  const rows = db.data.rows;
  const table = <K extends AuthKind>(kind: K) => rows[kind] as Record<string, AuthRowKinds[K]>;

  const tables: AuthTables = {
    async insert(kind, row) {
      writer.assertWritable();
      const t = table(kind);
      if (Object.hasOwn(t, row.id)) throw new StoreError('conflict', `That ${kind} already exists; use another one.`);
      if (kind === 'user' && Object.values(t).some((u) => (u as { email: string }).email === (row as { email: string }).email)) {
        throw new StoreError('conflict', 'An account with that email already exists; sign in instead, or use another email.');
      }
      t[row.id] = structuredClone(row);
      await writer.commit();
    },
    async put(kind, row) {
      writer.assertWritable();
      table(kind)[row.id] = structuredClone(row);
      await writer.commit();
    },
    async get(kind, id) {
      const row = Object.hasOwn(table(kind), id) ? table(kind)[id] : undefined;
      return row ? structuredClone(row) : null;
    },
    async find(kind, where) {
      return Object.values(table(kind))
        .filter((row) => matches(row, where))
        .map((row) => structuredClone(row));
    },
    async remove(kind, where) {
      writer.assertWritable();
      const t = table(kind);
      const ids = Object.values(t)
        .filter((row) => matches(row, where))
        .map((row) => row.id);
      for (const id of ids) delete t[id];
      if (ids.length > 0) await writer.commit();
      return ids.length;
    },
  };
  return { tables, idle: () => writer.idle() };
}

function checkAuthData(data: unknown): asserts data is AuthData {
  const record = data as Partial<AuthData> | null;
  if (!record || typeof record !== 'object' || record.format !== 1) throw new Error('it is not a format-1 accounts file');
  if (!record.rows || typeof record.rows !== 'object') throw new Error('"rows" is not an object');
}
