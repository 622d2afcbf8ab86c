/**
 * What the learned text-or-data decision (agent/planner/learned/text-or-data.ts) adds to reading a
 * description: for every eval case, the rules' reading (describeByRules) and then the model's
 * decision on it, as the planner runs them, several rounds. Printed as the decision's p50/p95
 * against the rules' reading measured in the same run on the same descriptions. A description
 * the model overrules is read a second time; the eval cases are all ones it leaves alone.
 *
 *   npx tsx bench/text-or-data-cost.ts [rounds=20]
 */
import { performance } from 'node:perf_hooks';
import { describeByRules } from '../agent/planner/description';
import { learnedStructured } from '../agent/planner/learned/text-or-data';
import { CASES } from '../tests/eval/planner/cases';

const ROUNDS = Number(process.argv[2] ?? 20);
const WARMUP = 2;

const reading: number[] = [];
const decision: number[] = [];
let overruled = 0;
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const c of CASES) {
    const start = performance.now();
    const d = describeByRules(c.description);
    const read = performance.now();
    const structured = learnedStructured(d);
    const decided = performance.now();
    if (round < WARMUP) continue;
    reading.push(read - start);
    decision.push(decided - read);
    if (structured !== d.structured) overruled++;
  }
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
const ms = (x: number) => `${x.toFixed(3)} ms`;
const [r50, r95, d50, d95] = [quantile(reading, 0.5), quantile(reading, 0.95), quantile(decision, 0.5), quantile(decision, 0.95)];
console.log(`${CASES.length} descriptions × ${ROUNDS} rounds (after ${WARMUP} warm-up), ${overruled / ROUNDS} overruled per round`);
console.log(`rules' reading (baseline)   p50 ${ms(r50)}  p95 ${ms(r95)}`);
console.log(`the model's decision        p50 ${ms(d50)}  p95 ${ms(d95)}`);
console.log(`ratio decision / reading    p50 ${(d50 / r50).toFixed(3)}×  p95 ${(d95 / r95).toFixed(3)}×`);
