/**
 * One writer per data folder: two processes appending to the same files would interleave
 * and lose each other's changes. The lock is a `.lock` file holding the owner's pid; a
 * lock left by a process that no longer runs (a crash) is taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { StoreError } from '../../../agent/ports/store-error';

const heldHere = new Set<string>();

export async function acquireDataLock(dir: string): Promise<() => Promise<void>> {
  const folder = resolve(dir);
  const path = join(folder, '.lock');
  if (heldHere.has(folder)) {
    throw new StoreError(
      'unavailable',
      `The data folder ${folder} is already open in this process; close that store before opening it again.`,
    );
  }
  heldHere.add(folder);
  try {
    await claim(folder, path);
  } catch (error) {
    heldHere.delete(folder);
    throw error;
  }
  return async () => {
    heldHere.delete(folder);
    await rm(path, { force: true });
  };
}

async function claim(folder: string, path: string): Promise<void> {
  const created = await writeFile(path, String(process.pid), { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw new StoreError('unavailable', `Could not write ${path} (${error.message}); check the data folder's permissions.`, {
        cause: error,
      });
    },
  );
  if (!created) {
    const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (owner !== process.pid && isRunning(owner)) {
      throw new StoreError(
        'unavailable',
        `The data folder ${folder} is in use by another process (pid ${owner}); stop it or use another data folder (if no such process exists, delete ${path}).`,
      );
    }
    await writeFile(path, String(process.pid));
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
