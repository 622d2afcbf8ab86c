/**
 * The file side of a JSON-lines log (LogTable, IndexedLog): creating it durably, reading its
 * complete lines on open in large sequential reads (never the whole file at once), setting
 * aside the bytes after the last newline — an append cut short by a crash, never acknowledged,
 * since the newline is written before the fsync that acknowledges — and appending lines.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeDir, syncDir, writeFileAtomic } from './atomic-file';

const CHUNK = 1024 * 1024;
const DURABLE_APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC;

/** Calls `visit` with each complete line (without its newline) and its offset; returns where they end and what follows. */
export async function readLines(handle: FileHandle, visit: (line: Buffer, offset: number) => void): Promise<{ end: number; tail: Buffer }> {
  const size = (await handle.stat()).size;
  // One buffer for the whole file (grown only for a line longer than it), so opening a large
  // log leaves no trail of chunk-sized allocations behind.
  let buffer = Buffer.allocUnsafe(Math.min(CHUNK, size));
  let carry = 0;
  let carryAt = 0;
  for (let position = 0; position < size; ) {
    if (carry === buffer.length) buffer = Buffer.concat([buffer], buffer.length * 2);
    const want = Math.min(buffer.length - carry, size - position);
    const { bytesRead } = await handle.read(buffer, carry, want, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const filled = carry + bytesRead;
    let start = 0;
    for (let nl = buffer.indexOf(0x0a); nl >= 0 && nl < filled; nl = buffer.indexOf(0x0a, start)) {
      visit(buffer.subarray(start, nl), carryAt + start);
      start = nl + 1;
    }
    carryAt += start;
    buffer.copy(buffer, 0, start, filled);
    carry = filled - start;
  }
  return { end: carryAt, tail: Buffer.from(buffer.subarray(0, carry)) };
}

/** Moves a torn last line's bytes to `<path>.torn-<time>` and truncates the file to `end`. */
export async function setTornTailAside(path: string, end: number, tail: Uint8Array): Promise<void> {
  await writeFileAtomic(`${path}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`, tail);
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(end);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Appends complete lines to the log at `path` (whose lines end at `size`), durably; on failure
 * cuts the file back to `size`, leaving no partial line for the next append to follow. The
 * file is opened with O_DSYNC, so the write returns once its data is on disk, as a write and an
 * fdatasync would, in one call instead of two (about 50 µs less CPU per append here). It is
 * open for writing only meanwhile: between commits a running server holds nothing open for
 * writing, so its disk can be remounted read-only (and back) under it.
 */
export async function appendLines(path: string, size: number, text: string): Promise<void> {
  const handle = await open(path, DURABLE_APPEND);
  try {
    await handle.appendFile(text);
  } catch (error) {
    await handle.truncate(size).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** Creates the log at `path` if it is missing, with its folders, all made durable. */
export async function createLog(path: string): Promise<void> {
  const missing = await stat(path).then(
    () => false,
    () => true,
  );
  const folders = await makeDir(dirname(path));
  if (missing) await (await open(path, 'a')).close();
  // New folders and the new file become durable together: one wait instead of one per entry.
  await Promise.all([...folders, ...(missing ? [dirname(path)] : [])].map(syncDir));
}
