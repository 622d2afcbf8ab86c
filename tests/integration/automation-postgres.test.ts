/**
 * Delivery retries on PostgreSQL with two server instances: retries go through pg-boss (each
 * attempt made by one instance), waiting retries survive a restart, and dead letters written
 * by both instances at once are all kept (advisory lock around the list).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSpecInput } from '../../agent/spec/app-spec';
import {
  startAutomationHarness,
  startReceiver,
  type AutomationHarness,
  type Receiver,
  type ScriptedAnswer,
} from '../fixtures/automation-harness';
import { createTestDatabase } from '../setup/test-database';

const ENV = { OUTBOUND_ALLOW: '127.0.0.1' };
let a: AutomationHarness;
let b: AutomationHarness;
let drop: (() => Promise<void>) | null = null;
const receivers: Receiver[] = [];

beforeAll(async () => {
  const db = await createTestDatabase('automation');
  drop = db.drop;
  // Fast backoff, but at least one pg-boss poll (0.5 s) apart, so either instance may take an attempt.
  const policy = { maxAttempts: 3, baseMs: 50, maxMs: 100, maxRetryAfterMs: 2_000 };
  a = await startAutomationHarness({ databaseUrl: db.url, env: ENV, policy });
  b = await startAutomationHarness({ databaseUrl: db.url, env: ENV, policy });
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  for (const r of receivers) await r.close();
  await drop?.();
});

async function receiver(answers: ScriptedAnswer[]): Promise<Receiver> {
  const r = await startReceiver(answers);
  receivers.push(r);
  return r;
}

const hookApp = (slug: string, url: string): AppSpecInput => ({
  specVersion: 1,
  name: slug,
  slug,
  model: { model: 'gpt-5-mini' },
  inputs: [{ name: 'n', label: 'N', type: 'number', required: true }],
  steps: [{ id: 'send', title: 'Send', kind: 'call-webhook', url, body: '{"n": "{{inputs.n}}"}' }],
});

const settledBoth = async (count: number) => {
  while (a.settled.length + b.settled.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
  return [...a.settled, ...b.settled];
};

describe('deliveries on PostgreSQL', () => {
  it('500, 500, then 200 with two instances: three attempts in all, delivered once', async () => {
    const target = await receiver([{ status: 500 }, { status: 500 }, { status: 200 }]);
    await a.createApp(hookApp('pg-flaky', `${target.url}/hook`));
    const run = (await a.api('POST', '/api/apps/pg-flaky/runs', { inputs: { n: 1 } })).body.run;
    expect(run.steps[0].error).toContain('answered 500');
    const settled = await settledBoth(1);
    expect(settled.map((s) => s.outcome)).toEqual(['delivered']);
    // Give a duplicate attempt, were there one, the time to happen.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(target.requests).toHaveLength(3);
    expect(a.settled.length + b.settled.length).toBe(1);
  });

  it('dead letters written by both instances at the same moment are all kept, both list them, either retries them', async () => {
    const answers: ScriptedAnswer[] = [{ status: 400 }];
    const target = await receiver(answers);
    await a.createApp(hookApp('pg-doomed', `${target.url}/hook`));
    const before = a.settled.length + b.settled.length;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).api('POST', '/api/apps/pg-doomed/runs', { inputs: { n: i } })),
    );
    await settledBoth(before + 20);
    const fromA = (await a.api('GET', '/api/deliveries/dead')).body.items;
    const fromB = (await b.api('GET', '/api/deliveries/dead')).body.items;
    expect(fromA).toHaveLength(20);
    expect(fromB).toEqual(fromA);
    expect(new Set(fromA.map((d: { runId: string }) => d.runId)).size).toBe(20);

    // Retry on B what A dead-lettered: the receiver now takes it, and it leaves both lists.
    answers[0] = { status: 200 };
    const letter = fromA[0];
    expect((await b.api('POST', `/api/deliveries/dead/${letter.id}/retry`)).status).toBe(202);
    const delivered = await settledBoth(before + 21);
    expect(delivered.filter((s) => s.outcome === 'delivered').map((s) => s.delivery.id)).toContain(letter.id);
    expect((await a.api('GET', '/api/deliveries/dead')).body.items).toHaveLength(19);
    expect((await b.api('POST', `/api/deliveries/dead/${letter.id}/retry`)).status).toBe(404);
  });

  it('a waiting retry survives a restart (it waits in pg-boss, not in memory)', async () => {
    // Retry-After keeps the retry waiting while automation restarts.
    const target = await receiver([{ status: 503, headers: { 'retry-after': '1' } }, { status: 200 }]);
    await a.createApp(hookApp('pg-restart', `${target.url}/hook`));
    // Only instance A runs automation here; B is stopped like a crashed process.
    await b.stopAutomation();
    const before = a.settled.length;
    await a.api('POST', '/api/apps/pg-restart/runs', { inputs: { n: 1 } });
    await a.restartAutomation();
    expect(a.settled.length).toBe(before);
    expect(target.requests).toHaveLength(1);
    while (a.settled.length === before) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(a.settled.at(-1)!.outcome).toBe('delivered');
    expect(target.requests).toHaveLength(2);
    await b.restartAutomation();
  });
});
