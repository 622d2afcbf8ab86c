/**
 * The records of one collection (`apps/<appId>/records-<collection>.jsonl`): an IndexedLog
 * keeping a record's id and times in memory and its values on disk, in creation order, so the
 * usual lists (newest first, by creation time, created since) are slices: O(page). A search or
 * a sort by a field reads the file once in large sequential reads (IndexedLog.scan) and keeps
 * only the matches' entries, then reads the page's rows. Order and matching follow
 * record-order.ts, as PostgreSQL's SQL does.
 */
import type { RecordQuery, RecordRow } from '../records';
import { compareSortValues, createdAfterMs, matchesSearch, recordPage } from '../record-order';
import { IndexedLog, type LogEntry } from './indexed-log';

/** What memory keeps of a record. */
export interface RecordIndex {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type RecordLog = IndexedLog<RecordRow, RecordIndex>;

export function openRecordLog(path: string, check: (row: unknown) => asserts row is RecordRow, compactAfter?: number): Promise<RecordLog> {
  return IndexedLog.open({
    path,
    check,
    compactAfter,
    key: (row) => row.id,
    // An unchanged record shares one time string for both.
    summarize: ({ id, createdAt, updatedAt }) => ({ id, createdAt, updatedAt: updatedAt === createdAt ? createdAt : updatedAt }),
    time: (index) => index.createdAt,
  });
}

const SKIP = Symbol('skip');
type Sort = NonNullable<RecordQuery['sort']>;
const isTimeField = (field: string): field is 'createdAt' | 'updatedAt' => field === 'createdAt' || field === 'updatedAt';

/** One page of a collection's records and the filtered total. */
export async function queryRecordLog(
  log: RecordLog | undefined,
  query: RecordQuery | undefined,
): Promise<{ items: RecordRow[]; total: number }> {
  const { offset, limit } = recordPage(query);
  const after = createdAfterMs(query);
  if (!log) return { items: [], total: 0 };
  const search = query?.search?.trim();
  const sort = query?.sort;
  // Creation order is the kept order: "created since" starts at a place found by binary search.
  const from = after === null ? 0 : log.positionAfter(new Date(after).toISOString());
  const total = log.size - from;
  if (!search && (!sort || sort.field === 'createdAt')) {
    const entries =
      sort?.direction === 'asc'
        ? log.slice(from + offset, Math.min(log.size, from + offset + limit))
        : log.newest(offset, Math.max(0, Math.min(limit, total - offset)));
    return { items: await log.read(entries), total };
  }
  return log.hold(async () => {
    const matches = await candidates(log, from, search, sort);
    if (sort) {
      const sign = sort.direction === 'desc' ? -1 : 1;
      matches.sort((a, b) => compareSortValues(a.value, b.value, sign) || (a.entry.seq - b.entry.seq) * sign);
    } else matches.reverse();
    const page = matches.slice(offset, offset + limit).map((match) => match.entry);
    return { items: await log.read(page), total: matches.length };
  });
}

/** The records from place `from` on that match `search`, each with its value for `sort`, in creation order. */
async function candidates(
  log: RecordLog,
  from: number,
  search: string | undefined,
  sort: Sort | undefined,
): Promise<{ entry: LogEntry<RecordIndex>; value: unknown }[]> {
  if (!search && sort && isTimeField(sort.field)) {
    const field = sort.field;
    return log.slice(from, log.size).map((entry) => ({ entry, value: entry.summary[field] }));
  }
  const { entries, values } = await log.scan((row): unknown => {
    if (search && !matchesSearch(row, search)) return SKIP;
    if (!sort) return null;
    return isTimeField(sort.field) ? row[sort.field] : row.values[sort.field];
  }, from);
  const out: { entry: LogEntry<RecordIndex>; value: unknown }[] = [];
  entries.forEach((entry, i) => {
    if (values[i] !== SKIP) out.push({ entry, value: values[i] });
  });
  return out;
}
