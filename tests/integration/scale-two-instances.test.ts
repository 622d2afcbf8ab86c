/**
 * Scale-out: two server instances on one PostgreSQL. Scheduled occurrences noticed by both
 * run exactly once (pg-boss), and a WebSocket client on instance A sees a run started on
 * instance B (LISTEN/NOTIFY).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { requireTemplate } from '../../agent/templates/catalogue';
import { createToolRegistry } from '../../agent/tools/registry';
import { createServer, type ToolwrightServer } from '../../server/app';
import { startAutomation, type Automation } from '../../server/cluster/start-automation';
import { loadConfig } from '../../server/config/config';
import { loadSettings } from '../../server/config/settings';
import { createLogger } from '../../server/logger';
import { openPostgresStore } from '../../server/store/postgres';
import type { StoredApp } from '../../server/store/records';
import type { Store } from '../../server/store/store';
import { createTestDatabase } from '../setup/test-database';
import { testDay } from '../fixtures/test-day';

interface Instance {
  url: string;
  store: Store;
  server: ToolwrightServer;
  automation: Automation;
  dataDir: string;
}

let clock = new Date('2026-11-02T10:00:00Z');
const instances: Instance[] = [];
let drop: (() => Promise<void>) | null = null;

async function startInstance(databaseUrl: string): Promise<Instance> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-scale-'));
  const store = await openPostgresStore({ url: databaseUrl });
  const logger = createLogger({ level: 'warn', write: () => {} });
  const server = createServer({
    store,
    registry: createToolRegistry(),
    config: loadConfig({ DATA_DIR: dataDir, PORT: '0', DATABASE_URL: databaseUrl }),
    logger,
    settings: loadSettings({ dataDir, env: {} }),
    clock: testDay,
  });
  const { url } = await server.listen(0, '127.0.0.1');
  const automation = await startAutomation({
    store,
    runtime: server.runtime,
    events: server.events,
    logger,
    databaseUrl,
    manualTicks: true,
    now: () => clock,
    pollingIntervalSeconds: 0.5,
    // pg-boss waits the interval after every fetch: 100 jobs one per fetch would be 25 s of waiting.
    fetchBatchSize: 10,
  });
  return { url, store, server, automation, dataDir };
}

beforeAll(async () => {
  const db = await createTestDatabase('scale');
  drop = db.drop;
  // The first instance migrates the schema; start them one after the other.
  instances.push(await startInstance(db.url));
  instances.push(await startInstance(db.url));
});

afterAll(async () => {
  for (const i of instances) {
    await i.automation.stop();
    await i.server.close();
    await i.store.close();
    await fs.rm(i.dataDir, { recursive: true, force: true });
  }
  await drop?.();
});

async function waitFor<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Gave up waiting for ${what}.`);
}

describe('two instances on one PostgreSQL', () => {
  it('runs 100 scheduled occurrences exactly once between them', async () => {
    const [a, b] = instances as [Instance, Instance];
    const base = requireTemplate('translator').spec;
    const apps: StoredApp[] = [];
    for (let n = 0; n < 10; n++) {
      const spec = {
        ...base,
        name: `Minutely ${n}`,
        slug: `minutely-${n}`,
        triggers: [
          {
            kind: 'schedule' as const,
            cron: '* * * * *',
            timezone: 'Europe/Berlin',
            inputs: [
              { name: 'text', value: 'Good morning, {{schedule.since}}' },
              { name: 'language', value: 'German' },
            ],
            missed: 'run-once' as const,
          },
        ],
      };
      apps.push(await a.store.createApp({ workspaceId: 'default', spec, createdBy: null }));
    }
    await Promise.all([a.automation.scheduler.tick(), b.automation.scheduler.tick()]); // first sight
    let enqueuedByA = 0;
    let enqueuedByB = 0;
    for (let minute = 1; minute <= 10; minute++) {
      clock = new Date(Date.parse('2026-11-02T10:00:00Z') + minute * 60_000 + 5_000);
      const [ja, jb] = await Promise.all([a.automation.scheduler.tick(), b.automation.scheduler.tick()]);
      enqueuedByA += ja.length;
      enqueuedByB += jb.length;
    }
    expect(enqueuedByA + enqueuedByB).toBe(100);

    const runs = await waitFor(async () => {
      const all = (await Promise.all(apps.map((app) => a.store.listRuns(app.id, { limit: 500 })))).flatMap((r) => r.items);
      const finished = all.filter((r) => r.status !== 'running' && r.status !== 'queued');
      return finished.length >= 100 ? all : null;
    }, '100 finished runs');
    expect(runs).toHaveLength(100);
    const occurrences = new Set(runs.map((r) => `${r.appId} ${r.trigger.detail}`));
    expect(occurrences.size).toBe(100);
    expect(runs.every((r) => r.status === 'dry-run')).toBe(true);
  });

  it('shows a browser on instance A a run started on instance B', async () => {
    const [a, b] = instances as [Instance, Instance];
    const spec = { ...requireTemplate('translator').spec, slug: 'fan-out', name: 'Fan out' };
    await b.store.createApp({ workspaceId: 'default', spec, createdBy: null });
    const socket = new WebSocket(`${a.url.replace('http', 'ws')}/ws`);
    const seen: Array<{ type: string; runId?: string }> = [];
    socket.on('message', (data) => seen.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

    const response = await fetch(`${b.url}/api/apps/fan-out/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: { text: 'Hello', language: 'German' } }),
    });
    const body = (await response.json()) as { run?: { id: string }; id?: string };
    expect(response.status).toBeLessThan(300);
    const runId = body.run?.id ?? body.id;
    await waitFor(async () => (seen.some((e) => e.type === 'run.finished' && e.runId === runId) ? true : null), 'run.finished on A');
    expect(seen.filter((e) => e.runId === runId).map((e) => e.type)).toEqual(
      expect.arrayContaining(['run.started', 'step.finished', 'run.finished']),
    );
    socket.close();
  });
});
