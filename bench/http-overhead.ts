/**
 * Per-request overhead (issue 17): `GET /api/models` (a static list) and an app page
 * (`GET /apps/:slug`) against a bare express hello-world served by the same process, in this
 * run (goal ≥ 0.7 of bare express). Two measures per target, medians over rounds reported:
 *   - server CPU per request (the server process's own CPU time over a fixed number of
 *     requests): the rate one core sustains, 1e6 / µs — robust on a shared, busy machine;
 *   - wall-clock requests per second with `inFlight` keep-alive requests in flight.
 * One warm-up round first (not counted: JIT, caches); then each round measures the three back
 * to back, in the opposite order from the round before (bare / models / page, then page /
 * models / bare), so drift in machine load hits each target and its baseline alike, and each
 * round's ratios pair a target with the bare measure of the same round.
 *
 *   npx tsx bench/http-overhead.ts [requests=5000] [rounds=7] [inFlight=16]
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const requests = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 7);
const inFlight = Number(process.argv[4] ?? 16);

const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'overhead-servers.ts')], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
const nextLine = async () => (await lines.next()).value as string;
const { bare, toolwright, appPath } = JSON.parse(await nextLine()) as { bare: string; toolwright: string; appPath: string };
const serverCpu = async (): Promise<number> => {
  child.stdin!.write('cpu\n');
  return (JSON.parse(await nextLine()) as { cpuMicros: number }).cpuMicros;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
const get = (url: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });

/** `requests` GETs of `url`, `inFlight` at a time: server CPU µs per request and wall req/s. */
async function measure(url: string): Promise<{ cpuPerRequest: number; perSecond: number }> {
  for (let i = 0; i < 200; i += 1) if ((await get(url)) !== 200) throw new Error(`${url} did not answer 200`);
  let sent = 0;
  const cpuBefore = await serverCpu();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (sent < requests) {
        sent += 1;
        await get(url);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const cpu = (await serverCpu()) - cpuBefore;
  return { cpuPerRequest: cpu / requests, perSecond: requests / seconds };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const rows = {
  modelsCpu: [] as number[],
  pageCpu: [] as number[],
  modelsWall: [] as number[],
  pageWall: [] as number[],
  bareUs: [] as number[],
  modelsUs: [] as number[],
  pageUs: [] as number[],
};
const targets = { bare, models: `${toolwright}/api/models`, page: `${toolwright}${appPath}` };
for (const url of Object.values(targets)) await measure(url);
for (let round = 0; round < rounds; round += 1) {
  const order = (round % 2 === 0 ? ['bare', 'models', 'page'] : ['page', 'models', 'bare']) as (keyof typeof targets)[];
  const got = {} as Record<keyof typeof targets, Awaited<ReturnType<typeof measure>>>;
  for (const name of order) got[name] = await measure(targets[name]);
  const { bare: b, models: m, page: p } = got;
  rows.bareUs.push(b.cpuPerRequest);
  rows.modelsUs.push(m.cpuPerRequest);
  rows.pageUs.push(p.cpuPerRequest);
  rows.modelsCpu.push(b.cpuPerRequest / m.cpuPerRequest);
  rows.pageCpu.push(b.cpuPerRequest / p.cpuPerRequest);
  rows.modelsWall.push(m.perSecond / b.perSecond);
  rows.pageWall.push(p.perSecond / b.perSecond);
  console.log(
    `round ${round + 1} (${order.join(' / ')}): CPU/request bare ${b.cpuPerRequest.toFixed(0)} µs · /api/models ${m.cpuPerRequest.toFixed(0)} µs · page ${p.cpuPerRequest.toFixed(0)} µs` +
      ` | wall req/s bare ${b.perSecond.toFixed(0)} · models ${m.perSecond.toFixed(0)} · page ${p.perSecond.toFixed(0)}` +
      ` | ratios by CPU: models ${rows.modelsCpu.at(-1)!.toFixed(2)}, page ${rows.pageCpu.at(-1)!.toFixed(2)}`,
  );
}
console.log(
  `\nserver CPU per request (median): bare ${median(rows.bareUs).toFixed(0)} µs, /api/models ${median(rows.modelsUs).toFixed(0)} µs, ${appPath} ${median(rows.pageUs).toFixed(0)} µs`,
);
console.log(
  `GET /api/models vs bare express: ${median(rows.modelsCpu).toFixed(2)} by server CPU (rounds ${range(rows.modelsCpu)}), ${median(rows.modelsWall).toFixed(2)} by wall req/s (goal ≥ 0.70)`,
);
console.log(
  `GET ${appPath} vs bare express: ${median(rows.pageCpu).toFixed(2)} by server CPU (rounds ${range(rows.pageCpu)}), ${median(rows.pageWall).toFixed(2)} by wall req/s (goal ≥ 0.70)`,
);
agent.destroy();
child.stdin!.write('exit\n');
