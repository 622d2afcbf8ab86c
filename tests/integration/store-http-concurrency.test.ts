/**
 * 1,000 concurrent inserts through the HTTP records API, on both store adapters: every
 * request answers 201, and the collection then holds exactly those 1,000 records — none
 * lost, none duplicated — also after the store is closed and opened again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { createToolRegistry } from '../../agent/tools/registry';
import { createServer } from '../../server/app';
import { loadConfig } from '../../server/config/config';
import { loadSettings } from '../../server/config/settings';
import { createLogger } from '../../server/logger';
import { openLowdbStore } from '../../server/store/lowdb';
import { openPostgresStore } from '../../server/store/postgres';
import type { Store } from '../../server/store/store';
import { createTestDatabase } from '../setup/test-database';
import { testDay } from '../fixtures/test-day';

const INSERTS = 1000;
const spec = AppSpecSchema.parse({
  specVersion: 1,
  name: 'Leads',
  slug: 'leads',
  model: { model: 'gpt-5-mini' },
  collections: [
    {
      name: 'leads',
      label: 'Leads',
      fields: [
        { name: 'company', label: 'Company', type: 'text', required: true },
        { name: 'n', label: 'Number', type: 'number' },
      ],
    },
  ],
});

interface Adapter {
  name: string;
  open(): Promise<{ store: Store; reopen(): Promise<Store>; cleanup(): Promise<void> }>;
}

const adapters: Adapter[] = [
  {
    name: 'lowdb',
    open: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'toolwright-http-'));
      return {
        store: await openLowdbStore({ dir }),
        reopen: () => openLowdbStore({ dir }),
        cleanup: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const db = await createTestDatabase('store_http');
      return {
        store: await openPostgresStore({ url: db.url, maxConnections: 20 }),
        reopen: () => openPostgresStore({ url: db.url }),
        cleanup: () => db.drop(),
      };
    },
  },
];

/** POST with a keep-alive agent allowing every request its own socket, so all are in flight at once. */
function post(url: string, body: unknown, agent: Agent): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe.each(adapters)('1,000 concurrent HTTP inserts: $name', (adapter) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers 201 to every insert and keeps each record exactly once', async () => {
    const opened = await adapter.open();
    cleanups.push(opened.cleanup);
    let store = opened.store;
    cleanups.push(() => store.close());
    const dataDir = await mkdtemp(join(tmpdir(), 'toolwright-http-data-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = createServer({
      store,
      registry: createToolRegistry(),
      config: loadConfig({ DATA_DIR: dataDir, PORT: '0' }),
      logger: createLogger({ level: 'error', write: () => undefined }),
      settings: loadSettings({ dataDir, env: {} }),
      clock: testDay,
    });
    const { url } = await server.listen(0, '127.0.0.1');
    cleanups.push(() => server.close());
    const app = await store.createApp({ workspaceId: 'default', spec, createdBy: null });
    const agent = new Agent({ keepAlive: true, maxSockets: INSERTS });
    cleanups.push(async () => agent.destroy());

    const responses = await Promise.all(
      Array.from({ length: INSERTS }, (_, n) =>
        post(`${url}/api/apps/leads/collections/leads/records`, { values: { company: `Company ${n}`, n } }, agent),
      ),
    );
    const failed = responses.filter((r) => r.status !== 201);
    expect(failed.slice(0, 3), `${failed.length} inserts failed`).toEqual([]);
    const ids = responses.map((r) => r.body.record.id as string);
    expect(new Set(ids).size).toBe(INSERTS);

    const check = async (s: Store): Promise<void> => {
      const seen: number[] = [];
      const seenIds: string[] = [];
      let total = -1;
      for (let offset = 0; offset < INSERTS + 500; offset += 500) {
        const page = await s.listRecords(app.id, 'leads', { sort: { field: 'n', direction: 'asc' }, offset, limit: 500 });
        total = page.total;
        for (const row of page.items) {
          seen.push(row.values.n as number);
          seenIds.push(row.id);
        }
      }
      expect(total).toBe(INSERTS);
      expect(seen).toEqual(Array.from({ length: INSERTS }, (_, n) => n));
      expect(new Set(seenIds)).toEqual(new Set(ids));
    };
    await check(store);
    // Also through the API, as a client would page it.
    const listed = await fetch(`${url}/api/apps/leads/collections/leads/records?limit=1`).then(
      (r) => r.json() as Promise<{ total: number }>,
    );
    expect(listed.total).toBe(INSERTS);

    // Acknowledged means stored: a fresh store over the same data sees them all.
    await store.close();
    store = await opened.reopen();
    await check(store);
  });
});
