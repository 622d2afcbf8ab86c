/**
 * Uploads under load (issue 17): 40 concurrent 10 MB multipart uploads to POST /api/files on a
 * real server in its own process. Prints the server's peak RSS growth over its idle RSS (goal
 * < 150 MB) and the p99 latency of GET /api/health polled meanwhile (goal < 100 ms), next to
 * the same p99 measured idle in this run as the baseline.
 *
 *   npx tsx bench/uploads.ts [uploads=40] [megabytes=10]
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const uploads = Number(process.argv[2] ?? 40);
const megabytes = Number(process.argv[3] ?? 10);

const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'overhead-servers.ts')], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
const { toolwright } = JSON.parse((await lines.next()).value as string) as { toolwright: string };

const rssOf = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
};

const agent = new http.Agent({ keepAlive: true });
const health = () =>
  new Promise<number>((resolve, reject) => {
    const start = performance.now();
    http
      .get(`${toolwright}/api/health`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - start));
      })
      .on('error', reject);
  });
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;

/** Polls /api/health one after another until `stop` resolves; returns every latency. */
async function pollHealth(stop: Promise<unknown>): Promise<number[]> {
  let done = false;
  void stop.finally(() => (done = true));
  const out: number[] = [];
  while (!done) {
    out.push(await health());
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return out;
}

const BOUNDARY = 'tw-bench-boundary';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const CHUNK = Buffer.alloc(64 * 1024, 7);
/** One multipart upload of a `megabytes` MB PNG-headed file, streamed (the client holds 64 KB). */
function upload(): Promise<number> {
  const size = megabytes * 1024 * 1024 - 1024;
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${toolwright}/api/files`,
      { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`;
    req.write(head);
    req.write(PNG);
    let left = size - PNG.length;
    const pump = () => {
      while (left > 0) {
        const chunk = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
        left -= chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end(`\r\n--${BOUNDARY}--\r\n`);
    };
    pump();
  });
}

// Idle baseline: health p99 with nothing else going on.
for (let i = 0; i < 50; i += 1) await health();
const idle: number[] = [];
for (let i = 0; i < 300; i += 1) idle.push(await health());
const idleRss = await rssOf(child.pid!);

let peak = idleRss;
const sampler = setInterval(() => void rssOf(child.pid!).then((rss) => (peak = Math.max(peak, rss))), 10);
const started = performance.now();
const all = Promise.all(Array.from({ length: uploads }, upload));
const [statuses, busy] = await Promise.all([all, pollHealth(all)]);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, await rssOf(child.pid!));

const failed = statuses.filter((s) => s !== 201).length;
console.log(
  `${uploads} concurrent ${megabytes} MB multipart uploads: ${uploads - failed} stored${failed ? `, ${failed} refused (${[...new Set(statuses)].join(', ')})` : ''} in ${seconds.toFixed(1)} s`,
);
console.log(
  `server RSS: idle ${(idleRss / 2 ** 20).toFixed(0)} MB, peak ${(peak / 2 ** 20).toFixed(0)} MB → growth ${((peak - idleRss) / 2 ** 20).toFixed(0)} MB (goal < 150 MB)`,
);
console.log(
  `GET /api/health p99: idle ${p99(idle).toFixed(1)} ms, during uploads ${p99(busy).toFixed(1)} ms over ${busy.length} polls (${(p99(busy) / p99(idle)).toFixed(1)}× idle; goal < 100 ms)`,
);
agent.destroy();
child.stdin!.write('exit\n');
