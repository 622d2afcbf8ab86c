/**
 * An append-only JSON-lines table: one file, one line per change (`{"put":row}` or
 * `{"del":key}`), every row held in memory by its key. A commit appends only the new lines and
 * fdatasyncs, so insert cost does not grow with the table; when superseded lines outnumber
 * live rows the file is rewritten atomically with just the live rows (compaction).
 *
 * On open, every complete line must parse or the table refuses to load (the file is kept
 * as it is). A last line without its newline is an append cut short by a crash: it was
 * never acknowledged (the newline is written before the fsync that acknowledges), so its
 * bytes are moved to `<file>.torn-<time>` and the file is truncated to its last full line.
 *
 * A change shows in `rows` at once, before its commit; if the commit fails, every change not
 * yet on disk is undone (newest first), so what readers see never runs ahead of the file.
 */
import { readFile } from 'node:fs/promises';
import { StoreError } from '../../../agent/ports/store-error';
import { corrupt } from './durable-json-file';
import { GroupCommit } from './group-commit';
import { writeFileAtomic } from './atomic-file';
import { appendLines, createLog, setTornTailAside } from './json-lines';

type Line<T> = { put: T } | { del: string };

export interface LogTableOptions<T> {
  path: string;
  /** The row's identity: a later put with the same key replaces it. */
  key: (row: T) => string;
  /** Throws a sentence if a stored row does not have the expected shape. */
  check: (row: unknown) => asserts row is T;
  /** Compact once superseded lines exceed both this and the live row count. */
  compactAfter?: number;
}

export class LogTable<T> {
  /** Live rows in insertion order (an update keeps its row's place). Callers must not mutate them. */
  readonly rows = new Map<string, T>();
  #pending: string[] = [];
  /** One undo per change not yet on disk, oldest first. */
  #undo: (() => void)[] = [];
  #closed = false;
  /** `rows` as an array, rebuilt after a change; lets repeated lists skip the copy. */
  #list: readonly T[] | null = null;
  #dead = 0;
  #size = 0;
  readonly #commit: GroupCommit;

  private constructor(private readonly options: LogTableOptions<T>) {
    this.#commit = new GroupCommit(
      () => this.#flush(),
      options.path,
      () => this.#rollback(),
    );
  }

  static async open<T>(options: LogTableOptions<T>): Promise<LogTable<T>> {
    const table = new LogTable(options);
    await table.#load();
    return table;
  }

  get path(): string {
    return this.options.path;
  }

  keys(): IterableIterator<string> {
    return this.rows.keys();
  }

  /** Live rows in insertion order, as an array that is never mutated (a change makes a new one). */
  list(): readonly T[] {
    this.#list ??= [...this.rows.values()];
    return this.#list;
  }

  /** Refuses a change up front once a write has failed. */
  assertWritable(): void {
    this.#commit.assertWritable();
  }

  /** Inserts or replaces a row (never mutate it afterwards); resolves once it is on disk. */
  put(row: T): Promise<void> {
    this.#commit.assertWritable();
    const key = this.options.key(row);
    const before = this.rows.get(key);
    const dead = this.#dead;
    this.#undo.push(() => {
      if (before === undefined) this.rows.delete(key);
      else this.rows.set(key, before);
      this.#dead = dead;
    });
    if (before !== undefined) this.#dead += 1;
    this.rows.set(key, row);
    this.#list = null;
    this.#pending.push(`${JSON.stringify({ put: row })}\n`);
    return this.#commit.commit();
  }

  /** Removes a row; resolves once the removal is on disk. */
  delete(key: string): Promise<void> {
    this.#commit.assertWritable();
    const before = this.rows.get(key);
    if (before === undefined || !this.rows.delete(key)) return Promise.resolve();
    const dead = this.#dead;
    // A restored row goes back to the end of the insertion order; a restart restores its place.
    this.#undo.push(() => {
      this.rows.set(key, before);
      this.#dead = dead;
    });
    this.#list = null;
    this.#dead += 2;
    this.#pending.push(`${JSON.stringify({ del: key })}\n`);
    return this.#commit.commit();
  }

  /** Waits for pending writes; later ones are refused. */
  async close(): Promise<void> {
    await this.#commit.idle();
    this.#closed = true;
  }

  async #load(): Promise<void> {
    const path = this.options.path;
    const check: LogTableOptions<T>['check'] = this.options.check;
    let bytes = Buffer.alloc(0);
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new StoreError('unavailable', `Could not read ${path} (${(error as Error).message}); check its permissions.`, {
          cause: error,
        });
      }
    }
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end < bytes.length) await setTornTailAside(path, end, bytes.subarray(end));
    const lines = bytes.subarray(0, end).toString('utf8').split('\n');
    lines.pop(); // the empty string after the final newline
    lines.forEach((text, index) => {
      let line: Line<T>;
      try {
        line = JSON.parse(text) as Line<T>;
      } catch (error) {
        throw corrupt(path, `line ${index + 1} is not valid JSON (${(error as Error).message})`, error);
      }
      if (line !== null && typeof line === 'object' && 'put' in line) {
        try {
          check(line.put);
        } catch (error) {
          throw corrupt(path, `line ${index + 1}: ${(error as Error).message}`, error);
        }
        this.rows.set(this.options.key(line.put), line.put);
      } else if (line !== null && typeof line === 'object' && 'del' in line && typeof line.del === 'string') {
        this.rows.delete(line.del);
      } else {
        throw corrupt(path, `line ${index + 1} is neither a put nor a delete`);
      }
    });
    this.#dead = lines.length - this.rows.size;
    this.#size = end;
    await createLog(path);
  }

  #rollback(): void {
    for (const undo of this.#undo.reverse()) undo();
    this.#undo = [];
    this.#pending = [];
    this.#list = null;
  }

  async #flush(): Promise<void> {
    if (this.#closed) throw new Error('the table is closed');
    // From here to #write's first await runs synchronously: it writes exactly these changes.
    const covered = this.#undo.length;
    await this.#write();
    this.#undo.splice(0, covered);
  }

  async #write(): Promise<void> {
    const compactAt = Math.max(this.options.compactAfter ?? 1000, this.rows.size);
    if (this.#dead > compactAt) {
      // Snapshot synchronously: it covers every change made before this flush began.
      let text = '';
      for (const row of this.rows.values()) text += `${JSON.stringify({ put: row })}\n`;
      this.#pending = [];
      this.#dead = 0;
      await writeFileAtomic(this.options.path, text);
      this.#size = Buffer.byteLength(text);
      return;
    }
    const text = this.#pending.join('');
    this.#pending = [];
    if (text.length === 0) return;
    await appendLines(this.options.path, this.#size, text);
    this.#size += Buffer.byteLength(text);
  }
}
