/**
 * Approval on two server instances sharing one PostgreSQL: the same waiting run decided at
 * once through both (the API, then the signed link, then two deadline sweeps) resumes exactly
 * once — the gated reply is sent once, and every other attempt is told it was decided already.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../agent/tools/registry';
import { createServer, type ToolwrightServer } from '../../server/app';
import { loadConfig } from '../../server/config/config';
import { loadSettings } from '../../server/config/settings';
import { createLogger } from '../../server/logger';
import { openPostgresStore } from '../../server/store/postgres';
import type { Store } from '../../server/store/store';
import { approvalSpec, createApprovalApp, linkIn, split } from '../fixtures/approval-app';
import { startReceiver, type Receiver } from '../fixtures/automation-harness';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { jsonApi, type TestServer } from '../fixtures/server-harness';
import { testDay } from '../fixtures/test-day';
import { createTestDatabase } from '../setup/test-database';

interface Instance {
  url: string;
  api: TestServer['api'];
  store: Store;
  server: ToolwrightServer;
  dataDir: string;
}

const instances: Instance[] = [];
let drop: (() => Promise<void>) | null = null;
let emulator: OpenAIEmulator;
let receiver: Receiver;
// Instances of one deployment share the master key (sealed secrets, approval links).
const masterKey = `${randomBytes(32).toString('base64')}\n`;

async function startInstance(databaseUrl: string): Promise<Instance> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-approval-pg-'));
  await fs.writeFile(path.join(dataDir, 'master.key'), masterKey, { mode: 0o600 });
  const store = await openPostgresStore({ url: databaseUrl });
  const env = { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url };
  const server = createServer({
    store,
    registry: createToolRegistry(),
    config: loadConfig({ DATA_DIR: dataDir, PORT: '0', DATABASE_URL: databaseUrl, OUTBOUND_ALLOW: '127.0.0.1' }),
    logger: createLogger({ level: 'warn', write: () => {} }),
    settings: loadSettings({ dataDir, env }),
    clock: testDay,
  });
  const { url } = await server.listen(0, '127.0.0.1');
  return { url, api: jsonApi(url), store, server, dataDir };
}

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  receiver = await startReceiver([{ status: 200 }]);
  const db = await createTestDatabase('approval');
  drop = db.drop;
  // The first instance migrates the schema; start them one after the other.
  instances.push(await startInstance(db.url));
  instances.push(await startInstance(db.url));
  await createApprovalApp(instances[0]!.store, approvalSpec({ receiverUrl: receiver.url }));
  await createApprovalApp(
    instances[0]!.store,
    approvalSpec({ slug: 'deadline-approve', receiverUrl: receiver.url, deadline: { hours: 1, otherwise: 'approve' } }),
  );
});

afterAll(async () => {
  for (const i of instances) {
    await i.server.close();
    await i.store.close();
    await fs.rm(i.dataDir, { recursive: true, force: true });
  }
  await drop?.();
  await receiver.close();
  await emulator.close();
});

async function waitingRun(slug: string, ticket: string): Promise<{ id: string; askedAt: string; link: string }> {
  const before = receiver.requests.length;
  const { status, body } = await instances[0]!.api('POST', `/api/apps/${slug}/runs`, { inputs: { ticket, question: 'Refund?' } });
  expect(status).toBe(201);
  expect(body.run.status).toBe('waiting');
  const [notice] = split(receiver.requests.slice(before)).notices;
  return { id: body.run.id, askedAt: body.run.approval.askedAt, link: linkIn(notice!) };
}

const sendsOf = (runId: string) => split(receiver.requests).sends.filter((s) => (s as { runId?: string }).runId === runId);

describe('two instances on one PostgreSQL', () => {
  it('approving at once through the API of both instances resumes the run once', async () => {
    const run = await waitingRun('ticket-replies', '60');
    const answers = await Promise.all(
      [...instances, ...instances].map((i) => i.api('POST', `/api/apps/ticket-replies/runs/${run.id}/approval`, { decision: 'approve' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) expect(refused.body.error.message).toMatch(/decided|not waiting/);
    expect(sendsOf(run.id).map((s) => s.text)).toEqual(['ok']);
    const stored = await instances[1]!.store.getRun(run.id);
    expect(stored?.status).toBe('ok');
    expect(stored?.steps.map((s) => s.stepId)).toEqual(['draft', 'review', 'send']);
  });

  it('the signed link used at once on both instances decides once', async () => {
    const run = await waitingRun('ticket-replies', '61');
    const answers = await Promise.all(
      [...instances, ...instances].map((i) => i.api('POST', run.link, { decision: 'edit', text: `edited on ${i.url}` })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = instances.find((i) => answers.some((a, n) => a.status === 200 && [...instances, ...instances][n] === i))!;
    expect(sendsOf(run.id).map((s) => s.text)).toEqual([`edited on ${winner.url}`]);
  });

  it('both instances sweeping a passed deadline move the run on once', async () => {
    const run = await waitingRun('deadline-approve', '62');
    const late = new Date(Date.parse(run.askedAt) + 2 * 3_600_000);
    const moved = await Promise.all([...instances, ...instances].map((i) => i.server.approvals.sweep(late)));
    expect(moved.reduce((a, b) => a + b, 0)).toBe(1);
    expect(sendsOf(run.id).map((s) => s.text)).toEqual(['ok']);
    expect((await instances[0]!.store.getRun(run.id))?.status).toBe('ok');
  });
});
