/**
 * The spend ledger's rows on disk (spend.jsonl, the `{"put":row}` lines LogTable wrote before):
 * append-only, nothing of a row kept in memory once it is written. Opening streams every line
 * to a visitor with its place in the file; reading back takes byte ranges (a bucket's lines,
 * spend-buckets.ts) and parses only the lines in them. Appends share one fdatasync per batch
 * (group commit); a failed one is cut back off the file, and its rows are handed to `failed`.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { StoreError } from '../../../agent/ports/store-error';
import { corrupt } from './durable-json-file';
import { GroupCommit } from './group-commit';
import { appendLines, createLog, readLines, setTornTailAside } from './json-lines';

/** Bytes `start` to `end` (exclusive) of the file: whole lines. */
export interface ByteRange {
  start: number;
  end: number;
}

export class SpendRowFile<T> {
  #handle: FileHandle | null = null;
  #size = 0;
  /** Rows waiting for the disk, in order. */
  #pending: T[] = [];
  /** Rows of the write under way (handed back if it fails). */
  #writing: T[] = [];
  readonly #commit: GroupCommit;

  private constructor(
    readonly path: string,
    /** Called with each row once its line is on disk, and where the line is. */
    private readonly written: (row: T, range: ByteRange) => void,
    /** Called with the rows of a failed write (and those queued behind it), which were refused. */
    failed: (rows: T[]) => void,
  ) {
    this.#commit = new GroupCommit(
      () => this.#flush(),
      path,
      () => {
        const lost = [...this.#writing, ...this.#pending];
        this.#writing = [];
        this.#pending = [];
        failed(lost);
      },
    );
  }

  /** Opens (creating) the file and calls `written` for every stored row, in file order. */
  static async open<T>(
    path: string,
    check: (row: unknown) => asserts row is T,
    written: (row: T, range: ByteRange) => void,
    failed: (rows: T[]) => void,
  ): Promise<SpendRowFile<T>> {
    const file = new SpendRowFile(path, written, failed);
    try {
      await createLog(path);
      file.#handle = await open(path, 'r');
    } catch (error) {
      throw new StoreError('unavailable', `Could not open ${path} (${(error as Error).message}); check its permissions.`, { cause: error });
    }
    let lineNo = 0;
    try {
      const { end, tail } = await readLines(file.#handle, (bytes, offset) => {
        lineNo += 1;
        written(file.#parse(bytes, lineNo, check), { start: offset, end: offset + bytes.length + 1 });
      });
      file.#size = end;
      if (tail.length > 0) await setTornTailAside(path, end, tail);
    } catch (error) {
      await file.#handle.close();
      throw error;
    }
    return file;
  }

  /** Queues rows for the disk; resolves once they are on it. */
  append(rows: readonly T[]): Promise<void> {
    this.#commit.assertWritable();
    if (rows.length === 0) return Promise.resolve();
    // One by one: a spread of a batch as large as a rebuild (100k rows) overflows the call stack.
    for (const row of rows) this.#pending.push(row);
    return this.#commit.commit();
  }

  /** The rows in the given ranges (which must not overlap), in file order. */
  async read(ranges: readonly ByteRange[]): Promise<T[]> {
    const handle = this.#handle;
    if (!handle) throw new StoreError('not-found', `The rows in ${this.path} are gone: the store was closed.`);
    const rows: T[] = [];
    for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(end - start), 0, end - start, start);
      let at = 0;
      for (let nl = buffer.indexOf(0x0a); nl >= 0 && nl < bytesRead; nl = buffer.indexOf(0x0a, at)) {
        rows.push((JSON.parse(buffer.toString('utf8', at, nl)) as { put: T }).put);
        at = nl + 1;
      }
    }
    return rows;
  }

  /** Waits for pending writes, then releases the file. */
  async close(): Promise<void> {
    await this.#commit.idle();
    await this.#handle?.close();
    this.#handle = null;
  }

  #parse(bytes: Buffer, lineNo: number, check: (row: unknown) => asserts row is T): T {
    let line: { put?: unknown };
    try {
      line = JSON.parse(bytes.toString('utf8')) as typeof line;
    } catch (error) {
      throw corrupt(this.path, `line ${lineNo} is not valid JSON (${(error as Error).message})`, error);
    }
    if (line === null || typeof line !== 'object' || !('put' in line)) throw corrupt(this.path, `line ${lineNo} is not a put`);
    try {
      check(line.put);
    } catch (error) {
      throw corrupt(this.path, `line ${lineNo}: ${(error as Error).message}`, error);
    }
    return line.put;
  }

  async #flush(): Promise<void> {
    if (!this.#handle) throw new Error('the ledger is closed');
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    this.#writing = batch;
    const lines = batch.map((row) => `${JSON.stringify({ put: row })}\n`);
    await appendLines(this.path, this.#size, lines.join(''));
    this.#writing = [];
    for (const [i, row] of batch.entries()) {
      const length = Buffer.byteLength(lines[i]!);
      this.written(row, { start: this.#size, end: this.#size + length });
      this.#size += length;
    }
  }
}
