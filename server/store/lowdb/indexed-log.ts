/**
 * An offset-indexed JSON-lines log: one file of `{"put":row}` / `{"del":key}` lines (the same
 * lines as LogTable) with only a small entry per live row in memory — a summary the caller
 * chooses, the row's place in a kept order (a time, then arrival) and its line's offset and
 * length. A row is read back from the file when asked for (neighbouring lines in one read), so
 * memory grows by one small entry per row, not by the rows' size, and a page in the kept order
 * is a slice: O(page) whatever the number of rows. A filter reads the file in large sequential
 * chunks (scan) instead of holding the rows.
 *
 * A commit appends and fdatasyncs (group commit); a failed commit is undone in memory and the
 * file cut back to its last full line, so readers never see what the disk does not hold (see
 * GroupCommit). A last line without its newline (an append cut short by a crash, never
 * acknowledged) is set aside as `<file>.torn-<time>` on open. When superseded lines outnumber
 * live rows, the live lines are copied to a new file that replaces the old one (compaction) —
 * never while a hold (a scan, a filtered page) relies on the lines staying where they are.
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError } from '../../../agent/ports/store-error';
import { syncDir } from './atomic-file';
import { GroupCommit } from './group-commit';
import { appendLines, createLog, readLines, setTornTailAside } from './json-lines';
import { corrupt } from './durable-json-file';

export interface IndexedLogOptions<T, S> {
  path: string;
  /** The row's identity: a later put with the same key replaces it. */
  key: (row: T) => string;
  /** Throws a sentence if a stored row does not have the expected shape. */
  check: (row: unknown) => asserts row is T;
  /** What memory keeps of a row (shared with callers, never mutated). */
  summarize: (row: T) => S;
  /** The time the kept order follows (ISO-8601, compared as text); ties keep arrival order. */
  time: (summary: S) => string;
  /** Compact once superseded lines exceed both this and the live row count. */
  compactAfter?: number;
}

/** What callers see of a row without reading it. */
export interface LogEntry<S> {
  readonly summary: S;
  /** Arrival order; an update keeps it, and so its place. */
  readonly seq: number;
}

interface Entry<T, S> extends LogEntry<S> {
  key: string;
  /** The row's line (without its newline); -1 while it waits for the disk. */
  offset: number;
  length: number;
  /** The whole row until its line is written. */
  pending: T | null;
}

/** A change not yet on disk: what to put back if its commit fails. */
interface Undo<T, S> {
  key: string;
  before: Entry<T, S> | undefined;
  after: Entry<T, S> | undefined;
  dead: number;
}

const CHUNK = 1024 * 1024;
/** Lines this close together are read in one read. */
const GAP = 16 * 1024;

export class IndexedLog<T, S> {
  readonly #entries = new Map<string, Entry<T, S>>();
  /** Kept order, oldest first. */
  readonly #order: Entry<T, S>[] = [];
  /** Lines waiting for the disk; `entry` is the row a put line holds (null for a delete). */
  #pending: { entry: Entry<T, S> | null; line: string }[] = [];
  #undo: Undo<T, S>[] = [];
  #seq = 0;
  #dead = 0;
  #size = 0;
  #holds = 0;
  /** Reads under way: closing waits for them rather than pull the file from under them. */
  readonly #reading = new Set<Promise<unknown>>();
  /** The file, open for reading; appends open it for writing only while they write (json-lines.ts). */
  #handle: FileHandle | null = null;
  /** The file replaced by the last compaction; reads begun before it still use it. */
  #retired: FileHandle | null = null;
  #closed = false;
  readonly #commit: GroupCommit;

  private constructor(private readonly options: IndexedLogOptions<T, S>) {
    this.#commit = new GroupCommit(
      () => this.#flush(),
      options.path,
      () => this.#rollback(),
    );
  }

  static async open<T, S>(options: IndexedLogOptions<T, S>): Promise<IndexedLog<T, S>> {
    const log = new IndexedLog(options);
    await log.#load();
    return log;
  }

  get path(): string {
    return this.options.path;
  }

  get size(): number {
    return this.#order.length;
  }

  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  summary(key: string): S | undefined {
    return this.#entries.get(key)?.summary;
  }

  /** Entries `start` to `end` (exclusive) of the kept order, oldest first. */
  slice(start: number, end: number): LogEntry<S>[] {
    return this.#order.slice(Math.max(0, start), Math.max(0, end));
  }

  /** `limit` entries newest first, skipping the `offset` newest. */
  newest(offset: number, limit: number): LogEntry<S>[] {
    const out: LogEntry<S>[] = [];
    for (let i = this.#order.length - 1 - offset; i >= 0 && out.length < limit; i -= 1) out.push(this.#order[i]!);
    return out;
  }

  /** The first place in the kept order whose time is later than `time` (binary search). */
  positionAfter(time: string): number {
    let lo = 0;
    let hi = this.#order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.options.time(this.#order[mid]!.summary) <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The whole row (a fresh object), or null. */
  async get(key: string): Promise<T | null> {
    const entry = this.#entries.get(key);
    return entry ? (await this.read([entry]))[0]! : null;
  }

  /**
   * The rows of `entries` (fresh objects), in their order. Call it in the same tick the entries
   * were taken, or inside `hold`: compaction moves lines.
   */
  read(entries: readonly LogEntry<S>[]): Promise<T[]> {
    const rows: T[] = new Array(entries.length);
    const onDisk: number[] = [];
    entries.forEach((e, i) => {
      const entry = e as Entry<T, S>;
      if (entry.pending) rows[i] = structuredClone(entry.pending);
      else onDisk.push(i);
    });
    const at = (i: number) => entries[i] as Entry<T, S>;
    onDisk.sort((a, b) => at(a).offset - at(b).offset);
    // Runs of nearby lines, each one read; offsets and the handle are taken before any await.
    const groups: number[][] = [];
    for (const i of onDisk) {
      const group = groups.at(-1);
      const last = group ? at(group.at(-1)!) : null;
      if (group && last && at(i).offset - (last.offset + last.length) <= GAP) group.push(i);
      else groups.push([i]);
    }
    const handle = this.#open();
    return this.#track(
      Promise.all(
        groups.map(async (group) => {
          const start = at(group[0]!).offset;
          const last = at(group.at(-1)!);
          const length = last.offset + last.length - start;
          const { buffer } = await handle.read(Buffer.alloc(length), 0, length, start);
          for (const i of group) rows[i] = this.#parse(buffer, at(i).offset - start, at(i).length);
        }),
      ).then(() => rows),
    );
  }

  /** Runs `work` with compaction held off, so entries taken inside keep pointing at their lines. */
  async hold<R>(work: () => Promise<R>): Promise<R> {
    this.#open();
    this.#holds += 1;
    try {
      return await this.#track(work());
    } finally {
      this.#holds -= 1;
    }
  }

  /**
   * Reads every live row from place `from` of the kept order on (in file order, in large
   * sequential reads, one row at a time in memory) and returns the entries with what `pick`
   * returned for each, in kept order. Call `read` for a page of them inside the same `hold`.
   */
  scan<R>(pick: (row: T) => R, from = 0): Promise<{ entries: LogEntry<S>[]; values: R[] }> {
    return this.hold(async () => {
      const entries = this.#order.slice(from);
      const values: R[] = new Array(entries.length);
      const onDisk: number[] = [];
      entries.forEach((entry, i) => {
        if (entry.pending) values[i] = pick(entry.pending);
        else onDisk.push(i);
      });
      onDisk.sort((a, b) => entries[a]!.offset - entries[b]!.offset);
      const handle = this.#open();
      let buffer = Buffer.allocUnsafe(0);
      let chunk = buffer;
      let chunkAt = 0;
      for (const i of onDisk) {
        const { offset, length } = entries[i]!;
        if (offset < chunkAt || offset + length > chunkAt + chunk.length) {
          // One buffer reused for every chunk (grown only for a line longer than it).
          if (buffer.length < length || buffer.length === 0) buffer = Buffer.allocUnsafe(Math.max(CHUNK, length));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
          chunk = buffer.subarray(0, bytesRead);
          chunkAt = offset;
        }
        values[i] = pick(this.#parse(chunk, offset - chunkAt, length));
      }
      return { entries, values };
    });
  }

  /** Refuses a change up front once a write has failed. */
  assertWritable(): void {
    this.#commit.assertWritable();
  }

  /** Inserts or replaces a row (by key; never mutate it afterwards); resolves once it is on disk. */
  put(row: T): Promise<void> {
    this.#commit.assertWritable();
    const key = this.options.key(row);
    const before = this.#entries.get(key);
    const entry: Entry<T, S> = {
      key,
      summary: this.options.summarize(row),
      seq: before?.seq ?? this.#nextSeq(),
      offset: -1,
      length: 0,
      pending: row,
    };
    this.#undo.push({ key, before, after: entry, dead: this.#dead });
    if (before) {
      this.#dead += 1;
      this.#remove(before);
    }
    this.#entries.set(key, entry);
    this.#insert(entry);
    this.#pending.push({ entry, line: `${JSON.stringify({ put: row })}\n` });
    return this.#commit.commit();
  }

  /**
   * Read, change, put: `change` gets the current row and returns its replacement. If the row
   * changed while it was being read, it is read again, so concurrent updates each build on the last.
   */
  async update(key: string, change: (row: T) => T): Promise<T | null> {
    for (;;) {
      const entry = this.#entries.get(key);
      if (!entry) return null;
      const [current] = await this.read([entry]);
      if (this.#entries.get(key) !== entry) continue;
      const next = change(current!);
      await this.put(next);
      return next;
    }
  }

  /** Removes a row; resolves once the removal is on disk. */
  delete(key: string): Promise<void> {
    this.#commit.assertWritable();
    const before = this.#entries.get(key);
    if (!before) return Promise.resolve();
    this.#undo.push({ key, before, after: undefined, dead: this.#dead });
    this.#entries.delete(key);
    this.#remove(before);
    this.#dead += 2;
    this.#pending.push({ entry: null, line: `${JSON.stringify({ del: key })}\n` });
    return this.#commit.commit();
  }

  /** Waits for pending writes and reads under way, then releases the file; later reads are refused. */
  async close(): Promise<void> {
    await this.#commit.idle();
    this.#closed = true;
    await Promise.allSettled([...this.#reading]);
    await this.#handle?.close();
    await this.#retired?.close();
    this.#handle = this.#retired = null;
  }

  /** The file to read from; refused once the log is closing (its app deleted, the store closed), except to a hold begun before. */
  #open(): FileHandle {
    if (!this.#handle || (this.#closed && this.#holds === 0)) {
      throw new StoreError('not-found', `The rows in ${this.path} are gone: the log was closed (its app deleted, or the store closed).`);
    }
    return this.#handle;
  }

  #track<R>(work: Promise<R>): Promise<R> {
    this.#reading.add(work);
    const done = () => this.#reading.delete(work);
    work.then(done, done);
    return work;
  }

  #nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  #before(a: Entry<T, S>, b: Entry<T, S>): boolean {
    const ta = this.options.time(a.summary);
    const tb = this.options.time(b.summary);
    return ta < tb || (ta === tb && a.seq < b.seq);
  }

  #index(entry: Entry<T, S>): number {
    // Binary search for the first entry not before `entry`; appends (the usual case) land at the end.
    const order = this.#order;
    const last = order[order.length - 1];
    if (!last || this.#before(last, entry)) return order.length;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#before(order[mid]!, entry)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #insert(entry: Entry<T, S>): void {
    const at = this.#index(entry);
    if (at === this.#order.length) this.#order.push(entry);
    else this.#order.splice(at, 0, entry);
  }

  #remove(entry: Entry<T, S>): void {
    const at = this.#index(entry);
    if (this.#order[at] === entry) this.#order.splice(at, 1);
  }

  #parse(buffer: Buffer, start: number, length: number): T {
    return (JSON.parse(buffer.toString('utf8', start, start + length)) as { put: T }).put;
  }

  #rollback(): void {
    for (const { key, before, after, dead } of this.#undo.reverse()) {
      if (after) this.#remove(after);
      if (before) {
        this.#entries.set(key, before);
        this.#insert(before);
      } else this.#entries.delete(key);
      this.#dead = dead;
    }
    this.#undo = [];
    this.#pending = [];
  }

  async #flush(): Promise<void> {
    if (this.#closed) throw new Error('the log is closed');
    const batch = this.#pending;
    const covered = this.#undo.length;
    this.#pending = [];
    if (batch.length === 0) return;
    await appendLines(this.path, this.#size, batch.map((p) => p.line).join(''));
    let offset = this.#size;
    for (const { entry, line } of batch) {
      const length = Buffer.byteLength(line);
      if (entry) {
        entry.offset = offset;
        entry.length = length - 1;
        entry.pending = null;
      }
      offset += length;
    }
    this.#size = offset;
    this.#undo.splice(0, covered);
    if (this.#holds === 0 && this.#dead > Math.max(this.options.compactAfter ?? 1000, this.#entries.size)) {
      await this.#compact().catch(() => undefined);
    }
  }

  /** Copies the live lines to a new file and swaps it in; on failure the old file stays as it was. */
  async #compact(): Promise<void> {
    // Rows a failed commit would put back keep their lines too.
    const restorable = new Set(this.#undo.flatMap(({ key, before }) => (before && this.#entries.get(key) !== before ? [before] : [])));
    const live = [...this.#order, ...restorable].filter((entry) => !entry.pending);
    const temp = `${this.path}.compact`;
    const old = this.#handle!;
    const out = await open(temp, 'w');
    const moved: { entry: Entry<T, S>; offset: number }[] = [];
    try {
      let size = 0;
      for (let first = 0; first < live.length; ) {
        // Copy in batches of about CHUNK bytes: one read per line, one write per batch.
        const batch: Buffer[] = [];
        let bytes = 0;
        for (; first < live.length && bytes < CHUNK; first += 1) {
          const entry = live[first]!;
          const { buffer } = await old.read(Buffer.alloc(entry.length + 1), 0, entry.length + 1, entry.offset);
          batch.push(buffer);
          moved.push({ entry, offset: size + bytes });
          bytes += entry.length + 1;
        }
        await out.write(Buffer.concat(batch));
        size += bytes;
      }
      await out.sync();
      await out.close();
      await rename(temp, this.path);
      await syncDir(dirname(this.path));
      const handle = await open(this.path, 'r');
      // Swap synchronously with the new places: any read from here on uses the new file.
      await this.#retired?.close();
      this.#retired = old;
      this.#handle = handle;
      for (const { entry, offset } of moved) entry.offset = offset;
      this.#size = size;
      this.#dead = moved.length - moved.filter(({ entry }) => this.#entries.get(entry.key) === entry).length;
    } catch (error) {
      await out.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
  }

  async #load(): Promise<void> {
    const path = this.path;
    let handle: FileHandle;
    try {
      await createLog(path);
      handle = await open(path, 'r');
    } catch (error) {
      throw new StoreError('unavailable', `Could not open ${path} (${(error as Error).message}); check its permissions.`, {
        cause: error,
      });
    }
    this.#handle = handle;
    let lines = 0;
    try {
      const { end, tail } = await readLines(handle, (bytes, offset) => {
        lines += 1;
        this.#loadLine(bytes, offset, lines);
      });
      this.#dead = lines - this.#entries.size;
      this.#size = end;
      if (tail.length > 0) await setTornTailAside(path, end, tail);
    } catch (error) {
      // A damaged file: the store does not open, so nothing else will close it.
      await handle.close();
      throw error;
    }
  }

  #loadLine(bytes: Buffer, offset: number, lineNo: number): void {
    let line: { put?: unknown; del?: unknown };
    try {
      line = JSON.parse(bytes.toString('utf8')) as typeof line;
    } catch (error) {
      throw corrupt(this.path, `line ${lineNo} is not valid JSON (${(error as Error).message})`, error);
    }
    if (line !== null && typeof line === 'object' && typeof line.del === 'string') {
      const gone = this.#entries.get(line.del);
      if (gone) this.#remove(gone);
      this.#entries.delete(line.del);
      return;
    }
    if (line === null || typeof line !== 'object' || !('put' in line))
      throw corrupt(this.path, `line ${lineNo} is neither a put nor a delete`);
    const row = line.put;
    try {
      this.options.check(row);
    } catch (error) {
      throw corrupt(this.path, `line ${lineNo}: ${(error as Error).message}`, error);
    }
    const key = this.options.key(row);
    const old = this.#entries.get(key);
    if (old) this.#remove(old);
    const entry: Entry<T, S> = {
      key,
      summary: this.options.summarize(row),
      seq: old?.seq ?? this.#nextSeq(),
      offset,
      length: bytes.length,
      pending: null,
    };
    this.#entries.set(key, entry);
    this.#insert(entry);
  }
}
