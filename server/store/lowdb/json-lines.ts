/**
 * Reading a JSON-lines log on open: its complete lines in large sequential reads (never the
 * whole file at once), and the bytes after the last newline — an append cut short by a crash,
 * never acknowledged, since the newline is written before the fsync that acknowledges — set
 * aside as `<file>.torn-<time>` before the file is cut back to its last full line.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-file';

const CHUNK = 1024 * 1024;

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
