/**
 * The spelling repair's cost (agent/planner/spelling.ts): the dictionaries' one-time load (time
 * and memory), then per description, careful and with two seeded slips, p50/p95 of the repair
 * against the baseline of the planner's own first reading of the same text (wink-nlp's
 * sentences and tokens, language.ts), measured interleaved in the same run.
 *
 *   npx tsx bench/spelling-repair.ts [rounds=5]
 */
import { performance } from 'node:perf_hooks';
import { readSentences } from '../agent/planner/language';
import { repairSpelling } from '../agent/planner/spelling';
import { CASES } from '../tests/eval/planner/cases';
import { HOLDOUT } from '../tests/eval/planner/holdout';
import { withTypos } from '../tests/eval/planner/typos';

const ROUNDS = Number(process.argv[2] ?? 5);

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

readSentences('Warm the reading model up.');
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
repairSpelling('A wrod the dictionaries are loaded for.');
const loadMs = performance.now() - loadStart;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const rssMb = (process.memoryUsage().rss - rssBefore) / 1e6;
console.log(`dictionaries load once: ${loadMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB, rss +${rssMb.toFixed(0)} MB`);

const descriptions = [...CASES, ...HOLDOUT].map((c) => c.description);
for (const slips of [0, 2]) {
  const repair: number[] = [];
  const reading: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, description] of descriptions.entries()) {
      // A fresh text each round (its seed), so the reading's cache of recent texts does not answer.
      const text = `${slips > 0 ? withTypos(description, slips, round) : description}${' '.repeat(round + 1)}`;
      const a = performance.now();
      repairSpelling(text);
      const b = performance.now();
      readSentences(`${text}${k}`);
      repair.push(b - a);
      reading.push(performance.now() - b);
    }
  }
  const [r50, r95, b50, b95] = [quantile(repair, 0.5), quantile(repair, 0.95), quantile(reading, 0.5), quantile(reading, 0.95)];
  console.log(
    `${slips} slips: repair p50 ${r50.toFixed(3)} ms p95 ${r95.toFixed(3)} ms; reading p50 ${b50.toFixed(3)} ms p95 ${b95.toFixed(3)} ms; ratio p95 ${(r95 / b95).toFixed(2)}`,
  );
}
