/**
 * listRecords in SQL, mirroring server/store/record-order.ts exactly: newest first by
 * default; a field sort groups numbers, strings (COLLATE "C"), booleans, then null/missing;
 * ties by insertion sequence; search is a case-insensitive substring over every value.
 * (lower() folds non-ASCII letters in a UTF-8-locale database, as Debian's default and the
 * test cluster's C.UTF-8 are; a database created with the plain C locale folds only ASCII.)
 */
import type { RecordQuery } from '../records';
import { createdAfterMs, recordPage } from '../record-order';

export interface Sql {
  text: string;
  values: unknown[];
}

/** The page and the (filtered) total: two statements, run side by side (a window count would read every match). */
export function recordListSql(appId: string, collection: string, query: RecordQuery | undefined): { page: Sql; count: Sql } {
  const values: unknown[] = [appId, collection];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = ['app_id = $1', 'collection = $2'];
  const search = query?.search?.trim();
  if (search) {
    where.push(`EXISTS (SELECT 1 FROM jsonb_each_text(data) AS e WHERE strpos(lower(e.value), lower(${param(search)})) > 0)`);
  }
  const after = createdAfterMs(query);
  if (after !== null) where.push(`created_at > ${param(new Date(after).toISOString())}::timestamptz`);
  const filter = `FROM records WHERE ${where.join(' AND ')}`;
  // Unfiltered: the kept count (record-counts.ts), not a count over every record.
  const count: Sql =
    where.length === 2
      ? { text: 'SELECT total FROM record_counts WHERE app_id = $1 AND collection = $2', values: [...values] }
      : { text: `SELECT count(*) AS total ${filter}`, values: [...values] };

  const order = orderSql(query?.sort, param);
  const { offset, limit } = recordPage(query);
  const page: Sql = {
    text: `SELECT * ${filter} ORDER BY ${order} LIMIT ${param(limit)} OFFSET ${param(offset)}`,
    values,
  };
  return { page, count };
}

function orderSql(sort: RecordQuery['sort'], param: (value: unknown) => string): string {
  if (!sort) return 'created_at DESC, seq DESC';
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  if (sort.field === 'createdAt' || sort.field === 'updatedAt') {
    return `${sort.field === 'createdAt' ? 'created_at' : 'updated_at'} ${dir}, seq ${dir}`;
  }
  const f = `${param(sort.field)}::text`;
  const type = `jsonb_typeof(data -> ${f})`;
  return [
    `CASE ${type} WHEN 'number' THEN 0 WHEN 'string' THEN 1 WHEN 'boolean' THEN 2 ELSE 3 END ASC`,
    `CASE WHEN ${type} = 'number' THEN (data ->> ${f})::float8 END ${dir}`,
    `CASE WHEN ${type} = 'string' THEN data ->> ${f} END COLLATE "C" ${dir}`,
    `CASE WHEN ${type} = 'boolean' THEN (data ->> ${f})::boolean END ${dir}`,
    `seq ${dir}`,
  ].join(', ');
}
