/**
 * What the learned decisions add to reading a description: for every eval case, the rules'
 * reading (describeByRules, which includes the files handed over, the start from outside, whether
 * a picture comes back and the picture-and-writing verdict, each timed again on its own below), then the text-or-data
 * model's decision on it (agent/planner/learned/text-or-data.ts) and the row-noun ranker's
 * (learned/row-noun.ts), as the planner runs them, several rounds. Printed as each decision's p50/p95 against the rules'
 * reading measured in the same run on the same descriptions. A description the text-or-data
 * model overrules is read a second time; the eval cases are all ones it leaves alone.
 *
 *   npx tsx bench/learned-cost.ts [rounds=20]
 */
import { performance } from 'node:perf_hooks';
import { describeByRules, ruledOutput, ruledStart } from '../agent/planner/description';
import { givenInputs } from '../agent/planner/given-inputs';
import { learnedEvent } from '../agent/planner/learned/event-kind';
import { learnedGiven } from '../agent/planner/learned/given-files';
import { learnedImageKind } from '../agent/planner/learned/image-writing';
import { learnedPicture } from '../agent/planner/learned/makes-pictures';
import { learnedRowNoun } from '../agent/planner/learned/row-noun';
import { learnedStructured } from '../agent/planner/learned/text-or-data';
import { CASES } from '../tests/eval/planner/cases';

const ROUNDS = Number(process.argv[2] ?? 20);
const WARMUP = 2;

const reading: number[] = [];
const files: number[] = [];
const starts: number[] = [];
const pictureAtAll: number[] = [];
const pictureWriting: number[] = [];
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
    // The four read inside describeByRules, each again on its own with the rules' inputs ready.
    const ruledFiles = givenInputs(c.description);
    const { ruled, scheduled } = ruledStart(c.description);
    const { kind, photo } = ruledOutput(c.description);
    const t0 = performance.now();
    learnedGiven(c.description, ruledFiles);
    const t1 = performance.now();
    learnedEvent(c.description, ruled, scheduled);
    const t2 = performance.now();
    learnedPicture(c.description, kind, photo);
    const t3 = performance.now();
    learnedImageKind(c.description, kind, photo);
    const t4 = performance.now();
    if (round < WARMUP) continue;
    files.push(t1 - t0);
    starts.push(t2 - t1);
    pictureAtAll.push(t3 - t2);
    pictureWriting.push(t4 - t3);
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
console.log(`rules' reading (baseline)          p50 ${ms(r50)}  p95 ${ms(r95)}`);
for (const [name, samples] of [
  ['files handed over (in reading)', files],
  ['start from outside (in reading)', starts],
  ['picture at all (in reading)', pictureAtAll],
  ['picture and writing (in reading)', pictureWriting],
  ['text-or-data decision', decision],
  ['row-noun ranker', ranking],
] as const) {
  const [p50, p95] = [quantile(samples, 0.5), quantile(samples, 0.95)];
  console.log(`${name.padEnd(34)} p50 ${ms(p50)}  p95 ${ms(p95)}  (${(p50 / r50).toFixed(3)}× / ${(p95 / r95).toFixed(3)}× the reading)`);
}
