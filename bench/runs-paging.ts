/**
 * Run history paging (issue 17): time per page of 50 runs with 1k, 10k and 100k runs of one
 * app (each ~5 KB) on lowdb and PostgreSQL, the ratio 100k / 1k (goal < 2×), the page's size
 * (summaries, not whole runs) and the open store's memory growth per 10k runs (lowdb holds a
 * summary per run; PostgreSQL nothing). See bench/support/paging-bench.ts for the method.
 *
 *   npx tsx bench/runs-paging.ts [maxSize=100000] [pages=300]
 */
import { runPagingBench } from './support/paging-bench';
import { addRun } from './support/paging-rows';

await runPagingBench({ what: 'runs', add: addRun, maxSize: Number(process.argv[2] ?? 100_000), pages: Number(process.argv[3] ?? 300) });
