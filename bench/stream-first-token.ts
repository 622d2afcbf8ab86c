/**
 * Time to the first streamed token over the chat socket: a real server (lowdb in a temp
 * folder) whose agent is gpt-5-mini through the real OpenAI SDK against the loopback
 * emulator, which streams a Responses answer after a fixed first-byte wait. Per message, from
 * `chat.send` to the first `assistant.delta`, minus the emulator's own first-byte time as it
 * measured it: what Toolwright adds (socket, history, provider choice, SDK request and SSE
 * parsing, loop, socket back). Measured on the reply to a chat's second message; the first
 * message of a new chat, which also creates the conversation (an fsynced write), is printed
 * beside it. The baseline, measured interleaved
 * so it sees the same machine load, is a bare WebSocket echo round trip (a `ws` server that
 * sends each frame back, in the server's process). The server runs in a child process so the
 * emulator and the client here do not share its event loop. Prints p50/p95 of each, the ratio to the echo, and the target:
 * the reply's p95 added under 5 ms.
 *
 *   npx tsx bench/stream-first-token.ts [turns=200]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { parseServerEvent, type ServerEvent } from '../server/ws/events';
import { delay, responsesBody, responsesEvents, sse, startOpenAIEmulator } from '../tests/fixtures/openai-emulator';

const TURNS = Number(process.argv[2] ?? 200);
const WARMUP = 20;
/** The emulated model's time to its first byte; subtracted as the emulator measured it. */
const MODEL_FIRST_BYTE_MS = 5;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function open(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

// The emulator and this client in this process; the server and the echo in a child, so neither side's work delays the other's.
const emulator = await startOpenAIEmulator();
const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support/stream-server.ts'), emulator.url], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const ready = (await lines.next()).value as string;
const urls = JSON.parse(ready) as { url: string; echo: string };
const chat = await open(`${urls.url.replace('http', 'ws')}/ws`);
let waiting: ((event: ServerEvent) => void) | null = null;
chat.on('message', (data) => waiting?.(parseServerEvent(String(data))));
const echo = await open(urls.echo);

const answer = responsesEvents(responsesBody({ text: 'Here is the tool you asked for.', usage: { input: 900, output: 12 } }), {
  deltas: ['Here ', 'is the ', 'tool you ', 'asked for.'],
});

/** One turn: ms to the first assistant.delta, and the emulator's first-byte time for its request. */
function firstToken(text: string, conversationId: string | null): Promise<{ ms: number; modelMs: number; conversationId: string | null }> {
  emulator.script(delay(MODEL_FIRST_BYTE_MS, sse(answer)));
  const call = emulator.requests.length;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let ms: number | null = null;
    let created = conversationId;
    waiting = (event) => {
      if (event.type === 'conversation.created') created = event.conversationId;
      if (event.type === 'assistant.delta' && ms === null) ms = performance.now() - start;
      if (event.type === 'error') reject(new Error(event.message));
      if (event.type !== 'done') return;
      waiting = null;
      const modelMs = emulator.firstByteMs.get(call);
      if (ms === null || modelMs === undefined) reject(new Error('The turn streamed no text.'));
      else resolve({ ms, modelMs, conversationId: created });
    };
    chat.send(JSON.stringify({ type: 'chat.send', conversationId, text }));
  });
}

function echoRoundTrip(): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    echo.once('message', () => resolve(performance.now() - start));
    echo.send(JSON.stringify({ type: 'chat.send', conversationId: null, text: 'echo' }));
  });
}

const samples = { newChat: [] as number[], total: [] as number[], model: [] as number[], added: [] as number[], echo: [] as number[] };
for (let turn = 0; turn < WARMUP + TURNS; turn++) {
  // A new chat pays once for creating its conversation (a durable write) before the model is asked.
  const first = await firstToken(`Build me a ticket tool, take ${turn}`, null);
  const reply = await firstToken('Make the reply shorter', first.conversationId);
  const rtt = await echoRoundTrip();
  if (turn < WARMUP) continue;
  samples.newChat.push(first.ms - first.modelMs);
  samples.total.push(reply.ms);
  samples.model.push(reply.modelMs);
  samples.added.push(reply.ms - reply.modelMs);
  samples.echo.push(rtt);
}
chat.close();
echo.close();
child.stdin.end();
// The server's CPU over every message (warm-up included) and echo: the cost that machine load multiplies.
const { cpuMs } = JSON.parse((await lines.next()).value as string) as { cpuMs: number };
await once(child, 'exit');
await emulator.close();

const ms = (x: number) => `${x.toFixed(2)} ms`;
const line = (label: string, values: number[]) =>
  console.log(`${label.padEnd(44)} p50 ${ms(quantile(values, 0.5))}  p95 ${ms(quantile(values, 0.95))}`);
console.log(`First streamed token over the chat socket: ${TURNS} chats of two messages (after ${WARMUP} warm-up)\n`);
line('reply: chat.send → first assistant.delta', samples.total);
line("  emulator's own first byte (subtracted)", samples.model);
line('  added by Toolwright', samples.added);
line('first message of a new chat, added', samples.newChat);
line('baseline: bare WebSocket echo', samples.echo);
console.log(
  `server CPU per message (whole turn)          ${ms(cpuMs / (2 * (WARMUP + TURNS)))}  (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
);
const [a50, a95, e50, e95] = [
  quantile(samples.added, 0.5),
  quantile(samples.added, 0.95),
  quantile(samples.echo, 0.5),
  quantile(samples.echo, 0.95),
];
console.log(`ratio added / echo (reply)                   p50 ${(a50 / e50).toFixed(1)}×  p95 ${(a95 / e95).toFixed(1)}×`);
console.log(`target: reply added p95 < 5 ms — ${a95 < 5 ? 'met' : 'NOT met'} (${ms(a95)})`);
