/**
 * What the lowdb spend ledger keeps in memory instead of its rows: one bucket per workspace,
 * UTC day, app and model, holding the sums a SpendTotal needs, the first and last call time
 * in it (so a query knows whether it takes the bucket whole) and the byte range of its lines in
 * spend.jsonl (so a query that cuts through it reads just those lines back). Memory grows with
 * days × apps × models, not with calls — except the ids of runs with real (not dry-run) spend,
 * kept per bucket so distinct-run counts stay exact.
 */
import type { SpendEntry, SpendGroup, SpendQuery, SpendTotal } from '../../../agent/ports/spend';
import type { ByteRange } from './spend-rows';

export interface SpendBucket {
  readonly key: string;
  readonly workspaceId: string;
  readonly day: string;
  readonly appId: string | null;
  readonly model: string;
  costUsd: number;
  calls: number;
  dryRunUsd: number;
  inputTokens: number;
  outputTokens: number;
  images: number;
  /** Runs with real spend in this bucket. */
  readonly runs: Set<string>;
  firstAt: string;
  lastAt: string;
  /** Covers every line of the bucket (and maybe others' between them). */
  lines: ByteRange;
}

const bucketKeyOf = (entry: SpendEntry) =>
  `${entry.workspaceId}\u0001${entry.at.slice(0, 10)}\u0001${entry.appId ?? ''}\u0001${entry.model}`;

/** The key a row or bucket has in a grouping. */
export function groupKey(row: Pick<SpendEntry, 'appId' | 'model'> & { day: string }, by: SpendGroup | null): string | null {
  if (by === null) return null;
  if (by === 'day') return row.day;
  return by === 'app' ? row.appId : row.model;
}

export class SpendBuckets {
  readonly #buckets = new Map<string, SpendBucket>();

  /** Adds a row whose line is at `lines`. */
  add(entry: SpendEntry, lines: ByteRange): void {
    const key = bucketKeyOf(entry);
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = {
        key,
        workspaceId: entry.workspaceId,
        day: entry.at.slice(0, 10),
        appId: entry.appId,
        model: entry.model,
        costUsd: 0,
        calls: 0,
        dryRunUsd: 0,
        inputTokens: 0,
        outputTokens: 0,
        images: 0,
        runs: new Set(),
        firstAt: entry.at,
        lastAt: entry.at,
        lines: { ...lines },
      };
      this.#buckets.set(key, bucket);
    }
    addTo(bucket, entry);
    if (!entry.dryRun && entry.runId) bucket.runs.add(entry.runId);
    if (entry.at < bucket.firstAt) bucket.firstAt = entry.at;
    if (entry.at > bucket.lastAt) bucket.lastAt = entry.at;
    bucket.lines.start = Math.min(bucket.lines.start, lines.start);
    bucket.lines.end = Math.max(bucket.lines.end, lines.end);
  }

  /**
   * The buckets a query touches: `whole` ones lie inside its time range, `cut` ones only partly
   * (their rows must be read and filtered).
   */
  touched(query: SpendQuery): { whole: SpendBucket[]; cut: SpendBucket[] } {
    const whole: SpendBucket[] = [];
    const cut: SpendBucket[] = [];
    for (const bucket of this.#buckets.values()) {
      if (bucket.workspaceId !== query.workspaceId || (query.appId !== undefined && bucket.appId !== query.appId)) continue;
      if (bucket.lastAt < query.from || bucket.firstAt >= query.to) continue;
      (bucket.firstAt >= query.from && bucket.lastAt < query.to ? whole : cut).push(bucket);
    }
    return { whole, cut };
  }

  /** Whether a row belongs to one of `buckets`. */
  static holder(buckets: readonly SpendBucket[]): (entry: SpendEntry) => boolean {
    const keys = new Set(buckets.map((b) => b.key));
    return (entry) => keys.has(bucketKeyOf(entry));
  }
}

/** Adds a row's sums to a total or bucket (dry runs only to dryRunUsd). */
export function addTo(total: Omit<SpendTotal, 'key' | 'runs'>, entry: SpendEntry): void {
  if (entry.dryRun) {
    total.dryRunUsd += entry.costUsd;
    return;
  }
  total.costUsd += entry.costUsd;
  total.calls += 1;
  total.inputTokens += entry.inputTokens + entry.cachedInputTokens + entry.imageInputTokens;
  total.outputTokens += entry.outputTokens;
  total.images += entry.images;
}

/** Adds a whole bucket's sums to a total. */
export function addBucket(total: Omit<SpendTotal, 'key' | 'runs'>, bucket: SpendBucket): void {
  total.costUsd += bucket.costUsd;
  total.calls += bucket.calls;
  total.dryRunUsd += bucket.dryRunUsd;
  total.inputTokens += bucket.inputTokens;
  total.outputTokens += bucket.outputTokens;
  total.images += bucket.images;
}

/** Merges overlapping byte ranges, so a line is read once. */
export function mergeRanges(ranges: readonly ByteRange[]): ByteRange[] {
  const out: ByteRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
