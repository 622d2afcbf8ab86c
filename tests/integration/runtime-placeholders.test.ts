/**
 * The runtime without HTTP: after a dry-run step, side effects built only from real values
 * happen, and those built from placeholders are shown, not performed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSpecSchema } from '../../agent/spec/app-spec';
import { loadSettings } from '../../server/config/settings';
import { createDocumentStore } from '../../server/documents/document-store';
import { createFileStore } from '../../server/files/file-store';
import { EMAIL_NOT_CONFIGURED } from '../../server/integrations/email';
import { createOutboundClient } from '../../server/integrations/http';
import { silentLogger } from '../../server/logger';
import { createRunEventBus } from '../../server/runtime/run-events';
import { createRuntime, type Runtime } from '../../server/runtime/run-app';
import { resolveStepModel } from '../../server/runtime/resolve-step-model';
import type { StoredApp } from '../../server/store/records';
import { openLowdbStore } from '../../server/store/lowdb';
import type { Store } from '../../server/store/store';

const actor = { userId: null, workspaceId: 'default', role: 'owner' as const };

describe('runtime placeholders', () => {
  let dir: string;
  let store: Store;
  let runtime: Runtime;
  let app: StoredApp;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tw-runtime-'));
    store = await openLowdbStore({ dir });
    runtime = createRuntime({
      store,
      settings: loadSettings({ dataDir: dir, env: {} }),
      files: createFileStore(dir),
      documents: createDocumentStore(dir),
      outbound: createOutboundClient(),
      logger: silentLogger,
      events: createRunEventBus(),
      resolveModel: resolveStepModel,
    });
    const spec = AppSpecSchema.parse({
      specVersion: 1,
      name: 'Notes',
      slug: 'notes',
      model: { model: 'gemini-3-flash-preview' },
      inputs: [{ name: 'note', label: 'Note', type: 'text', required: true }],
      steps: [
        { id: 'summary', title: 'Summarise', kind: 'generate-text', prompt: 'Summarise {{inputs.note}}' },
        {
          id: 'raw',
          title: 'Keep the note',
          kind: 'save-record',
          collection: 'notes',
          values: [{ name: 'text', value: '{{inputs.note}}' }],
        },
        {
          id: 'short',
          title: 'Keep the summary',
          kind: 'save-record',
          collection: 'notes',
          values: [{ name: 'text', value: '{{steps.summary.text}}' }],
        },
        { id: 'hook', title: 'Tell', kind: 'call-webhook', url: 'https://203.0.113.10/hook' }, // a public address: checked, never called,
      ],
      collections: [{ name: 'notes', label: 'Notes', fields: [{ name: 'text', label: 'Text', type: 'longText' }] }],
    });
    app = await store.createApp({ workspaceId: 'default', spec, createdBy: null });
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves what comes from real inputs, shows what would come from placeholders', async () => {
    const run = await runtime.run({ app, inputs: { note: 'buy milk' }, trigger: { kind: 'manual' }, actor });
    expect(run.steps.map((s) => s.error)).toEqual([null, null, null, null]);
    expect(run.status).toBe('dry-run');
    const [summary, raw, short, hook] = run.steps;
    expect(summary).toMatchObject({ status: 'dry-run', model: 'gemini-3-flash-preview' });
    expect((summary!.output as { dryRun: { reason: string } }).dryRun.reason).toMatch(/GEMINI_API_KEY/);
    expect(summary!.request).toMatchObject({ path: expect.stringContaining('gemini-3-flash-preview') });
    expect(raw).toMatchObject({ status: 'ok', output: { saved: true } });
    expect(short).toMatchObject({ status: 'dry-run', output: { saved: false } });
    // The default webhook body carries every step output, placeholders included: not sent.
    expect(hook).toMatchObject({ status: 'dry-run', output: { sent: false } });
    const { items } = await store.listRecords(app.id, 'notes');
    expect(items.map((r) => r.values.text)).toEqual(['buy milk']);
    expect(await store.getRun(run.id)).toMatchObject({ id: run.id, status: 'dry-run' });
  });
});

describe('runtime settings per workspace', () => {
  let dir: string;
  let store: Store;
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("a notify-by-email step reads its own workspace's SMTP settings, not the default workspace's", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tw-runtime-'));
    store = await openLowdbStore({ dir });
    const settings = loadSettings({ dataDir: dir, env: {} });
    // SMTP only for the default workspace (a closed port: it must never be dialled here).
    await settings.update({ smtpUrl: 'smtp://127.0.0.1:9' });
    const runtime = createRuntime({
      store,
      settings,
      files: createFileStore(dir),
      documents: createDocumentStore(dir),
      outbound: createOutboundClient(),
      logger: silentLogger,
      events: createRunEventBus(),
      resolveModel: resolveStepModel,
    });
    const spec = AppSpecSchema.parse({
      specVersion: 1,
      name: 'Mailer',
      slug: 'acme-mailer',
      model: { model: 'gpt-5-mini' },
      inputs: [{ name: 'note', label: 'Note', type: 'text', required: true }],
      steps: [
        { id: 'mail', title: 'Mail ops', kind: 'notify', channel: 'email', target: 'ops@example.com', message: 'Note: {{inputs.note}}' },
      ],
    });
    const app = await store.createApp({ workspaceId: 'acme', spec, createdBy: null });
    const run = await runtime.run({
      app,
      inputs: { note: 'hi' },
      trigger: { kind: 'manual' },
      actor: { userId: null, workspaceId: 'acme', role: 'owner' },
    });
    expect(run.steps[0]).toMatchObject({ status: 'skipped', error: null, output: { status: 'skipped', reason: EMAIL_NOT_CONFIGURED } });
  });
});
