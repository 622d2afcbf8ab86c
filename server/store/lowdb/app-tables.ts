/**
 * The per-app log tables: `apps/<appId>/versions.jsonl` (every version of the spec),
 * `apps/<appId>/records-<collection>.jsonl` (one file per collection, so a large
 * collection never slows writes to another) and `apps/<appId>/runs.jsonl`, plus indexes
 * from record and run id to their table. Deleting an app removes its folder. One spare
 * folder (an empty versions log under a fresh id) is kept ready for the next app, so creating
 * an app makes no folder — and waits for no folder sync — while someone waits for it.
 */
import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppVersion, RecordRow, RunRow } from '../records';
import { StoreError } from '../../../agent/ports/store-error';
import { syncDir } from './atomic-file';
import { LogTable } from './log-table';
import { openRecordLog, type RecordLog } from './record-log';
import { openRunLog, type RunLog } from './run-log';

const RECORD_FILE = /^records-(.+)\.jsonl$/;
const RUNS_FILE = 'runs.jsonl';
const VERSIONS_FILE = 'versions.jsonl';

export class AppTables {
  readonly #records = new Map<string, RecordLog>();
  readonly #runs = new Map<string, RunLog>();
  readonly #versions = new Map<string, LogTable<AppVersion>>();
  readonly #opening = new Map<string, Promise<unknown>>();
  /** The spare folder's app id once it is on disk; null when making it failed. */
  #spare: Promise<string | null> | null = null;
  /** Row id → the table that holds it. */
  readonly recordIndex = new Map<string, RecordLog>();
  readonly runIndex = new Map<string, RunLog>();

  private constructor(private readonly appsDir: string) {}

  /** Loads the tables of the given apps; folders of other (deleted) apps are ignored. */
  static async load(appsDir: string, appIds: readonly string[]): Promise<AppTables> {
    const tables = new AppTables(appsDir);
    for (const appId of appIds) {
      const names = await readdir(join(appsDir, appId)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw new StoreError('unavailable', `Could not read ${join(appsDir, appId)} (${error.message}); check its permissions.`, {
          cause: error,
        });
      });
      for (const name of names) {
        const match = RECORD_FILE.exec(name);
        if (match) await tables.recordTable(appId, decodeURIComponent(match[1]!));
        else if (name === RUNS_FILE) await tables.runTable(appId);
        else if (name === VERSIONS_FILE) await tables.versionTable(appId);
      }
    }
    tables.#prepareSpare(await adoptableSpare(appsDir, new Set(appIds)));
    return tables;
  }

  /** The id for a new app: the spare folder's when it is ready (and the next spare is started), else a fresh one. */
  async newAppId(): Promise<string> {
    const spare = await this.#spare;
    this.#spare = null;
    this.#prepareSpare(null);
    return spare ?? randomUUID();
  }

  /** Makes the spare folder in the background (or takes over `adopted`); a failure only means the next app makes its own. */
  #prepareSpare(adopted: string | null): void {
    const id = adopted ?? randomUUID();
    this.#spare = this.versionTable(id).then(
      () => id,
      () => null,
    );
  }

  /** The table of one collection, if it has ever held a record. */
  existingRecordTable(appId: string, collection: string): RecordLog | undefined {
    return this.#records.get(recordKey(appId, collection));
  }

  existingRunTable(appId: string): RunLog | undefined {
    return this.#runs.get(appId);
  }

  recordTable(appId: string, collection: string): Promise<RecordLog> {
    const path = join(this.appsDir, appId, `records-${encodeName(collection)}.jsonl`);
    return this.#log(recordKey(appId, collection), this.#records, this.recordIndex, path, () => openRecordLog(path, checkRecord));
  }

  runTable(appId: string): Promise<RunLog> {
    const path = join(this.appsDir, appId, RUNS_FILE);
    return this.#log(appId, this.#runs, this.runIndex, path, () => openRunLog(path, checkRun));
  }

  /** Versions keyed by number: writing a number again (after a crash lost its app change) replaces it. */
  versionTable(appId: string): Promise<LogTable<AppVersion>> {
    const path = join(this.appsDir, appId, VERSIONS_FILE);
    return this.#log(appId, this.#versions, null, path, () =>
      LogTable.open<AppVersion>({ path, check: checkVersion, key: (row) => String(row.version) }),
    );
  }

  existingVersionTable(appId: string): LogTable<AppVersion> | undefined {
    return this.#versions.get(appId);
  }

  /** Waits for the app's pending writes, then deletes its folder. */
  async deleteApp(appId: string): Promise<void> {
    const owned = [...this.#records].filter(([key]) => key.startsWith(`${appId}\n`)).map(([key, table]) => ({ key, table }));
    for (const { key, table } of owned) {
      this.#records.delete(key);
      for (const id of table.keys()) this.recordIndex.delete(id);
      await table.close();
    }
    const runs = this.#runs.get(appId);
    if (runs) {
      this.#runs.delete(appId);
      for (const id of runs.keys()) this.runIndex.delete(id);
      await runs.close();
    }
    await this.#versions.get(appId)?.close();
    this.#versions.delete(appId);
    await rm(join(this.appsDir, appId), { recursive: true, force: true });
    await syncDir(this.appsDir).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.#spare;
    for (const table of [...this.#records.values(), ...this.#runs.values(), ...this.#versions.values()]) await table.close();
  }

  /** The open log (or table) under `key`, opening it once however many callers ask at the same time. */
  async #log<L extends { keys(): IterableIterator<string> }>(
    key: string,
    logs: Map<string, L>,
    index: Map<string, L> | null,
    path: string,
    openLog: () => Promise<L>,
  ): Promise<L> {
    const open = logs.get(key);
    if (open) return open;
    const opening = (this.#opening.get(path) as Promise<L> | undefined) ?? openLog();
    this.#opening.set(path, opening);
    try {
      const log = await opening;
      if (!logs.has(key)) {
        logs.set(key, log);
        if (index) for (const id of log.keys()) index.set(id, log);
      }
      return logs.get(key)!;
    } finally {
      this.#opening.delete(path);
    }
  }
}

/** A spare left by an earlier run: a folder of no app holding only an empty versions log. */
async function adoptableSpare(appsDir: string, appIds: ReadonlySet<string>): Promise<string | null> {
  const names = await readdir(appsDir).catch(() => [] as string[]);
  for (const name of names) {
    if (appIds.has(name)) continue;
    const inside = await readdir(join(appsDir, name)).catch(() => [] as string[]);
    if (inside.length !== 1 || inside[0] !== VERSIONS_FILE) continue;
    const size = await stat(join(appsDir, name, VERSIONS_FILE)).then(
      (s) => s.size,
      () => -1,
    );
    if (size === 0) return name;
  }
  return null;
}

const recordKey = (appId: string, collection: string): string => `${appId}\n${collection}`;

/** File-name-safe and case-preserving on case-insensitive disks: only [a-z0-9_] stay as they are. */
function encodeName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/^[a-z0-9_]$/.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function checkRecord(row: unknown): asserts row is RecordRow {
  const r = row as Partial<RecordRow> | null;
  if (
    !r ||
    typeof r.id !== 'string' ||
    typeof r.appId !== 'string' ||
    typeof r.collection !== 'string' ||
    r.values === null ||
    typeof r.values !== 'object' ||
    typeof r.createdAt !== 'string' ||
    typeof r.updatedAt !== 'string'
  ) {
    throw new Error('the row is not a record (id, appId, collection, values, createdAt, updatedAt)');
  }
}

function checkVersion(row: unknown): asserts row is AppVersion {
  const r = row as Partial<AppVersion> | null;
  if (!r || typeof r.appId !== 'string' || typeof r.version !== 'number' || r.spec === null || typeof r.spec !== 'object') {
    throw new Error('the row is not an app version (appId, version, spec)');
  }
}

function checkRun(row: unknown): asserts row is RunRow {
  const r = row as Partial<RunRow> | null;
  if (!r || typeof r.id !== 'string' || typeof r.appId !== 'string' || typeof r.startedAt !== 'string' || !Array.isArray(r.steps)) {
    throw new Error('the row is not a run (id, appId, startedAt, steps)');
  }
}
