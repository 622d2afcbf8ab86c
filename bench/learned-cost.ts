/**
 * What the learned decisions add to reading a description: for every eval case, the rules'
 * reading (describeByRules), then the text-or-data model's decision on it
 * (agent/planner/learned/text-or-data.ts) and the row-noun ranker's (learned/row-noun.ts), as
 * the planner runs them, several rounds. Printed as each decision's p50/p95 against the rules'
 * reading measured in the same run on the same descriptions. A description the text-or-data
 * model overrules is read a second time; the eval cases are all ones it leaves alone.
 *
 *   npx tsx bench/learned-cost.ts [rounds=20]
 */
import { performance } from 'node:perf_hooks';
import { describeByRules } from '../agent/planner/description';
import { learnedRowNoun } from '../agent/planner/learned/row-noun';
import { learnedStructured } from '../agent/planner/learned/text-or-data';
import { CASES } from '../tests/eval/planner/cases';

const ROUNDS = Number(process.argv[2] ?? 20);
const WARMUP = 2;

const reading: number[] = [];
const decision: number[] = [];
const ranking: number[] = [];
let overruled = 0;
let renamed = 0;
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const c of CASES) {
    const start = performance.now();
    const d = describeByRules(c.description);
    const read = performance.now();
    const structured = learnedStructured(d);
    const decided = performance.now();
    // The ranker reads what the planner hands it: the reading with the learned shape (read again when overruled).
    const shaped = structured === d.structured ? d : describeByRules(c.description, structured);
    const reranked = performance.now();
    const ranked = learnedRowNoun(shaped);
    const done = performance.now();
    if (round < WARMUP) continue;
    reading.push(read - start);
    decision.push(decided - read);
    ranking.push(done - reranked);
    if (structured !== d.structured) overruled++;
    if (ranked !== shaped) renamed++;
  }
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
const ms = (x: number) => `${x.toFixed(3)} ms`;
const [r50, r95] = [quantile(reading, 0.5), quantile(reading, 0.95)];
console.log(
  `${CASES.length} descriptions × ${ROUNDS} rounds (after ${WARMUP} warm-up), ${overruled / ROUNDS} overruled and ${renamed / ROUNDS} given tables by the ranker per round`,
);
console.log(`rules' reading (baseline)      p50 ${ms(r50)}  p95 ${ms(r95)}`);
for (const [name, samples] of [
  ['text-or-data decision', decision],
  ['row-noun ranker', ranking],
] as const) {
  const [p50, p95] = [quantile(samples, 0.5), quantile(samples, 0.95)];
  console.log(`${name.padEnd(30)} p50 ${ms(p50)}  p95 ${ms(p95)}  (${(p50 / r50).toFixed(3)}× / ${(p95 / r95).toFixed(3)}× the reading)`);
}
