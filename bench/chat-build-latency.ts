/**
 * Description → app built, over the chat socket: for every planner eval description, a new
 * conversation on a real server (lowdb with fsync in a temp folder, the built-in planner)
 * from `chat.send` to the turn's `done` (outcome `built`). The baseline, measured interleaved
 * on the same socket so it sees the same machine load, is a JSON round trip of the same
 * request: the same frame with an empty conversation id, which the server parses, validates
 * and answers with an error event. Prints p50/p95 of both and their ratio; target p95 < 20 ms.
 *
 *   npx tsx bench/chat-build-latency.ts [rounds=5]
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { CASES } from '../tests/eval/planner/cases';
import { parseServerEvent, type ServerEvent } from '../server/ws/events';
import { startTestServer } from '../tests/fixtures/server-harness';

const ROUNDS = Number(process.argv[2] ?? 5);
const WARMUP = 1;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const server = await startTestServer();
const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws`);
await new Promise((resolve, reject) => {
  socket.once('open', resolve);
  socket.once('error', reject);
});
let waiting: ((event: ServerEvent) => void) | null = null;
socket.on('message', (data) => waiting?.(parseServerEvent(String(data))));

/** Sends `frame` and resolves with the first event `until` accepts, and the ms it took. */
function exchange(frame: unknown, until: (event: ServerEvent) => boolean): Promise<{ ms: number; event: ServerEvent }> {
  return new Promise((resolve) => {
    const start = performance.now();
    waiting = (event) => {
      if (!until(event)) return;
      waiting = null;
      resolve({ ms: performance.now() - start, event });
    };
    socket.send(JSON.stringify(frame));
  });
}

const build: number[] = [];
const roundTrip: number[] = [];
const outcomes = new Map<string, number>();
let cpu = { user: 0, system: 0 };
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  // CPU of this process (server and client alike) over the measured rounds: what load on the machine multiplies.
  if (round === WARMUP) cpu = process.cpuUsage();
  for (const c of CASES) {
    const built = await exchange({ type: 'chat.send', conversationId: null, text: c.description }, (e) => e.type === 'done');
    const echo = await exchange({ type: 'chat.send', conversationId: '', text: c.description }, (e) => e.type === 'error');
    if (round < WARMUP) continue;
    build.push(built.ms);
    roundTrip.push(echo.ms);
    const outcome = built.event.type === 'done' ? built.event.outcome : 'none';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
}
const used = process.cpuUsage(cpu);
socket.close();
await server.close();

const ms = (x: number) => `${x.toFixed(2)} ms`;
const [b50, b95, r50, r95] = [quantile(build, 0.5), quantile(build, 0.95), quantile(roundTrip, 0.5), quantile(roundTrip, 0.95)];
console.log(`Description → app over the chat socket: ${CASES.length} descriptions × ${ROUNDS} rounds (after ${WARMUP} warm-up round)`);
console.log(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
console.log(`build turn (chat.send → done)     p50 ${ms(b50)}  p95 ${ms(b95)}  max ${ms(Math.max(...build))}`);
console.log(`baseline: JSON round trip         p50 ${ms(r50)}  p95 ${ms(r95)}  (same frame, refused by validation, same socket)`);
console.log(
  `CPU per build (server + client)  ${ms((used.user + used.system) / 1000 / build.length)}  (user+system over the measured builds and their round trips)`,
);
console.log(`ratio build / round trip          p50 ${(b50 / r50).toFixed(1)}×  p95 ${(b95 / r95).toFixed(1)}×`);
console.log(`target: build p95 < 20 ms — ${b95 < 20 ? 'met' : 'NOT met'}`);
