/**
 * The main lowdb file (`store.json`): keyed state — small data, rewritten whole and
 * atomically. Everything that grows or changes often (apps, versions, conversations, records,
 * runs, audit) lives in append-only logs instead. Every change is
 * committed through a group commit, so many changes in flight share one write.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { AppVersion, Conversation, StoredApp } from '../records';
import { DurableJsonFile } from './durable-json-file';
import { GroupCommit } from './group-commit';

export interface MainData {
  format: 1;
  /** Only in files written before apps moved to apps.jsonl (moved on open); empty after. */
  apps: StoredApp[];
  state: Record<string, unknown>;
  /** Only in files written before versions and conversations moved to logs; moved on open. */
  versions?: AppVersion[];
  conversations?: Conversation[];
}

export interface MainFile {
  data: MainData;
  /** Refuses a change up front when an earlier write failed. */
  assertWritable(): void;
  /** Resolves once every change made to `data` so far is on disk. */
  commit(): Promise<void>;
  idle(): Promise<void>;
}

export async function openMainFile(dir: string): Promise<MainFile> {
  const path = join(dir, 'store.json');
  const db = new Low<MainData>(new DurableJsonFile<MainData>(path, checkMainData), {
    format: 1,
    apps: [],
    state: {},
  });
  await db.read();
  const data = db.data;
  // What the last good write holds: a failed write puts memory back to it (see GroupCommit).
  let durable = JSON.stringify(data);
  const writer = new GroupCommit(
    async () => {
      const text = JSON.stringify(data);
      await db.write();
      durable = text;
    },
    path,
    () => {
      for (const key of Object.keys(data)) delete (data as unknown as Record<string, unknown>)[key];
      Object.assign(data, JSON.parse(durable));
    },
  );
  // A new data folder gets its store.json at once, marking it as ours.
  if (
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    await writer.commit();
  return {
    data,
    assertWritable: () => writer.assertWritable(),
    commit: () => writer.commit(),
    idle: () => writer.idle(),
  };
}

function checkMainData(data: unknown): asserts data is MainData {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('it does not hold a JSON object');
  const record = data as Record<string, unknown>;
  if (record.format !== 1) throw new Error(`its format is ${JSON.stringify(record.format)}, and this version reads format 1`);
  if (!Array.isArray(record.apps)) throw new Error('"apps" is not a list');
  for (const key of ['versions', 'conversations'] as const) {
    if (record[key] !== undefined && !Array.isArray(record[key])) throw new Error(`"${key}" is not a list`);
  }
  if (record.state === null || typeof record.state !== 'object') throw new Error('"state" is not an object');
}
