/**
 * Record paging (issue 17): time per page of 50 records (newest first) with 1k, 10k and 100k
 * records of one collection (each ~0.6 KB) on lowdb and PostgreSQL, the ratio 100k / 1k (goal
 * < 2×), the open store's memory growth per 10k records (lowdb holds an index entry per record;
 * PostgreSQL nothing), and one search over every record (it reads them all, from the file in
 * large reads on lowdb). See bench/support/paging-bench.ts for the method.
 *
 *   npx tsx bench/records-paging.ts [maxSize=100000] [pages=300]
 */
import { runPagingBench } from './support/paging-bench';
import { addRecord } from './support/paging-rows';

await runPagingBench({
  what: 'records',
  add: addRecord,
  maxSize: Number(process.argv[2] ?? 100_000),
  pages: Number(process.argv[3] ?? 300),
});
