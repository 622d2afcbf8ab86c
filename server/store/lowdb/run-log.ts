/**
 * The runs of one app (`apps/<appId>/runs.jsonl`, the same `{"put":row}` lines as LogTable)
 * with only a summary and the line's place in the file held in memory per run: a run's steps,
 * requests and outputs stay on disk and are read back (one positioned read) when the run
 * itself is asked for. Memory grows by a small entry per run, not by the runs' size.
 *
 * Runs are kept in order (started time, then arrival) as they are written, so a page of the
 * history is a slice: O(page), whatever the number of runs. A commit appends and fdatasyncs
 * (group commit); a failed commit is undone in memory (see GroupCommit). When superseded lines
 * outnumber live runs, the live lines are copied to a new file, which replaces the old one.
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunRow } from '../records';
import { summarizeRun, type RunSummary } from '../run-summary';
import { StoreError } from '../../../agent/ports/store-error';
import { ensureDir, syncDir, writeFileAtomic } from './atomic-file';
import { corrupt } from './durable-json-file';
import { GroupCommit } from './group-commit';

interface Entry {
  summary: RunSummary;
  /** Arrival order; breaks ties of the started time (later first, as PostgreSQL's seq does). */
  seq: number;
  /** The run's line in the file; null while it waits for the disk. */
  at: { offset: number; length: number } | null;
  /** The whole run until its line is written. */
  pending: RunRow | null;
}

const READ_CHUNK = 1024 * 1024;

const before = (a: Entry, b: Entry): boolean =>
  a.summary.startedAt < b.summary.startedAt || (a.summary.startedAt === b.summary.startedAt && a.seq < b.seq);

export class RunLog {
  readonly #entries = new Map<string, Entry>();
  /** Oldest first. */
  readonly #order: Entry[] = [];
  #pending: { entry: Entry; line: string }[] = [];
  #undo: (() => void)[] = [];
  #seq = 0;

  #nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }
  #dead = 0;
  #size = 0;
  #handle: FileHandle | null = null;
  /** The file replaced by the last compaction; reads begun before it still use it. */
  #retired: FileHandle | null = null;
  #closed = false;
  readonly #commit: GroupCommit;

  private constructor(
    readonly path: string,
    private readonly check: (row: unknown) => asserts row is RunRow,
    private readonly compactAfter = 1000,
  ) {
    this.#commit = new GroupCommit(
      () => this.#flush(),
      path,
      () => this.#rollback(),
    );
  }

  static async open(path: string, check: (row: unknown) => asserts row is RunRow, compactAfter?: number): Promise<RunLog> {
    const log = new RunLog(path, check, compactAfter);
    await log.#load();
    return log;
  }

  get size(): number {
    return this.#entries.size;
  }

  ids(): IterableIterator<string> {
    return this.#entries.keys();
  }

  summary(id: string): RunSummary | undefined {
    return this.#entries.get(id)?.summary;
  }

  /** Newest first. */
  page(offset: number, limit: number): RunSummary[] {
    const out: RunSummary[] = [];
    for (let i = this.#order.length - 1 - offset; i >= 0 && out.length < limit; i -= 1) out.push(this.#order[i]!.summary);
    return out;
  }

  /** The whole run (a fresh object), read from the file unless it is still waiting to be written. */
  async get(id: string): Promise<RunRow | null> {
    const entry = this.#entries.get(id);
    if (!entry) return null;
    if (entry.pending) return structuredClone(entry.pending);
    const { offset, length } = entry.at!;
    const handle = this.#handle!;
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, offset);
    return (JSON.parse(buffer.toString('utf8')) as { put: RunRow }).put;
  }

  /** Inserts or replaces a run (by id); resolves once it is on disk. */
  put(run: RunRow): Promise<void> {
    this.#commit.assertWritable();
    const old = this.#entries.get(run.id);
    const entry: Entry = { summary: summarizeRun(run), seq: old?.seq ?? this.#nextSeq(), at: null, pending: run };
    const dead = this.#dead;
    if (old) {
      this.#dead += 1;
      this.#remove(old);
    }
    this.#entries.set(run.id, entry);
    this.#insert(entry);
    this.#undo.push(() => {
      this.#remove(entry);
      if (old) {
        this.#entries.set(run.id, old);
        this.#insert(old);
      } else this.#entries.delete(run.id);
      this.#dead = dead;
    });
    this.#pending.push({ entry, line: `${JSON.stringify({ put: run })}\n` });
    return this.#commit.commit();
  }

  async close(): Promise<void> {
    await this.#commit.idle();
    this.#closed = true;
    await this.#handle?.close();
    await this.#retired?.close();
    this.#handle = this.#retired = null;
  }

  #index(entry: Entry): number {
    // Binary search for the first entry not before `entry`; appends (the usual case) land at the end.
    const order = this.#order;
    const last = order[order.length - 1];
    if (!last || before(last, entry)) return order.length;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(order[mid]!, entry)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #insert(entry: Entry): void {
    const at = this.#index(entry);
    if (at === this.#order.length) this.#order.push(entry);
    else this.#order.splice(at, 0, entry);
  }

  #remove(entry: Entry): void {
    const at = this.#index(entry);
    if (this.#order[at] === entry) this.#order.splice(at, 1);
  }

  #rollback(): void {
    for (const undo of this.#undo.reverse()) undo();
    this.#undo = [];
    this.#pending = [];
  }

  async #flush(): Promise<void> {
    if (this.#closed) throw new Error('the table is closed');
    const batch = this.#pending;
    const covered = this.#undo.length;
    this.#pending = [];
    if (batch.length === 0) return;
    const handle = this.#handle!;
    const text = batch.map((p) => p.line).join('');
    try {
      await handle.appendFile(text);
      await handle.datasync();
    } catch (error) {
      // Leave no partial line behind for the next append to follow.
      await handle.truncate(this.#size).catch(() => undefined);
      throw error;
    }
    let offset = this.#size;
    for (const { entry, line } of batch) {
      const length = Buffer.byteLength(line);
      entry.at = { offset, length: length - 1 };
      entry.pending = null;
      offset += length;
    }
    this.#size = offset;
    this.#undo.splice(0, covered);
    if (this.#dead > Math.max(this.compactAfter, this.#entries.size)) await this.#compact().catch(() => undefined);
  }

  /** Copies the live lines to a new file and swaps it in; on failure the old file stays as it was. */
  async #compact(): Promise<void> {
    const live = this.#order.filter((entry) => entry.at !== null);
    const temp = `${this.path}.compact`;
    const old = this.#handle!;
    const out = await open(temp, 'w');
    const moved: { entry: Entry; offset: number; length: number }[] = [];
    try {
      let size = 0;
      for (const entry of live) {
        const { offset, length } = entry.at!;
        const { buffer } = await old.read(Buffer.alloc(length + 1), 0, length + 1, offset);
        await out.write(buffer);
        moved.push({ entry, offset: size, length });
        size += length + 1;
      }
      await out.sync();
      await out.close();
      await rename(temp, this.path);
      await syncDir(dirname(this.path));
      const handle = await open(this.path, 'a+');
      // Swap synchronously with the new places: any read from here on uses the new file.
      await this.#retired?.close();
      this.#retired = old;
      this.#handle = handle;
      for (const { entry, offset, length } of moved) entry.at = { offset, length };
      this.#size = size;
      this.#dead = moved.length - live.filter((entry) => this.#entries.get(entry.summary.id) === entry).length;
    } catch (error) {
      await out.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
  }

  async #load(): Promise<void> {
    await ensureDir(dirname(this.path));
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'a+');
    } catch (error) {
      throw new StoreError('unavailable', `Could not open ${this.path} (${(error as Error).message}); check its permissions.`, {
        cause: error,
      });
    }
    this.#handle = handle;
    const size = (await handle.stat()).size;
    let carry = Buffer.alloc(0);
    let carryAt = 0;
    let lineNo = 0;
    let lines = 0;
    for (let position = 0; position < size; ) {
      const { buffer, bytesRead } = await handle.read(
        Buffer.alloc(Math.min(READ_CHUNK, size - position)),
        0,
        Math.min(READ_CHUNK, size - position),
        position,
      );
      position += bytesRead;
      const chunk = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, bytesRead)]) : buffer.subarray(0, bytesRead);
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
        lineNo += 1;
        lines += 1;
        this.#loadLine(chunk.subarray(start, nl), carryAt + start, lineNo);
        start = nl + 1;
      }
      carryAt += start;
      carry = Buffer.from(chunk.subarray(start));
    }
    this.#dead = lines - this.#entries.size;
    this.#size = carryAt;
    if (carry.length > 0) {
      // An append cut short by a crash (never acknowledged): set its bytes aside, cut the file.
      await writeFileAtomic(`${this.path}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`, carry);
      await handle.truncate(carryAt);
      await handle.sync();
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
    try {
      this.check(line.put);
    } catch (error) {
      throw corrupt(this.path, `line ${lineNo}: ${(error as Error).message}`, error);
    }
    const run = line.put;
    const old = this.#entries.get(run.id);
    if (old) this.#remove(old);
    const entry: Entry = {
      summary: summarizeRun(run),
      seq: old?.seq ?? this.#nextSeq(),
      at: { offset, length: bytes.length },
      pending: null,
    };
    this.#entries.set(run.id, entry);
    this.#insert(entry);
  }
}
