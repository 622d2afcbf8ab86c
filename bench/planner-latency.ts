/**
 * Planner latency per description: the built-in planner's first turn (description → the
 * create_app call, or the recommend_model call that precedes it) for every eval case,
 * several rounds, p50/p95 per description and overall. Printed as ratios against two
 * baselines measured in the same run on the same inputs — serialising the request as a
 * provider would (JSON.stringify + JSON.parse of conversation + tool specs) and the zod
 * validation of the emitted calls — never as wall-clock assertions.
 *
 *   npx tsx bench/planner-latency.ts [rounds]
 */
import { performance } from 'node:perf_hooks';
import { CASES } from '../tests/eval/planner/cases';
import type { ChatRequest } from '../agent/providers/provider';
import { createPlannerProvider } from '../agent/providers/planner';
import type { ToolCallPart } from '../agent/providers/messages';
import { createToolRegistry } from '../agent/tools/registry';

const ROUNDS = Number(process.argv[2] ?? 30);
const WARMUP = 3;

const registry = createToolRegistry();
const provider = createPlannerProvider();
const tools = registry.specs();
const requests: ChatRequest[] = CASES.map((c) => ({ model: 'planner', messages: [{ role: 'user', content: c.description }], tools }));

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function stats(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

// The calls each description produces, for the validation baseline.
const calls: ToolCallPart[][] = [];
for (const r of requests) {
  const result = await provider.chat(r);
  calls.push(result.content.filter((p): p is ToolCallPart => p.type === 'tool-call'));
}

const planner: number[][] = requests.map(() => []);
const serialise: number[] = [];
const validate: number[] = [];
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (let i = 0; i < requests.length; i++) {
    const request = requests[i]!;
    const p = await time(() => provider.chat(request));
    const s = await time(() => JSON.parse(JSON.stringify(request)));
    const v = await time(() => {
      for (const call of calls[i]!) registry.get(call.name)!.input.safeParse(call.args);
    });
    if (round < WARMUP) continue;
    planner[i]!.push(p);
    serialise.push(s);
    validate.push(v);
  }
}

const ms = (x: number) => `${x.toFixed(3)} ms`;
const all = stats(planner.flat());
const ser = stats(serialise);
const val = stats(validate);

console.log(`Planner first turn over ${CASES.length} descriptions × ${ROUNDS} rounds (after ${WARMUP} warm-up rounds)\n`);
console.log(`${'description'.padEnd(30)} ${'p50'.padStart(10)} ${'p95'.padStart(10)}  first call`);
CASES.forEach((c, i) => {
  const s = stats(planner[i]!);
  console.log(
    `${c.id.padEnd(30)} ${ms(s.p50).padStart(10)} ${ms(s.p95).padStart(10)}  ${calls[i]!.map((x) => x.name).join(', ') || 'text'}`,
  );
});
console.log('');
console.log(`planner turn          p50 ${ms(all.p50)}  p95 ${ms(all.p95)}`);
console.log(`baseline: serialise   p50 ${ms(ser.p50)}  p95 ${ms(ser.p95)}  (JSON round trip of conversation + ${tools.length} tool specs)`);
console.log(`baseline: validate    p50 ${ms(val.p50)}  p95 ${ms(val.p95)}  (zod check of the emitted calls)`);
console.log('');
console.log(`ratio planner / serialise  p50 ${(all.p50 / ser.p50).toFixed(1)}×  p95 ${(all.p95 / ser.p95).toFixed(1)}×`);
console.log(`ratio planner / validate   p50 ${(all.p50 / val.p50).toFixed(1)}×  p95 ${(all.p95 / val.p95).toFixed(1)}×`);
