/**
 * Durable file replacement: write a temp file, fsync it, rename it over the target, fsync
 * the folder. After a crash the target holds either the old or the new bytes, never a mix,
 * and once this resolves the new bytes survive a power cut. (lowdb's steno renames but
 * does not fsync, so its acknowledgement can precede the data reaching the disk.)
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    // A full disk leaves a short temp file: remove it, the target is untouched.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDir(dirname(path));
}

/** Makes a folder's entries (files created, renamed or removed in it) durable. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates `dir` (and missing parents); returns the folders that gained an entry (to sync). */
export async function makeDir(dir: string): Promise<string[]> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return [];
  // Every folder from the parent of the first one created down to `dir` gained an entry.
  const changed: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    changed.push(dirname(current));
    if (current === first) break;
  }
  return changed;
}

/** Creates `dir` (and missing parents) and makes the new entries durable, syncing the folders together. */
export async function ensureDir(dir: string): Promise<void> {
  await Promise.all((await makeDir(dir)).map(syncDir));
}
