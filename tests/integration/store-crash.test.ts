/**
 * Crash safety of the lowdb store: a child process writes concurrently and is killed with
 * SIGKILL at random moments, over and over, on the same data folder. After every kill the
 * files parse and every change the child saw acknowledged is there.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../server/store/lowdb';

const WRITER_SOURCE = join(import.meta.dirname, '../fixtures/store-crash-writer.ts');
const KILLS = 24;
/** Folders killed in at once, each its own sequence of kills: KILLS / LANES rounds each. */
const LANES = 3;
/** The writer bundled once (npm packages stay imports) so each child is plain `node`, not a tsx start-up. */
let writer = '';

interface Acknowledged {
  records: Set<string>;
  updated: Set<string>;
  counter: number;
  version: number;
  messages: number;
}

/** Runs the writer and kills it `delayMs` after it is ready (or, if `early`, after spawning). */
async function runAndKill(dir: string, acked: Acknowledged, delayMs: number, early: boolean): Promise<void> {
  const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let buffered = '';
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [kind, value] = line.split(' ');
      if (kind === 'ready') ready();
      else if (kind === 'r') acked.records.add(value!);
      else if (kind === 'u') acked.updated.add(value!);
      else if (kind === 's') acked.counter = Math.max(acked.counter, Number(value));
      else if (kind === 'v') acked.version = Math.max(acked.version, Number(value));
      else if (kind === 'm') acked.messages = Math.max(acked.messages, Number(value));
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (!early) await Promise.race([isReady, exited]);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const killed = child.kill('SIGKILL');
  const code = await exited;
  // The writer never stops by itself; exiting on its own means it failed.
  expect(killed && code === null, `the writer exited by itself (code ${code}): ${stderr}`).toBe(true);
}

/** Every complete line of every log parses, and store.json parses; returns the file count. */
async function checkFilesParse(dir: string): Promise<number> {
  let files = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name === 'store.json') {
        JSON.parse(await readFile(path, 'utf8'));
        files += 1;
      } else if (entry.name.endsWith('.jsonl')) {
        const lines = (await readFile(path, 'utf8')).split('\n');
        lines.pop(); // after the last newline: empty, or an unacknowledged torn append
        lines.forEach((line, index) => {
          try {
            JSON.parse(line);
          } catch {
            throw new Error(`${relative(dir, path)} line ${index + 1} does not parse`);
          }
        });
        files += 1;
      }
    }
  };
  await walk(dir);
  return files;
}

describe('lowdb crash safety', () => {
  const dirs: string[] = [];
  beforeAll(async () => {
    // Inside node_modules so the bundle's package imports resolve; a folder per run so runs never share it.
    const cache = join(import.meta.dirname, '../../node_modules/.cache');
    await mkdir(cache, { recursive: true });
    const out = await mkdtemp(join(cache, 'store-crash-'));
    dirs.push(out);
    writer = join(out, 'writer.mjs');
    await build({
      entryPoints: [WRITER_SOURCE],
      outfile: writer,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  });
  afterAll(async () => {
    if (process.env.KEEP_CRASH_DIR) return;
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  /** KILLS / LANES rounds on one folder; the acknowledged changes accumulate in `acked`. */
  async function lane(acked: Acknowledged): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'toolwright-crash-'));
    dirs.push(dir);
    for (let round = 0; round < KILLS / LANES; round += 1) {
      // Most kills land mid-write; every fourth lands during start-up (open, recovery).
      const early = round % 4 === 3;
      await runAndKill(dir, acked, Math.floor(Math.random() * (early ? 600 : 400)), early);

      expect(await checkFilesParse(dir)).toBeGreaterThan(0);
      const store = await openLowdbStore({ dir });
      try {
        const present = await Promise.all([...acked.records].map((id) => store.getRecord(id)));
        expect(present.filter((row) => row === null)).toHaveLength(0);
        const updated = await Promise.all([...acked.updated].map((id) => store.getRecord(id)));
        expect(updated.filter((row) => row?.values.updated !== true)).toHaveLength(0);
        expect((await store.getState<number>('counter')) ?? 0).toBeGreaterThanOrEqual(acked.counter);
        const app = await store.getApp('crash');
        expect(app!.version).toBeGreaterThanOrEqual(acked.version);
        // Every version up to the app's current one is there, and the current one is its spec.
        const versions = await store.listAppVersions('crash');
        expect(versions.map((v) => v.version)).toEqual(Array.from({ length: app!.version }, (_, i) => i + 1));
        expect(versions.at(-1)!.spec).toEqual(app!.spec);
        const [conversation] = await store.listConversations('default');
        expect(conversation?.messages.length ?? 0).toBeGreaterThanOrEqual(acked.messages);
      } finally {
        await store.close();
      }
      expect(await checkFilesParse(dir)).toBeGreaterThan(0);
    }
  }

  it(`keeps every acknowledged change across ${KILLS} SIGKILLs at random moments (${LANES} folders at once)`, async () => {
    const lanes: Acknowledged[] = Array.from({ length: LANES }, () => ({
      records: new Set(),
      updated: new Set(),
      counter: 0,
      version: 0,
      messages: 0,
    }));
    await Promise.all(lanes.map((acked) => lane(acked)));
    // The kills really interrupted a busy writer.
    const sum = (of: (acked: Acknowledged) => number) => lanes.reduce((total, acked) => total + of(acked), 0);
    expect(sum((acked) => acked.records.size)).toBeGreaterThan(KILLS * 10);
    expect(sum((acked) => acked.updated.size)).toBeGreaterThan(0);
    expect(sum((acked) => acked.version)).toBeGreaterThan(KILLS);
    expect(sum((acked) => acked.messages)).toBeGreaterThan(KILLS);
  });
});
