/**
 * The digest template on a schedule: each Monday 09:00 Europe/Berlin run digests the records
 * created since the previous run. Date is faked for the whole process (store timestamps and
 * scheduler alike); timers stay real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireTemplate } from '../../agent/templates/catalogue';
import { createMemoryQueue } from '../../server/scheduler/memory-queue';
import { createScheduledRunner } from '../../server/scheduler/run-scheduled-job';
import { createScheduler } from '../../server/scheduler/scheduler';
import type { RunRow } from '../../server/store/records';
import { startGeminiEmulator, type GeminiEmulator } from '../fixtures/gemini-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer | null = null;
let emulator: GeminiEmulator | null = null;

afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  await emulator?.close();
  server = null;
  emulator = null;
});

async function digestSetup(env: Record<string, string> = {}) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-19T06:00:00Z')); // Monday, 08:00 in Berlin (CEST)
  server = await startTestServer({ env });
  const { spec } = requireTemplate('weekly-report-digest');
  const app = await server.store.createApp({ workspaceId: 'default', spec, createdBy: null });
  const runs: RunRow[] = [];
  const queue = createMemoryQueue((error) => {
    throw error;
  });
  const runner = createScheduledRunner({
    store: server.store,
    runtime: server.server.runtime,
    onRun: (_job, run) => run && runs.push(run),
  });
  let settled: Promise<void> = Promise.resolve();
  await queue.work((job) => (settled = runner(job)));
  const scheduler = createScheduler({ store: server.store, queue });
  const addUpdate = (author: string, update: string) =>
    server!.store.insertRecord({ appId: app.id, collection: 'updates', values: { author, project: 'Atlas', update }, createdBy: null });
  const tickAt = async (iso: string) => {
    vi.setSystemTime(new Date(iso));
    const jobs = await scheduler.tick();
    await settled;
    return jobs;
  };
  return { app, runs, addUpdate, tickAt };
}

describe('scheduled digest', () => {
  it('digests the records created since the previous run, as a dry run without keys', async () => {
    const { runs, addUpdate, tickAt } = await digestSetup();
    expect(await tickAt('2026-10-19T06:00:00Z')).toEqual([]); // first sight: start counting
    vi.setSystemTime(new Date('2026-10-19T06:10:00Z'));
    await addUpdate('Ana', 'Shipped the login page');
    await addUpdate('Ben', 'Fixed the flaky export');
    expect(await tickAt('2026-10-19T06:59:00Z')).toEqual([]);

    const first = await tickAt('2026-10-19T07:00:20Z'); // 09:00 Berlin, summer time
    expect(first.map((j) => j.fireAt)).toEqual(['2026-10-19T07:00:00.000Z']);
    expect(runs).toHaveLength(1);
    const run1 = runs[0]!;
    expect(run1.trigger).toEqual({ kind: 'schedule', detail: '0 9 * * 1 Europe/Berlin @ 2026-10-19T07:00:00.000Z' });
    expect(run1.status).toBe('dry-run');
    expect(String(run1.inputs.updates)).toContain('Shipped the login page');
    expect(String(run1.inputs.updates)).toContain('Fixed the flaky export');
    expect(JSON.stringify(run1.steps[0]!.request)).toContain('Shipped the login page');
    expect(run1.costUsd).toBeGreaterThan(0);

    vi.setSystemTime(new Date('2026-10-21T10:00:00Z'));
    await addUpdate('Cleo', 'Migrated billing to the new API');
    const second = await tickAt('2026-10-26T08:00:05Z'); // 09:00 Berlin, winter time
    expect(second.map((j) => j.fireAt)).toEqual(['2026-10-26T08:00:00.000Z']);
    const run2 = runs[1]!;
    expect(run2.inputs.since).toBe('2026-10-19T07:00:00.000Z');
    expect(String(run2.inputs.updates)).toContain('Migrated billing');
    expect(String(run2.inputs.updates)).not.toContain('Shipped the login page');
  });

  it('runs for real against the Gemini emulator when a key is configured, and keeps the digest', async () => {
    emulator = await startGeminiEmulator();
    const { app, runs, addUpdate, tickAt } = await digestSetup({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: emulator.url });
    await tickAt('2026-10-19T06:00:00Z');
    vi.setSystemTime(new Date('2026-10-19T06:10:00Z'));
    await addUpdate('Ana', 'Shipped the login page');
    await tickAt('2026-10-19T07:00:10Z');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.status).toBe('ok');
    expect(emulator.requests).toHaveLength(1);
    expect(JSON.stringify(emulator.requests[0]!.body)).toContain('Shipped the login page');
    const digests = await server!.store.listRecords(app.id, 'digests');
    expect(digests.total).toBe(1);
    expect(digests.items[0]!.values.since).toBe('2026-10-19T06:00:00.000Z');
  });

  it('runs a missed occurrence once at start-up, not once per missed week', async () => {
    const { runs, tickAt } = await digestSetup();
    await tickAt('2026-10-19T06:00:00Z');
    const jobs = await tickAt('2026-11-11T12:00:00Z'); // down for three Mondays
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.fireAt).toBe('2026-11-09T08:00:00.000Z');
    expect(runs).toHaveLength(1);
    expect(await tickAt('2026-11-11T12:01:00Z')).toEqual([]);
  });
});
