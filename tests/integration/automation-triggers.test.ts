/**
 * Triggers: the inbound webhook (secret in the URL or an HMAC signature; every failure the
 * same 404; 400/413/415/429 for bad calls) runs the app with the body mapped to its inputs,
 * and the record-created trigger runs the app once per record added, without looping on the
 * records its own runs save. Real server, real lowdb.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSpecInput } from '../../agent/spec/app-spec';
import { signBody } from '../../server/automation/hook-secret';
import type { RunRow } from '../../server/store/records';
import { startAutomationHarness, type AutomationHarness } from '../fixtures/automation-harness';

let h: AutomationHarness;

beforeEach(async () => {
  h = await startAutomationHarness();
});
afterEach(async () => {
  await h.close();
});

const orderApp = (slug: string, triggers: AppSpecInput['triggers']): AppSpecInput => ({
  specVersion: 1,
  name: `Orders ${slug}`,
  slug,
  model: { model: 'gpt-5-mini' },
  inputs: [
    { name: 'customer', label: 'Customer', type: 'text', required: true },
    { name: 'amount', label: 'Amount', type: 'number', required: true },
  ],
  collections: [
    {
      name: 'orders',
      label: 'Orders',
      fields: [
        { name: 'customer', label: 'Customer', type: 'text', required: true },
        { name: 'amount', label: 'Amount', type: 'number', required: false },
      ],
    },
  ],
  steps: [
    {
      id: 'keep',
      title: 'Keep',
      kind: 'save-record',
      collection: 'orders',
      values: [
        { name: 'customer', value: '{{inputs.customer}} (seen)' },
        { name: 'amount', value: '{{inputs.amount}}' },
      ],
    },
  ],
  triggers,
});

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(h.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe('inbound webhook', () => {
  it('runs the app with the body mapped to its inputs, and the run says it came from the webhook', async () => {
    await h.createApp(orderApp('orders', [{ kind: 'webhook' }]));
    const hook = (await h.api('GET', '/api/apps/orders/hook')).body;
    expect(hook.enabled).toBe(true);
    expect(hook.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const finished = h.nextRunFinished('orders');
    const answer = await post(hook.path, JSON.stringify({ customer: 'Ada', amount: 42, source: 'shop', ignored: { nested: true } }));
    expect(answer.status).toBe(202);
    expect(answer.body.inputs).toEqual(['customer', 'amount']);
    const run = await finished;
    expect(run.trigger.kind).toBe('webhook');
    expect(run.trigger.detail).toContain('POST /hooks/orders (secret in the URL)');
    expect(run.trigger.detail).not.toContain(hook.secret);
    expect(run.inputs).toEqual({ customer: 'Ada', amount: 42 });
    expect(run.status).toBe('ok');
    const records = (await h.api('GET', '/api/apps/orders/collections/orders/records')).body.items;
    expect(records.map((r: { values: unknown }) => r.values)).toEqual([{ customer: 'Ada (seen)', amount: 42 }]);
    expect(h.logs.join('\n')).not.toContain(hook.secret);
  });

  it('keeps the webhook secret sealed at rest: no file in the data folder holds it in clear', async () => {
    const app = await h.createApp(orderApp('sealed', [{ kind: 'webhook' }]));
    const { secret } = (await h.api('GET', '/api/apps/sealed/hook')).body;
    expect(await h.store.getState<string>(`hook-secret:${app.id}`)).toMatch(/^v1:/);
    const dataDir = path.dirname(h.server.settings.file);
    const files = (await readdir(dataDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(await readFile(path.join(file.parentPath, file.name), 'utf8')).not.toContain(secret);
    const finished = h.nextRunFinished('sealed');
    expect((await post(`/hooks/sealed/${secret}`, JSON.stringify({ customer: 'Ada', amount: 1 }))).status).toBe(202);
    expect((await finished).trigger.kind).toBe('webhook');
  });

  it('accepts an HMAC-SHA256 signature of the raw body instead of the secret in the URL', async () => {
    await h.createApp(orderApp('signed', [{ kind: 'webhook' }]));
    const { secret } = (await h.api('GET', '/api/apps/signed/hook')).body;
    const body = JSON.stringify({ customer: 'Grace', amount: 7 });
    const finished = h.nextRunFinished('signed');
    expect((await post('/hooks/signed', body, { 'x-toolwright-signature': signBody(secret, body) })).status).toBe(202);
    const run = await finished;
    expect(run.trigger).toMatchObject({ kind: 'webhook' });
    expect(run.trigger.detail).toContain('HMAC signature');
    expect(run.inputs).toEqual({ customer: 'Grace', amount: 7 });
  });

  it('answers the same 404 for a wrong secret, a wrong signature, an unknown app, an app without a webhook trigger and a rotated secret', async () => {
    await h.createApp(orderApp('guarded', [{ kind: 'webhook' }]));
    await h.createApp(orderApp('no-hook', [{ kind: 'manual' }]));
    const { secret, path } = (await h.api('GET', '/api/apps/guarded/hook')).body;
    const noHook = (await h.api('GET', '/api/apps/no-hook/hook')).body;
    expect(noHook.enabled).toBe(false);
    const body = JSON.stringify({ customer: 'Eve', amount: 1 });
    const wrong = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');

    const answers = [
      await post(`/hooks/guarded/${wrong}`, body),
      await post('/hooks/guarded', body, { 'x-toolwright-signature': signBody(wrong, body) }),
      await post('/hooks/guarded', body, { 'x-toolwright-signature': signBody(secret, `${body} `) }),
      await post('/hooks/guarded', body),
      await post(`/hooks/nobody/${secret}`, body),
      await post('/hooks/Not_A_Slug/x', body),
      await post(noHook.path, body),
      // Authentication comes before the body is looked at.
      await post(`/hooks/guarded/${wrong}`, '{not json'),
    ];
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(404);

    const rotated = (await h.api('POST', '/api/apps/guarded/hook/rotate')).body;
    expect(rotated.secret).not.toBe(secret);
    expect(await post(path, body)).toEqual(answers[0]);
    expect((await h.store.listRuns((await h.store.getApp('guarded'))!.id)).total).toBe(0);
  });

  it('refuses bad bodies with a sentence naming the field (400), non-JSON (415) and oversized bodies (413)', async () => {
    await h.createApp(orderApp('strict', [{ kind: 'webhook' }]));
    const { path } = (await h.api('GET', '/api/apps/strict/hook')).body;
    const bad = await post(path, JSON.stringify({ customer: 'Ada', amount: 'lots' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body.amount');
    const missing = await post(path, JSON.stringify({ amount: 3 }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('body.customer');
    expect((await post(path, '[1,2]')).status).toBe(400);
    expect((await post(path, '{oops')).status).toBe(400);
    expect((await post(path, 'customer=Ada', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    const huge = await post(path, JSON.stringify({ customer: 'x'.repeat(300 * 1024), amount: 1 }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain('too large');
    expect((await h.store.listRuns((await h.store.getApp('strict'))!.id)).total).toBe(0);
  });

  it('limits how often one address may call one app (429 after 60 a minute)', async () => {
    await h.createApp(orderApp('busy', [{ kind: 'webhook' }]));
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await post('/hooks/busy/guess', '{}')).status);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});

describe('record-created trigger', () => {
  it('runs the app once per record added, and the records its runs save do not trigger it again', async () => {
    await h.createApp(orderApp('intake', [{ kind: 'record-created', collection: 'orders' }]));
    const runs: string[] = [];
    const off = h.server.events.subscribe((e) => {
      if (e.type === 'run.started' && e.appSlug === 'intake') runs.push(e.runId);
    });
    const finishedRuns: RunRow[] = [];
    for (const [customer, amount] of [
      ['Ada', 1],
      ['Ben', 2],
    ] as const) {
      const finished = h.nextRunFinished('intake');
      const added = await h.api('POST', '/api/apps/intake/collections/orders/records', { values: { customer, amount } });
      expect(added.status).toBe(201);
      const run = await finished;
      finishedRuns.push(run);
      expect(run.trigger).toEqual({ kind: 'record-created', detail: `record ${added.body.record.id} in orders` });
      expect(run.inputs).toEqual({ customer, amount });
      expect(run.status).toBe('ok');
    }
    // Each run saved a record into the watched collection; none of those started a run.
    await new Promise((resolve) => setTimeout(resolve, 300));
    off();
    expect(runs).toHaveLength(2);
    const app = (await h.store.getApp('intake'))!;
    expect((await h.store.listRuns(app.id)).total).toBe(2);
    const { items } = await h.store.listRecords(app.id, 'orders', { sort: { field: 'createdAt', direction: 'asc' } });
    expect(items.map((r) => r.values.customer).sort()).toEqual(['Ada', 'Ada (seen)', 'Ben', 'Ben (seen)']);
  });

  it('does not run for records in a collection it does not watch', async () => {
    const spec = orderApp('other', [{ kind: 'record-created', collection: 'orders' }]);
    spec.collections!.push({
      name: 'notes',
      label: 'Notes',
      fields: [{ name: 'customer', label: 'Customer', type: 'text', required: true }],
    });
    await h.createApp(spec);
    expect((await h.api('POST', '/api/apps/other/collections/notes/records', { values: { customer: 'Ada' } })).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await h.store.listRuns((await h.store.getApp('other'))!.id)).total).toBe(0);
  });
});
