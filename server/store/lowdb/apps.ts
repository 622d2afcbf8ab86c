/**
 * Apps and their versions in the lowdb store. The app rows (current version and spec) live
 * in `apps.jsonl`, an append-only log, so a change costs one appended line rather than a
 * rewrite of every app; each version is a line in `apps/<appId>/versions.jsonl`. The two
 * files cannot change in one write, and waiting for one before the other would put two
 * fsyncs in a row on every build, so both are written at once and the app row is the truth:
 * - a version above the app's current number (its row was not saved) is not shown and is
 *   overwritten by the next save, and the change that wrote it was refused;
 * - a current version whose line is missing (a crash came between the two fsyncs) is read
 *   from the row, and written back from it before the next version, so history keeps it.
 * Creating, saving and deleting apps run one at a time (they are rare, and this keeps the
 * rule simple).
 */
import type { Store } from '../store';
import type { AppVersion, StoredApp } from '../records';
import { checkSaveAllowed, refusal } from '../store-rules';
import type { AppTables } from './app-tables';
import { jsonCopy } from './json-copy';
import type { LogTable } from './log-table';

type AppMethods = 'createApp' | 'getApp' | 'listApps' | 'saveAppVersion' | 'listAppVersions' | 'getAppVersion' | 'deleteApp';

const now = (): string => new Date().toISOString();
// Specs are JSON data (zod-parsed): a JSON-data copy matches what a reload reads back, at a tenth of a structuredClone.
const clone = jsonCopy;

export function lowdbApps(rows: LogTable<StoredApp>, tables: AppTables): Pick<Store, AppMethods> {
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(() => {
      rows.assertWritable();
      return work();
    });
    queue = result.catch(() => undefined);
    return result;
  };
  const find = (slug: string): StoredApp | undefined => rows.list().find((a) => a.slug === slug);
  const bySlug = (slug: string): StoredApp => {
    const app = find(slug);
    if (!app) throw refusal.appNotFound(slug);
    return app;
  };
  /** The versions the app row vouches for, oldest first. */
  const versionsOf = (app: StoredApp): AppVersion[] => {
    const table = tables.existingVersionTable(app.id);
    const shown = [...(table?.list() ?? [])].filter((v) => v.version <= app.version);
    if (!table?.rows.has(String(app.version))) shown.push(versionFromRow(app));
    return shown.sort((a, b) => a.version - b.version);
  };

  return {
    createApp: ({ workspaceId, spec, createdBy, note }) =>
      oneAtATime(async () => {
        if (find(spec.slug)) throw refusal.slugTaken(spec.slug);
        const at = now();
        const app: StoredApp = {
          id: await tables.newAppId(),
          workspaceId,
          slug: spec.slug,
          version: 1,
          spec: clone(spec),
          createdAt: at,
          updatedAt: at,
        };
        const versions = await tables.versionTable(app.id);
        await bothWritten(
          versions.put({ appId: app.id, version: 1, spec: clone(spec), note: note ?? 'created', createdBy, createdAt: at }),
          rows.put(clone(app)),
          () => rows.delete(app.id),
        );
        return app;
      }),
    async getApp(slug) {
      const app = find(slug);
      return app ? clone(app) : null;
    },
    async listApps(workspaceId) {
      return recentlyChangedFirst(rows.list().filter((a) => workspaceId === undefined || a.workspaceId === workspaceId)).map(clone);
    },
    saveAppVersion: ({ slug, spec, note, createdBy, expectedVersion }) =>
      oneAtATime(async () => {
        const app = bySlug(slug);
        checkSaveAllowed(app, spec, expectedVersion);
        const at = now();
        const version = app.version + 1;
        const versions = await tables.versionTable(app.id);
        if (!versions.rows.has(String(app.version))) await versions.put(versionFromRow(app));
        // Rows are never mutated once put: the new version is a new row under the same id.
        const saved: StoredApp = { ...app, version, spec: clone(spec), updatedAt: at };
        await bothWritten(
          versions.put({ appId: app.id, version, spec: clone(spec), note, createdBy, createdAt: at }),
          rows.put(saved),
          () => rows.put(app),
        );
        return clone(saved);
      }),
    async listAppVersions(slug) {
      return versionsOf(bySlug(slug)).map(clone);
    },
    async getAppVersion(slug, version) {
      const app = find(slug);
      if (!app || version > app.version) return null;
      const found =
        tables.existingVersionTable(app.id)?.rows.get(String(version)) ?? (version === app.version ? versionFromRow(app) : undefined);
      return found ? clone(found) : null;
    },
    deleteApp: (slug) =>
      oneAtATime(async () => {
        const app = bySlug(slug);
        await rows.delete(app.id);
        // Gone from apps.jsonl first; its folder (versions, records, runs) follows.
        await tables.deleteApp(app.id);
      }),
  };
}

/**
 * The version line and the app row, written at once. When the row failed, the change failed. When
 * only the line failed (a full disk can take the short row and not the line), the row is put
 * back as it was, so the change fails as a whole; if even that cannot be written, the row stands
 * and is the current version (see above).
 */
async function bothWritten(version: Promise<void>, row: Promise<void>, undoRow: () => Promise<void>): Promise<void> {
  const [line, saved] = await Promise.allSettled([version, row]);
  if (saved.status === 'rejected') throw saved.reason;
  if (line.status === 'fulfilled') return;
  await undoRow().then(
    () => {
      throw line.reason;
    },
    () => undefined,
  );
}

/** The current version as its app row holds it, for a version line lost to a crash or a failed write. */
function versionFromRow(app: StoredApp): AppVersion {
  return {
    appId: app.id,
    version: app.version,
    spec: clone(app.spec),
    note: 'saved in the app row only (its version line was lost to a crash or a failed write)',
    createdBy: null,
    createdAt: app.updatedAt,
  };
}

/** Most recently changed first; ties keep the later-created first (as PostgreSQL's seq does). */
export function recentlyChangedFirst<T extends { updatedAt: string }>(rows: readonly T[]): T[] {
  return rows
    .map((row, seq) => ({ row, seq }))
    .sort((a, b) => (a.row.updatedAt < b.row.updatedAt ? 1 : a.row.updatedAt > b.row.updatedAt ? -1 : b.seq - a.seq))
    .map((entry) => entry.row);
}
