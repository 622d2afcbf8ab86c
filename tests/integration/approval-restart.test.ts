/**
 * Approval step on lowdb: a run pauses, survives a server restart, is approved through the
 * signed link (once: the second use is refused) and sends the gated reply exactly once; the
 * edit, reject and deadline paths (deadline judged at an injected time, no waiting).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../fixtures/automation-harness';
import { approvalSpec, createApprovalApp, linkIn, split } from '../fixtures/approval-app';
import { startOpenAIEmulator, type OpenAIEmulator } from '../fixtures/openai-emulator';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let emulator: OpenAIEmulator;
let receiver: Receiver;
let dataDir: string;
let t: TestServer;
const HOUR = 3_600_000;

const start = async () =>
  startTestServer({
    dataDir,
    env: { OPENAI_API_KEY: 'sk-emulated-0000', OPENAI_BASE_URL: emulator.url, OUTBOUND_ALLOW: '127.0.0.1' },
  });

async function startRun(slug: string, ticket: string) {
  const before = receiver.requests.length;
  const { status, body } = await t.api('POST', `/api/apps/${slug}/runs`, { inputs: { ticket, question: 'Where is my order?' } });
  expect(status).toBe(201);
  expect(body.run.status).toBe('waiting');
  return { run: body.run, summary: body.summary as string, notices: split(receiver.requests.slice(before)).notices };
}

beforeAll(async () => {
  emulator = await startOpenAIEmulator();
  receiver = await startReceiver([{ status: 200 }]);
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tw-approval-'));
  t = await start();
  await createApprovalApp(t.store, approvalSpec({ receiverUrl: receiver.url }));
  for (const then of ['reject', 'approve', 'notify'] as const) {
    await createApprovalApp(
      t.store,
      approvalSpec({ slug: `deadline-${then}`, receiverUrl: receiver.url, deadline: { hours: 24, otherwise: then } }),
    );
  }
});

afterAll(async () => {
  await t.close();
  await receiver.close();
  await emulator.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('approval through the signed link, across a restart', () => {
  it('pauses, survives the restart, resumes once, and the link cannot be used twice', async () => {
    const { run, summary, notices } = await startRun('ticket-replies', '42');
    expect(summary).toContain('Waiting for approval');
    expect(run.steps.map((s: { stepId: string }) => s.stepId)).toEqual(['draft']);
    expect(run.approval).toMatchObject({ gates: 'draft', pending: 'ok', role: 'editor' });
    // The approvers were told on the app's channel, with the link; nothing was sent yet.
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('Check the tone');
    expect(split(receiver.requests).sends).toHaveLength(0);
    const link = linkIn(notices[0]!);

    await t.close();
    t = await start();
    expect((await t.store.getRun(run.id))?.status).toBe('waiting');

    const page = await fetch(t.url + link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Approve with my edits');

    const sendsBefore = split(receiver.requests).sends.length;
    const first = await t.api('POST', link, { decision: 'approve' });
    expect(first).toMatchObject({ status: 200, body: { runId: run.id, status: 'ok' } });
    const second = await t.api('POST', link, { decision: 'approve' });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toBe('This link was already used: the run was approved by a signed link. A link decides once.');
    const again = await fetch(t.url + link);
    expect(again.status).toBe(409);

    const sends = split(receiver.requests).sends.slice(sendsBefore);
    expect(sends).toEqual([{ text: 'ok', app: 'ticket-replies', runId: run.id }]);
    const stored = (await t.api('GET', `/api/apps/ticket-replies/runs/${run.id}`)).body.run;
    expect(stored.status).toBe('ok');
    expect(stored.steps.map((s: { stepId: string; status: string }) => `${s.stepId}:${s.status}`)).toEqual([
      'draft:ok',
      'review:ok',
      'send:ok',
    ]);
    expect(stored.steps[1].output).toEqual({ decision: 'approved', text: 'ok', by: 'a signed link' });
  });
});

describe('deciding through the API', () => {
  it('edit: the approver’s text is what the next step sends', async () => {
    const { run } = await startRun('ticket-replies', '43');
    const sendsBefore = split(receiver.requests).sends.length;
    const { status, body } = await t.api('POST', `/api/apps/ticket-replies/runs/${run.id}/approval`, {
      decision: 'edit',
      text: 'Your order left our warehouse today.',
    });
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(
      split(receiver.requests)
        .sends.slice(sendsBefore)
        .map((s) => s.text),
    ).toEqual(['Your order left our warehouse today.']);
    const stored = await t.store.getRun(run.id);
    expect(stored?.approval?.decision).toMatchObject({ decision: 'approved', edited: true, by: 'the owner' });
    // The draft keeps what the model wrote; the approval step records what was sent.
    expect(stored?.steps[0]?.output).toMatchObject({ text: 'ok' });
    expect(stored?.steps[1]?.output).toEqual({ decision: 'approved', text: 'Your order left our warehouse today.', by: 'the owner' });
  });

  it('reject: nothing is sent and the run ends rejected with the reason', async () => {
    const { run } = await startRun('ticket-replies', '44');
    const sendsBefore = split(receiver.requests).sends.length;
    const { status, body } = await t.api('POST', `/api/apps/ticket-replies/runs/${run.id}/approval`, {
      decision: 'reject',
      note: 'we refund this one instead',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'rejected', error: 'Rejected by the owner: we refund this one instead' });
    expect(split(receiver.requests).sends.length).toBe(sendsBefore);
    const stored = (await t.api('GET', `/api/apps/ticket-replies/runs/${run.id}`)).body;
    expect(stored.run.steps[2]).toMatchObject({ stepId: 'send', status: 'skipped', error: 'Not run: the approval was rejected.' });
    expect(stored.summary).toBe('Rejected by the owner: we refund this one instead');
  });
});

describe('deadlines (judged at the time the sweep is given)', () => {
  it('then reject: nothing happens before the deadline; after it the run is rejected, once', async () => {
    const { run } = await startRun('deadline-reject', '50');
    const asked = Date.parse(run.approval.askedAt);
    expect(await t.server.approvals.sweep(new Date(asked + 23 * HOUR))).toBe(0);
    expect((await t.store.getRun(run.id))?.status).toBe('waiting');
    const sendsBefore = split(receiver.requests).sends.length;
    expect(await t.server.approvals.sweep(new Date(asked + 25 * HOUR))).toBe(1);
    const stored = await t.store.getRun(run.id);
    expect(stored).toMatchObject({ status: 'rejected', error: 'Rejected by the deadline: the deadline passed' });
    expect(split(receiver.requests).sends.length).toBe(sendsBefore);
    expect(await t.server.approvals.sweep(new Date(asked + 26 * HOUR))).toBe(0);
  });

  it('then approve: the pending reply is sent as it stands', async () => {
    const { run } = await startRun('deadline-approve', '51');
    const sendsBefore = split(receiver.requests).sends.length;
    expect(await t.server.approvals.sweep(new Date(Date.parse(run.approval.askedAt) + 25 * HOUR))).toBe(1);
    expect((await t.store.getRun(run.id))?.status).toBe('ok');
    expect(
      split(receiver.requests)
        .sends.slice(sendsBefore)
        .map((s) => s.text),
    ).toEqual(['ok']);
  });

  it('then notify: the approvers are told once more and the run keeps waiting', async () => {
    const { run } = await startRun('deadline-notify', '52');
    const noticesBefore = split(receiver.requests).notices.length;
    const late = new Date(Date.parse(run.approval.askedAt) + 25 * HOUR);
    expect(await t.server.approvals.sweep(late)).toBe(1);
    expect(await t.server.approvals.sweep(new Date(late.getTime() + HOUR))).toBe(0);
    const notices = split(receiver.requests).notices.slice(noticesBefore);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('the deadline passed');
    expect((await t.store.getRun(run.id))?.status).toBe('waiting');
  });
});
