/**
 * `npm run bench`: runs every bench/*.ts (except this file) one after another, each in its
 * own process so one failing bench neither stops nor skews the others, and prints a summary.
 * Benches print ratios against baselines measured in the same run.
 *
 *   npx tsx bench/run-all.ts [name-filter]
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = import.meta.dirname;
const filter = process.argv[2];
const benches = (await readdir(dir))
  .filter((name) => name.endsWith('.ts') && name !== 'run-all.ts' && !name.endsWith('.d.ts'))
  .filter((name) => !filter || name.includes(filter))
  .sort();

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const start = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(dir, name)], { stdio: 'inherit' });
    child.once('exit', resolve);
  });
  results.push({ name, ok: code === 0, seconds: (performance.now() - start) / 1000 });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds.toFixed(1)} s)`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
