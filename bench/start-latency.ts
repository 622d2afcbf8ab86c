/**
 * Cold start to first 200: `npm start`'s command (node bin/start.js, the cached server bundle)
 * from spawn until GET / answers 200, against `node -e` starting a bare express app that
 * answers the same way — measured alternately in the same run, median of several rounds.
 * Also shown: the first /assets/builder.js after start (the cached web bundle) and, for
 * reference, the server run through tsx as `npm start` did before.
 *
 *   npx tsx bench/start-latency.ts [rounds]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROUNDS = Number(process.argv[2] ?? 5);
const ROOT = path.resolve(import.meta.dirname, '..');
const BARE = `import('express').then(({ default: express }) => { const app = express(); app.get('/', (_q, r) => r.send('ok')); app.listen(Number(process.env.PORT), '127.0.0.1'); })`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

async function firstOk(url: string): Promise<void> {
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Milliseconds from spawn to the first 200 on /, then from there to the first asset 200 (when asked). */
async function startOnce(args: string[], assetPath: string | null): Promise<{ first: number; asset: number | null }> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tw-start-bench-'));
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  try {
    await firstOk(`http://127.0.0.1:${port}/`);
    const first = performance.now() - start;
    let asset: number | null = null;
    if (assetPath) {
      const at = performance.now();
      await firstOk(`http://127.0.0.1:${port}${assetPath}`);
      asset = performance.now() - at;
    }
    return { first, asset };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm the caches once (a fresh checkout builds them at install), as `npm install` would.
await startOnce(['bin/start.js'], '/assets/builder.js');
const bare: number[] = [];
const start: number[] = [];
const asset: number[] = [];
const tsx: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  bare.push((await startOnce(['-e', BARE], null)).first);
  const s = await startOnce(['bin/start.js'], '/assets/builder.js');
  start.push(s.first);
  asset.push(s.asset ?? 0);
  tsx.push((await startOnce(['--import', 'tsx', 'server/main.ts'], null)).first);
}

const b = median(bare);
const s = median(start);
console.log(`rounds: ${ROUNDS} (median)`);
console.log(`bare express (node -e) → first 200: ${b.toFixed(0)} ms`);
console.log(
  `npm start (bin/start.js) → first 200: ${s.toFixed(0)} ms  = ${(s / b).toFixed(2)}× bare express  (target < 2000 ms idle: ${s < 2000 ? 'met' : 'NOT met on this run'})`,
);
console.log(`  then first /assets/builder.js 200: ${median(asset).toFixed(0)} ms (cached web bundle)`);
console.log(`before: tsx server/main.ts → first 200: ${median(tsx).toFixed(0)} ms = ${(median(tsx) / b).toFixed(2)}× bare express`);
